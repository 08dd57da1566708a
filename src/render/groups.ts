/**
 * The changes of a plan as blocks, for the human forms: the repositories of one selecting target
 * that get the same change share one block, so a plan for hundreds of repositories reads as a
 * few blocks (the JSON plan keeps every change).
 */
import type { JsonChange, JsonPlan } from './json.js';

/** Repositories named in a grouped block before the rest are counted. */
const NAMES_SHOWN = 10;

/** The changes as blocks: the same action, key, fields and words on several repositories of one target is one block. */
export function changeBlocks(plan: JsonPlan): { change: JsonChange; target: string; places?: string[] }[] {
  const blocks: { change: JsonChange; target: string; places?: string[] }[] = [];
  const groups = new Map<string, { change: JsonChange; target: string; places: string[] }>();
  for (const t of plan.targets) {
    for (const change of t.changes) {
      if (t.parent === undefined) {
        blocks.push({ change, target: t.target });
        continue;
      }
      const { id: _id, ...same } = change;
      const key = JSON.stringify([t.parent, same]);
      const place = t.target.startsWith(`${t.parent}/`) ? t.target.slice(t.parent.length + 1) : t.target;
      const group = groups.get(key);
      if (group) group.places.push(place);
      else {
        const made = { change, target: t.parent, places: [place] };
        groups.set(key, made);
        blocks.push(made);
      }
    }
  }
  // A change on one repository alone is shown as any other, with the repository in its name.
  return blocks.map((b) => (b.places && b.places.length === 1 ? { change: b.change, target: `${b.target}/${b.places[0]!}` } : b));
}

export function groupHeadline(change: JsonChange, target: string, n: number): string {
  const name = `${target}/${change.key}`;
  switch (change.action) {
    case 'create':
      return `# ${name} will be created on ${n} repositories`;
    case 'update':
      return `# ${name} will be updated in-place on ${n} repositories`;
    case 'replace':
      return `# ${name} must be replaced on ${n} repositories: ${(change.forced_by ?? []).join(', ')} cannot be changed in place`;
    case 'delete':
      return `# ${name} will be DELETED on ${n} repositories`;
  }
}

export const namesLine = (places: readonly string[]): string =>
  places.length <= NAMES_SHOWN ? places.join(', ') : `${places.slice(0, NAMES_SHOWN).join(', ')} and ${places.length - NAMES_SHOWN} more (plan -f json names every one)`;

/** What each selecting target's selection came to, before its changes. */
export function selectionLines(plan: JsonPlan): string[] {
  return (plan.selections ?? []).flatMap((s) => [
    s.shard
      ? `Target ${s.target}: ${s.selected} of the ${s.of} repositories of ${s.organization} selected (${s.described}); shard ${s.shard.shard} plans ${s.shard.selected} of them, hooks managed on ${s.managed}.`
      : `Target ${s.target}: ${s.selected} of the ${s.of} repositories of ${s.organization} selected (${s.described}); hooks managed on ${s.managed}.`,
    ...s.skipped.slice(0, NAMES_SHOWN).map((x) => `  ! left out: ${x.repository}: ${x.why}`),
    ...(s.skipped.length > NAMES_SHOWN ? [`  ! and ${s.skipped.length - NAMES_SHOWN} more left out (plan -f json names every one)`] : []),
    '',
  ]);
}

/**
 * The notes, those of one selecting target's repositories that say the same about the same
 * hooks given once, with on how many repositories.
 */
export function noteBlocks(plan: JsonPlan): { target: string; keys: readonly string[]; text: string }[] {
  const out: { target: string; parent?: string; keys: readonly string[]; text: string; places: number }[] = [];
  const groups = new Map<string, (typeof out)[number]>();
  for (const t of plan.targets) {
    for (const n of t.notes) {
      const key = t.parent === undefined ? undefined : JSON.stringify([t.parent, n.keys, n.text]);
      const group = key === undefined ? undefined : groups.get(key);
      if (group) {
        group.places++;
        continue;
      }
      const made = { target: t.target, ...(t.parent !== undefined ? { parent: t.parent } : {}), keys: n.keys, text: n.text, places: 1 };
      if (key !== undefined) groups.set(key, made);
      out.push(made);
    }
  }
  return out.map((n) => ({ target: n.places > 1 ? `${n.parent!}, on ${n.places} repositories` : n.target, keys: n.keys, text: n.text }));
}

/** The managed hooks that fail to deliver, one line each: `target/key (id X): what the vendor says`. */
export function failingLines(plan: JsonPlan): string[] {
  return plan.targets.flatMap((t) => (t.failing ?? []).map((f) => `${t.target}/${f.key || '(no name)'} (id ${f.id}): ${f.text}`));
}
