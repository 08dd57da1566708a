/**
 * Where each value of a quickly read file starts, without the `yaml` library's document: that
 * document costs some 20 µs and a kilobyte a value (a 75,000-key file with errors took 3 s to
 * describe), while js-yaml, given a listener during the quick read, reports where every node
 * opens and closes for a small part of it.
 *
 * js-yaml's events do not map one to one onto values: a plain value is composed inside a
 * "maybe a mapping" attempt, so one value can be two nested events. A node with exactly one
 * child holding the same result is that wrapper and is skipped. Where the events and the value
 * still disagree (a flow pair without a value, a trailing attempt that found nothing), the
 * index says it cannot answer and the caller asks the positioned parser instead.
 */
import jsyaml from 'js-yaml';
import { CORE_1_2 } from './core-schema.js';

interface Event {
  readonly start: number;
  end: number;
  result: unknown;
  kids: Event[] | undefined;
}

/** Offsets of nodes by path, or undefined where this index cannot say. */
export type OffsetIndex = (path: readonly (string | number)[], key: boolean) => number | undefined;

/**
 * Records js-yaml's node events during a load (pass `listener` to it), so the one quick read
 * also gives the positions: a second read cost 170–330 ms on a file of 75,000 keys, recording
 * them during the first some 30 ms.
 */
export interface EventRecorder {
  readonly listener: (kind: 'open' | 'close', state: { position: number; result: unknown }) => void;
  readonly index: () => OffsetIndex | undefined;
  /** The start of an earlier key of the same name in the map whose key starts at `offset`. */
  readonly earlierKey: (offset: number) => number | undefined;
}

export function eventRecorder(text: string): EventRecorder {
  // Recorded flat, in the order nodes open: a file of 10,000 hooks opens some 150,000 nodes, and
  // an object for each cost the happy path 50–100 ms of allocation and garbage collection for
  // positions it never asks for. The tree is built only when a finding asks where it is.
  const starts: number[] = [];
  const ends: number[] = [];
  const results: unknown[] = [];
  const parents: number[] = [];
  const open: number[] = [];
  let tree: Event | undefined;
  const root = (): Event => {
    if (tree) return tree;
    tree = { start: 0, end: 0, result: undefined, kids: [] };
    const events: Event[] = new Array<Event>(starts.length);
    for (let i = 0; i < starts.length; i++) {
      const ev: Event = { start: starts[i]!, end: ends[i]!, result: results[i], kids: undefined };
      events[i] = ev;
      const parent = parents[i]! < 0 ? tree : events[parents[i]!]!;
      (parent.kids ??= []).push(ev);
    }
    return tree;
  };
  return {
    listener(kind, state) {
      if (kind === 'open') {
        parents.push(open.length === 0 ? -1 : open[open.length - 1]!);
        open.push(starts.length);
        starts.push(state.position);
        ends.push(state.position);
        results.push(undefined);
      } else {
        const i = open.pop()!;
        results[i] = state.result;
        ends[i] = state.position;
      }
    },
    index: () => {
      const top = open.length === 0 ? root().kids?.[0] : undefined;
      return top ? offsetIndex(text, top) : undefined;
    },
    earlierKey: (offset) => {
      const maps: Event[] = [...(root().kids ?? [])];
      while (maps.length > 0) {
        const ev = unwrap(maps.pop()!);
        const kids = (ev.kids ?? []).map(unwrap);
        if (ev.result !== null && typeof ev.result === 'object' && !Array.isArray(ev.result)) {
          for (let i = 0; i + 1 < kids.length; i += 2) {
            if (contentStart(text, kids[i]!.start, true) !== offset) continue;
            const name = String(kids[i]!.result);
            for (let j = 0; j < i; j += 2) if (String(kids[j]!.result) === name) return contentStart(text, kids[j]!.start, true);
          }
        }
        for (const k of kids) if (k.kids) maps.push(k); // one at a time: a spread of 100,000 would overflow the stack
      }
      return undefined;
    },
  };
}

