/**
 * planTargets: Desired + Live → Plan. Pure and synchronous: no network, no files, no clock. The
 * dry run and the real run both call it, so they cannot disagree; the order apply follows and
 * the changes it refuses are part of the plan too. A target's plan is made in steps, each in its
 * own file: match (match.ts), draft each change (draft.ts), guard deletes (prune.ts), refuse
 * what the vendor's capacity rules forbid (limits.ts), order by what each change holds
 * (holdings.ts), and say what cannot be seen (notes.ts).
 */
import type { Fields } from '../core/model.js';
import { draftChanges, type Draft } from './draft.js';
import { orderHolders, resourcesOf, type Holder } from './holdings.js';
import { perValueTerms, quotaRefusals } from './limits.js';
import { matchHooks } from './match.js';
import type { Change, HookRef, Plan, TargetPlan } from './model.js';
import { writeOnlyNotes } from './notes.js';
import { DEFAULT_MAX_DELETES, type PlanOptions, type TargetState } from './options.js';
import { pruneGuard } from './prune.js';

export { DEFAULT_MAX_DELETES, type PlanOptions, type TargetState } from './options.js';

export function planTargets(states: readonly TargetState[], options: PlanOptions = {}): Plan {
  const plans = states.map((s) => planTarget(s, options));
  // A target that selects many places (a GitHub organization's repositories) is one target to
  // --max-deletes: its deletes are counted over all its places, and past the limit every one
  // of them is refused, as one target's would be.
  const byParent = new Map<string, number[]>();
  states.forEach((s, i) => s.target.parent !== undefined && byParent.set(s.target.parent, [...(byParent.get(s.target.parent) ?? []), i]));
  for (const [parent, members] of byParent) {
    const deletes = members.reduce((n, i) => n + plans[i]!.changes.filter((c) => c.action === 'delete' && c.refused === undefined).length, 0);
    const limit = states[members[0]!]!.target.maxDeletes ?? options.maxDeletes ?? DEFAULT_MAX_DELETES;
    if (deletes <= limit) continue;
    const why = `${deletes} deletes planned for target ${parent} over its ${members.length} repositories, more than the limit of ${limit}; raise --max-deletes (or maxDeletes on the target) if you mean it`;
    for (const i of members) plans[i] = planTarget(states[i]!, options, why);
  }
  return { targets: plans };
}

function planTarget({ target, spec, live: listed }: TargetState, options: PlanOptions, deletesRefused?: string): TargetPlan {
  // Where two targets share a tenant, each sees only the hooks whose key carries its prefix.
  const live = target.owns === undefined ? listed : listed.filter((h) => h.key.startsWith(target.owns!));
  const { pairs, unmatched } = matchHooks(target.name, target.hooks, live);
  const { drafts, unchanged, unseen } = draftChanges(target, spec, pairs, options);

  const prune = options.prune === true || target.prune;
  const byKey = (a: HookRef, b: HookRef) => a.key.localeCompare(b.key) || a.id.localeCompare(b.id);
  const leftovers = [...unmatched].sort(byKey);
  const deleteRefusal = prune && leftovers.length > 0 ? (deletesRefused ?? pruneGuard(target, leftovers.length, options)) : undefined;
  if (prune) for (const h of leftovers) drafts.push({ change: { action: 'delete', key: h.key, id: h.id }, before: { fields: h.fields, key: h.key }, after: undefined, ...(deleteRefusal ? { refused: deleteRefusal } : {}) });

  // Hooks that stay as they are still hold names and slots the changes may want.
  const staying = [...unchanged, ...(prune ? [] : leftovers.map((h) => ({ key: h.key, id: h.id, fields: h.fields })))];
  // A quota is the tenant's: hooks another target owns count too (read only where there is one).
  const others = target.owns === undefined || !spec.quota ? [] : listed.filter((h) => !h.key.startsWith(target.owns!));
  const changes = settle(target.name, spec, drafts, staying, others);

  const refs = (hs: readonly HookRef[]) => hs.map((h) => ({ key: h.key, id: h.id }));
  // Delivery health where the list carried it: managed hooks only, and only those failing.
  const failing = pairs.flatMap(({ live: l }) => (l?.health?.failing ? [{ key: l.key, id: l.id, text: l.health.text }] : []));
  return { target: target.name, provider: target.provider, changes, unchanged: refs(unchanged), unmanaged: prune ? [] : refs(leftovers), notes: writeOnlyNotes(spec, unseen), ...(target.parent !== undefined ? { parent: target.parent } : {}), ...(failing.length > 0 ? { failing } : {}) };
}

/**
 * The drafts as changes: each refused where a rule forbids it (its own refusal first, then the
 * quota, then the per-value cap, then a circular wait), and given the changes it needs first.
 */
function settle(target: string, spec: TargetState['spec'], drafts: readonly Draft[], staying: readonly (HookRef & { fields: Fields })[], others: readonly { fields: Fields }[]): Change[] {
  const holders: Holder[] = [
    ...drafts.map((d, i) => ({ label: `${target}/${d.change.key}`, change: i, before: resourcesOf(spec, d.before?.fields, d.before?.key ?? ''), after: resourcesOf(spec, d.after?.fields, d.after?.key ?? '') })),
    ...staying.map((h) => {
      const held = resourcesOf(spec, h.fields, h.key);
      return { label: `${target}/${h.key || '(no name)'} (id ${h.id})`, change: undefined, before: held, after: held };
    }),
  ];
  const initially = new Map(drafts.flatMap((d, i) => (d.refused ? [[i, d.refused] as const] : [])));
  for (const [i, why] of quotaRefusals(spec, drafts, [...staying, ...others])) if (!initially.has(i)) initially.set(i, why);
  const perValue = perValueTerms(spec, drafts, staying, initially);
  for (const [i, why] of perValue.refused) if (!initially.has(i)) initially.set(i, why);
  const { needs, refused } = orderHolders(holders, initially);
  return drafts.map((d, i) => {
    const why = refused.get(i);
    const need = [...(needs.get(i) ?? []), ...(perValue.needs.get(i) ?? [])];
    return { ...d.change, ...(need.length ? { needs: need } : {}), ...(why ? { refused: why } : {}) };
  });
}
