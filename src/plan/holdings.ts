/**
 * What a target's changes must wait for, and which of them cannot be made at all. Some vendors
 * keep rules across hooks (Auth0: a name belongs to one hook; one enabled hook per trigger).
 * Each hook holds resources before and after its change; a change that takes a resource must
 * wait for the change that frees it, and a resource that would end up held twice refuses the
 * change that takes it. Pure: the plan computes this once and apply follows it, so the order
 * and the refusals shown are exactly what happens.
 */
import type { Fields } from '../core/model.js';
import type { ProviderSpec } from '../core/spec.js';
import type { Need } from './model.js';

export interface Resource {
  readonly id: string;
  /** How messages name it: `the name "a"`, `the enabled slot of triggerId "x"`. */
  readonly what: string;
  readonly rule: string;
}

/** One hook of the target: a change (by index) or a live hook that stays as it is. */
export interface Holder {
  readonly label: string;
  readonly change: number | undefined;
  readonly before: readonly Resource[];
  /** What it holds once its change is made (equal to `before` for a hook left as it is). */
  readonly after: readonly Resource[];
}

/** The resources a hook with these fields and key holds under the vendor's rules. */
export function resourcesOf(spec: ProviderSpec, fields: Fields | undefined, key: string): Resource[] {
  if (fields === undefined) return [];
  const out: Resource[] = [];
  if (spec.uniqueKey) out.push({ id: `key\u0000${key}`, what: `the ${spec.keyField} "${key}"`, rule: `${spec.displayName} ${spec.keyField}s are unique` });
  const x = spec.exclusive;
  if (x && fields[x.flag] === true && fields[x.scope] !== undefined) {
    const scope = JSON.stringify(fields[x.scope]);
    out.push({ id: `one\u0000${scope}`, what: `the ${x.flag} slot of ${x.scope} ${scope}`, rule: x.rule });
  }
  return out;
}

export interface Ordering {
  readonly needs: ReadonlyMap<number, readonly Need[]>;
  readonly refused: ReadonlyMap<number, string>;
}

/**
 * Needs and refusals for a target. `refused` holds the refusals already decided (say, a
 * replacement that would lose secrets); a refused change keeps what it held, which may refuse
 * the changes that counted on it. Repeats until nothing more is refused (refusals only grow).
 */
export function orderHolders(holders: readonly Holder[], initiallyRefused: ReadonlyMap<number, string>): Ordering {
  const refused = new Map(initiallyRefused);
  const live = (h: Holder) => h.change !== undefined && !refused.has(h.change);
  const takes = (h: Holder) => h.after.filter((r) => !h.before.some((b) => b.id === r.id));
  const frees = (h: Holder) => h.before.filter((r) => !h.after.some((a) => a.id === r.id));

  for (;;) {
    const before = refused.size;
    refuseDoubleHolds(holders, refused, live, takes);
    if (refused.size > before) continue;

    // Who frees what, looked up by resource: a target may hold thousands of names.
    const freers = new Map<string, Holder[]>();
    for (const h of holders.filter(live)) for (const r of frees(h)) freers.set(r.id, [...(freers.get(r.id) ?? []), h]);
    const needs = new Map<number, Need[]>();
    for (const taker of holders.filter(live)) {
      for (const r of takes(taker)) {
        for (const freer of freers.get(r.id) ?? []) {
          if (freer === taker) continue;
          const list = needs.get(taker.change!) ?? [];
          list.push({ on: freer.change!, why: `${freer.label} frees ${r.what}` });
          needs.set(taker.change!, list);
        }
      }
    }
    for (const cycle of cyclesOf(needs)) {
      const names = cycle.map((i) => holders.find((h) => h.change === i)!.label);
      for (const i of cycle) refused.set(i, `${names.join(', ')} each wait for another of them to free a name or slot first (a swap); make one of these changes in one apply (or through a temporary name) and the rest in the next`);
    }
    if (refused.size === before) return { needs, refused };
  }
}

/** In the state after the plan, a resource held twice refuses every change that takes it. */
function refuseDoubleHolds(holders: readonly Holder[], refused: Map<number, string>, live: (h: Holder) => boolean, takes: (h: Holder) => Resource[]): void {
  const byResource = new Map<string, Holder[]>();
  for (const h of holders) {
    for (const r of live(h) ? h.after : h.before) byResource.set(r.id, [...(byResource.get(r.id) ?? []), h]);
  }
  for (const h of holders.filter(live)) {
    for (const r of takes(h)) {
      const other = (byResource.get(r.id) ?? []).find((o) => o !== h);
      if (!other) continue;
      const keeps = other.change !== undefined && refused.has(other.change) ? `${other.label}, whose own change is refused, keeps` : `${other.label} keeps`;
      refused.set(h.change!, `it would take ${r.what}, which ${keeps}; ${r.rule}: change that hook in the file too`);
      break;
    }
  }
}

/** The groups of changes that wait for each other in a circle (strongly connected, more than one). */
function cyclesOf(needs: ReadonlyMap<number, readonly Need[]>): number[][] {
  // Tarjan's algorithm over the (small) graph of needs.
  let counter = 0;
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const stack: number[] = [];
  const onStack = new Set<number>();
  const out: number[][] = [];
  const visit = (v: number): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const { on: w } of needs.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) out.push(group.sort((a, b) => a - b));
    }
  };
  for (const v of needs.keys()) if (!index.has(v)) visit(v);
  return out;
}
