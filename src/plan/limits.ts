/**
 * The vendor's capacity rules, applied to a target's drafts in file order: a per-tenant quota of
 * hooks with a flag on (Bold Penguin: 10 active), and a per-value cap on a list (GitHub: 20
 * hooks per event). A change past either is refused at plan time, not sent to fail; one that
 * fits only because another change frees a place waits for that change.
 */
import type { Fields } from '../core/model.js';
import type { ProviderSpec } from '../core/spec.js';
import type { Draft } from './draft.js';
import type { Need } from './model.js';

/**
 * Changes that would break the spec's quota: a hook switched on without the list it needs, and,
 * in file order, every switch-on past the limit once the hooks that stay on are counted. A
 * change that switches a hook off frees its place first (apply runs disables first).
 */
export function quotaRefusals(spec: ProviderSpec, drafts: readonly Draft[], staying: readonly { fields: Fields }[]): Map<number, string> {
  const refused = new Map<number, string>();
  const q = spec.quota;
  if (!q) return refused;
  // `*`: every hook counts, whatever its fields (Stripe: 16 endpoints per account).
  const on = (f: Fields | undefined) => (q.flag === '*' ? f !== undefined : f?.[q.flag] === true);
  const stateAfter = (d: Draft) => (d.refused ? d.before?.fields : d.after?.fields);
  let count = staying.filter((h) => on(h.fields)).length + drafts.filter((d) => on(stateAfter(d)) && (d.refused || on(d.before?.fields))).length;
  drafts.forEach((d, i) => {
    if (d.refused || !on(d.after?.fields)) return;
    const list = q.needs === undefined ? undefined : d.after?.fields[q.needs];
    if (q.needs !== undefined && !(Array.isArray(list) && list.length > 0)) {
      refused.set(i, `${spec.displayName} refuses ${q.flag}: true without ${q.needs}; add at least one to ${q.needs}, or leave ${q.flag} false`);
      return;
    }
    if (on(d.before?.fields)) return;
    if (count >= q.limit) {
      refused.set(i, q.flag === '*' ? `${q.rule}, and ${count} would already be there when this one is created; delete one first (prune it in an apply of its own), then create this one` : `${q.rule}, and ${count} would already be ${q.flag} when this one is switched on; set ${q.flag}: false on another hook in this file (it goes first), or leave this one off`);
      return;
    }
    count++;
  });
  return refused;
}

/**
 * Changes that would give a value of the spec's list to more hooks than the vendor allows
 * (GitHub: 20 hooks per event), counting the hooks that stay and what every change keeps, in
 * file order: a change that adds a value already at the limit is refused. One that fits only
 * because another change drops the value waits for that change (`needs`); two that would each
 * wait for the other are refused, to be made in two applies.
 */
export function perValueTerms(spec: ProviderSpec, drafts: readonly Draft[], staying: readonly { fields: Fields }[], refusedAlready: ReadonlyMap<number, string>): { refused: Map<number, string>; needs: Map<number, Need[]> } {
  const refused = new Map<number, string>();
  const needs = new Map<number, Need[]>();
  const cap = spec.perValueLimit;
  if (!cap) return { refused, needs };
  const values = (f: Fields | undefined): Set<string> => new Set(Array.isArray(f?.[cap.field]) ? (f[cap.field] as unknown[]).map(String) : []);
  const count = new Map<string, number>();
  const bump = (v: string) => count.set(v, (count.get(v) ?? 0) + 1);
  staying.forEach((h) => values(h.fields).forEach(bump));
  const dropsOf = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    const before = values(d.before?.fields);
    const after = refusedAlready.has(i) ? before : values(d.after?.fields);
    before.forEach((v) => (after.has(v) ? bump(v) : dropsOf.set(v, [...(dropsOf.get(v) ?? []), i])));
  });
  // Whether `from` already waits, directly or not, for `to`.
  const waitsFor = (from: number, to: number, seen = new Set<number>()): boolean =>
    (needs.get(from) ?? []).some((n) => n.on === to || (!seen.has(n.on) && (seen.add(n.on), waitsFor(n.on, to, seen))));
  drafts.forEach((d, i) => {
    if (refusedAlready.has(i)) return;
    const before = values(d.before?.fields);
    const added = [...values(d.after?.fields)].filter((v) => !before.has(v));
    const full = added.filter((v) => (count.get(v) ?? 0) >= cap.limit);
    if (full.length > 0) {
      refused.set(i, `${cap.rule}, and ${full.map((v) => `"${v}"`).join(', ')} would go past it with this change; remove ${full.length === 1 ? 'it' : 'them'} from this hook or from another`);
      return;
    }
    // Room that only a drop makes (while the drops have not happened, they still hold their
    // places): those drops go first.
    const waits = added.flatMap((v) => {
      const drops = dropsOf.get(v) ?? [];
      return (count.get(v) ?? 0) + 1 + drops.length > cap.limit ? drops.filter((on) => on !== i).map((on) => ({ on, why: `it frees a place for "${v}" (${cap.rule})` })) : [];
    });
    if (waits.some((w) => waitsFor(w.on, i))) {
      refused.set(i, `this change and another each need the other to free a place first (${cap.rule}); make them in two applies`);
      return;
    }
    added.forEach(bump); // granted: a refused change takes no place
    if (waits.length > 0) needs.set(i, waits);
  });
  return { refused, needs };
}