/** The index of a text read on its own (tests, and files read without the recorder). */
export function quickOffsets(text: string): OffsetIndex | undefined {
  const recorder = eventRecorder(text);
  try {
    jsyaml.load(text, { schema: CORE_1_2, listener: recorder.listener });
  } catch {
    return undefined;
  }
  return recorder.index();
}

function offsetIndex(text: string, root: Event): OffsetIndex {
  // An empty value (`key:` and nothing) is where its line ends, as the positioned parser says;
  // any other starts at its first character.
  const start = (ev: Event) => {
    const at = contentStart(text, ev.start, true);
    return ev.result === null && at >= ev.end ? contentStart(text, ev.start, false) : at;
  };
  return (path, key) => {
    let at = unwrap(root);
    let offset = start(at);
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      const last = i === path.length - 1;
      const result = at.result;
      if (Array.isArray(result)) {
        const kids = itemsOf(at);
        if (!kids) return undefined;
        const item = kids[Number(seg)];
        if (!item) break;
        at = item;
        offset = start(at);
      } else if (result !== null && typeof result === 'object') {
        const pairs = pairsOf(at);
        if (!pairs) return undefined;
        const pair = pairs.get(String(seg));
        if (!pair) break;
        at = last && key ? pair[0] : pair[1];
        offset = start(at);
      } else {
        break;
      }
    }
    return offset;
  };
}

const same = (a: unknown, b: unknown) => a === b || (Number.isNaN(a) && Number.isNaN(b));

function unwrap(ev: Event): Event {
  let at = ev;
  while (at.kids?.length === 1 && same(at.kids[0]!.result, at.result)) at = at.kids[0]!;
  return at;
}

const ITEMS = new WeakMap<Event, Event[] | null>();
function itemsOf(ev: Event): Event[] | undefined {
  let items = ITEMS.get(ev);
  if (items === undefined) {
    const kids = (ev.kids ?? []).map(unwrap);
    items = kids.length === (ev.result as unknown[]).length ? kids : null;
    ITEMS.set(ev, items);
  }
  return items ?? undefined;
}

/** Each map's keys by name, to the index of the key's event among the map's (unwrapped) events. */
const PAIRS = new WeakMap<Event, { kids: Event[]; at: Map<string, number> } | null>();
function pairsOf(ev: Event): { get(name: string): [Event, Event] | undefined } | undefined {
  let pairs = PAIRS.get(ev);
  if (pairs === undefined) {
    // Counted once per map, not per question: a map of 75,000 keys is asked about each of them.
    const size = Object.keys(ev.result as object).length;
    const kids = (ev.kids ?? []).map(unwrap);
    // A last attempt at one more key that found nothing leaves an empty event behind.
    if (kids.length === size * 2 + 1 && kids[kids.length - 1]!.result === null) kids.pop();
    pairs = null;
    if (kids.length === size * 2) {
      const at = new Map<string, number>();
      for (let i = 0; i < kids.length; i += 2) at.set(String(kids[i]!.result), i);
      if (at.size === size) pairs = { kids, at };
    }
    PAIRS.set(ev, pairs);
  }
  if (!pairs) return undefined;
  const { kids, at } = pairs;
  return {
    get: (name) => {
      const i = at.get(name);
      return i === undefined ? undefined : [kids[i]!, kids[i + 1]!];
    },
  };
}

/** js-yaml opens a node before the space (and line breaks and comments) in front of it: skip them. */
function contentStart(text: string, from: number, lineBreaks: boolean): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || (lineBreaks && (c === 10 || c === 13))) i++;
    else if (!lineBreaks) return i;
    else if (c === 35 && (i === 0 || /\s/.test(text[i - 1]!))) {
      const eol = text.indexOf('\n', i);
      if (eol === -1) return text.length;
      i = eol + 1;
    } else return i;
  }
}

/** 1-based line and column of an offset, as the `yaml` library's LineCounter gives them. */
export function lineIndex(text: string): (offset: number) => { line: number; col: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  };
}
