/**
 * planTargets: Desired + Live → Plan. Pure and synchronous: no network, no files, no clock. The
 * dry run and the real run both call it, so they cannot disagree; the order apply follows and
 * the changes it refuses are part of the plan too (see holdings.ts).
 */
import { HooksyncError } from '../errors.js';
import type { DesiredHook, Fields, LiveHook, TargetConfig } from '../model.js';
import { formatPosition, isPlainObject, valueAt } from '../model.js';
import { keyIn, type ProviderSpec } from '../providers/spec.js';
import { diffFields } from './diff.js';
import { orderHolders, resourcesOf, type Holder } from './holdings.js';
import { matchHooks } from './match.js';
import type { Change, FieldChange, HookRef, Need, Plan, TargetPlan } from './model.js';
import { replacementBody, replacementLosses } from './replace.js';
import { createBody, mergeDeep, updateBody } from './request.js';

export interface TargetState {
  readonly target: TargetConfig;
  readonly spec: ProviderSpec;
  readonly live: readonly LiveHook[];
}

export interface PlanOptions {
  /** Delete live hooks the file does not list, in every target (a target may also say `prune: true`). */
  readonly prune?: boolean;
  /** Let a replacement drop write-only values the file does not give (Auth0 secrets); refused otherwise. */
  readonly allowSecretLoss?: boolean;
  /** Most deletes per target (a target's own `maxDeletes` wins); more refuses every delete. */
  readonly maxDeletes?: number;
}

/**
 * Deletes one apply may make per target unless told otherwise. A tenant has tens of hooks; more
 * than ten deletes at once is far more often a wrong file, target or template than an intent.
 */
export const DEFAULT_MAX_DELETES = 10;

/** A change with what its hook holds before and after it, for ordering. */
interface Draft {
  readonly change: Change;
  readonly before: { fields: Fields; key: string } | undefined;
  readonly after: { fields: Fields; key: string } | undefined;
  readonly refused?: string;
}

export function planTargets(states: readonly TargetState[], options: PlanOptions = {}): Plan {
  return { targets: states.map((s) => planTarget(s, options)) };
}

function planTarget({ target, spec, live: listed }: TargetState, options: PlanOptions): TargetPlan {
  // Where two targets share a tenant, each sees only the hooks whose key carries its prefix.
  const live = target.owns === undefined ? listed : listed.filter((h) => h.key.startsWith(target.owns!));
  const { pairs, unmatched } = matchHooks(target.name, target.hooks, live);
  const drafts: Draft[] = [];
  const unchanged: (HookRef & { fields: Fields })[] = [];
  const unseen: { field: string; key: string }[] = [];
  const missing: string[] = [];

  for (const { desired, live: match } of pairs) {
    if (!match) {
      const absent = spec.requiredOnCreate.filter((p) => valueAt(desired.fields, p) === undefined);
      if (absent.length > 0) {
        missing.push(`${formatPosition(desired.position)} ${target.name}/${desired.key}: does not exist yet and ${spec.displayName} needs ${absent.map((p) => p.join('.')).join(' and ')} to create it; add ${absent.length === 1 ? 'it' : 'them'}`);
        continue;
      }
      const body = createBody(desired.fields);
      const fields = diffFields(spec, desired.fields, {}, desired.sensitivePaths);
      drafts.push({ change: { action: 'create', key: desired.key, fields, body }, before: undefined, after: { fields: body, key: desired.key } });
      continue;
    }
    const fields = diffFields(spec, desired.fields, match.fields, desired.sensitivePaths);
    const forcedBy = spec.immutableFields.filter((imm) => fields.some((f) => imm.split('.').every((seg, i) => f.path[i] === seg)));
    const before = { fields: match.fields, key: match.key };
    if (fields.length === 0) unchanged.push({ key: desired.key, id: match.id, fields: match.fields });
    else if (forcedBy.length > 0) drafts.push(replacement(spec, desired, match, options, fields, forcedBy));
    else {
      const body = updateBody(spec, desired.fields, match.fields, fields);
      unseen.push(...(spec.writeOnlyFields ?? []).filter((f) => valuesNotCompared(desired.fields[f], match.fields[f])).map((field) => ({ field, key: desired.key })));
      unseen.push(...(spec.writeOnlyPaths ?? []).filter((p) => valueNotCompared(valueAt(desired.fields, p), valueAt(match.fields, p))).map((p) => ({ field: p.join('.'), key: desired.key })));
      const warnings = hiddenLeftOut(spec, body, match.fields);
      drafts.push({ change: { action: 'update', key: desired.key, id: match.id, fields, body, ...(warnings.length ? { warnings } : {}) }, before, after: { fields: mergeDeep(match.fields, desired.fields) as Fields, key: keyIn(spec, desired.fields) ?? match.key } });
    }
  }
  if (missing.length > 0) {
    throw new HooksyncError('HOOKSYNC_PLAN', `cannot plan target ${target.name}; nothing was changed`, missing);
  }

  const prune = options.prune === true || target.prune;
  const byKey = (a: HookRef, b: HookRef) => a.key.localeCompare(b.key) || a.id.localeCompare(b.id);
  const leftovers = [...unmatched].sort(byKey);
  const deleteRefusal = prune ? pruneGuard(target, leftovers.length, options) : undefined;
  if (prune) for (const h of leftovers) drafts.push({ change: { action: 'delete', key: h.key, id: h.id }, before: { fields: h.fields, key: h.key }, after: undefined, ...(deleteRefusal ? { refused: deleteRefusal } : {}) });

  // Hooks that stay as they are still hold names and slots the changes may want.
  const staying = [...unchanged, ...(prune ? [] : leftovers.map((h) => ({ key: h.key, id: h.id, fields: h.fields })))];
  const holders: Holder[] = [
    ...drafts.map((d, i) => ({ label: `${target.name}/${d.change.key}`, change: i, before: resourcesOf(spec, d.before?.fields, d.before?.key ?? ''), after: resourcesOf(spec, d.after?.fields, d.after?.key ?? '') })),
    ...staying.map((h) => {
      const held = resourcesOf(spec, h.fields, h.key);
      return { label: `${target.name}/${h.key || '(no name)'} (id ${h.id})`, change: undefined, before: held, after: held };
    }),
  ];
  const initially = new Map(drafts.flatMap((d, i) => (d.refused ? [[i, d.refused] as const] : [])));
  // A quota is the tenant's: hooks another target owns count too.
  const others = target.owns === undefined ? [] : listed.filter((h) => !h.key.startsWith(target.owns!));
  for (const [i, why] of quotaRefusals(spec, drafts, [...staying, ...others])) if (!initially.has(i)) initially.set(i, why);
  const perValue = perValueTerms(spec, drafts, staying, initially);
  for (const [i, why] of perValue.refused) if (!initially.has(i)) initially.set(i, why);
  const { needs, refused } = orderHolders(holders, initially);
  const changes: Change[] = drafts.map((d, i) => {
    const why = refused.get(i);
    const need = [...(needs.get(i) ?? []), ...(perValue.needs.get(i) ?? [])];
    return { ...d.change, ...(need.length ? { needs: need } : {}), ...(why ? { refused: why } : {}) };
  });

  // One note per target and write-only field, naming the updated hooks whose file gives a value
  // for a name the live hook already has: those values could not be compared. A create or a
  // replacement sends every value, and a hook with no change gets no note, so "No changes" is
  // just that (README: a changed value alone is invisible).
  const notes = [...(spec.writeOnlyFields ?? []), ...(spec.writeOnlyPaths ?? []).map((p) => p.join('.'))].flatMap((f) => {
    const keys = unseen.filter((u) => u.field === f).map((u) => u.key);
    if (keys.length === 0) return [];
    if (spec.writeOnlyFields?.includes(f)) return [{ keys, text: `${spec.displayName} never shows ${f} values, so only their names are compared; a value is sent when its name is new (to change a value, remove the name in one apply and add it back in the next)` }];
    const top = f.split('.')[0]!;
    if (spec.wholeObjectFields.includes(top)) return [{ keys, text: `${spec.displayName} never shows ${f}, so only whether one is set is compared; the file's value is sent whenever ${top} is (when another key of it changes)` }];
    return [{ keys, text: `${spec.displayName} never shows ${f}, so only whether one is set is compared; it is sent when the live hook has none (to change it, write ${f.split('.').pop()}: null in one apply and the new value in the next)` }];
  });
  const refs = (hs: readonly HookRef[]) => hs.map((h) => ({ key: h.key, id: h.id }));
  return { target: target.name, provider: target.provider, changes, unchanged: refs(unchanged), unmanaged: prune ? [] : refs(leftovers), notes };
}

/** Why this target's deletes are refused, if they are: an empty file, or more than the limit. */
function pruneGuard(target: TargetConfig, deletes: number, options: PlanOptions): string | undefined {
  if (deletes === 0) return undefined;
  if (target.hooks.length === 0 && !target.pruneAll) {
    return `the file lists no hooks for target ${target.name} while prune is on, which is far more often a wrong file, target or template than an intent; write "prune: all" on the target to delete every live hook`;
  }
  const limit = target.maxDeletes ?? options.maxDeletes ?? DEFAULT_MAX_DELETES;
  if (deletes > limit) return `${deletes} deletes planned for target ${target.name}, more than the limit of ${limit}; raise --max-deletes (or maxDeletes on the target) if you mean it`;
  return undefined;
}

/** A replacement, refused when it would lose write-only values the file does not give. */
function replacement(spec: ProviderSpec, desired: DesiredHook, match: LiveHook, options: PlanOptions, fields: readonly FieldChange[], forcedBy: string[]): Draft {
  const body = replacementBody(spec, desired.fields, match.fields);
  const warnings: string[] = [];
  let refused: string | undefined;
  const { lost, unread } = replacementLosses(spec, desired.fields, match.fields);
  if (unread.length > 0) {
    refused = `the names in ${unread.join(', ')} of the live hook were not read, so what the replacement would lose is unknown; this is a bug in hooksync`;
  } else if (lost.length > 0) {
    const what = `${lost.join(', ')} cannot be read back from ${spec.displayName}, so the new hook would not have ${lost.length === 1 ? 'it' : 'them'}`;
    if (options.allowSecretLoss) warnings.push(`${what} (--allow-secret-loss)`);
    else refused = `${what}: write ${lost.length === 1 ? 'it' : 'each of them'} in the file with ${lost.length === 1 ? 'its' : 'their'} value, or pass --allow-secret-loss to drop ${lost.length === 1 ? 'it' : 'them'}`;
  }
  if (desired.protect) refused = `it is protected (protect: true at ${formatPosition(desired.position)}), and a replacement deletes it; remove protect to let it be replaced`;
  const pinnedAt = desired.pinnedId !== undefined ? formatPosition(desired.position) : undefined;
  if (pinnedAt) warnings.push(`the file pins id ${desired.pinnedId} at ${pinnedAt}; the new hook gets a new id, which apply prints: write it there`);
  const change: Change = { action: 'replace', key: desired.key, id: match.id, fields, forcedBy, body, ...(pinnedAt ? { pinnedAt } : {}), ...(warnings.length ? { warnings } : {}) };
  const key = keyIn(spec, desired.fields) ?? match.key;
  return { change, before: { fields: match.fields, key: match.key }, after: { fields: body, key }, ...(refused ? { refused } : {}) };
}

/** The file gives a value for a write-only scalar the live hook has one for too. */
function valueNotCompared(desired: unknown, live: unknown): boolean {
  return desired !== null && desired !== undefined && live !== null && live !== undefined;
}

/** The file gives a value for a write-only name the live hook already has: it cannot be compared. */
function valuesNotCompared(desired: unknown, live: unknown): boolean {
  if (!isPlainObject(desired) || !isPlainObject(live)) return false;
  return Object.entries(desired).some(([name, value]) => value !== null && value !== undefined && name in live);
}

/**
 * Changes that would break the spec's quota: a hook switched on without the list it needs, and,
 * in file order, every switch-on past the limit once the hooks that stay on are counted. A
 * change that switches a hook off frees its place first (apply runs disables first).
 */
function quotaRefusals(spec: ProviderSpec, drafts: readonly Draft[], staying: readonly { fields: Fields }[]): Map<number, string> {
  const refused = new Map<number, string>();
  const q = spec.quota;
  if (!q) return refused;
  const on = (f: Fields | undefined) => f?.[q.flag] === true;
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
      refused.set(i, `${q.rule}, and ${count} would already be ${q.flag} when this one is switched on; set ${q.flag}: false on another hook in this file (it goes first), or leave this one off`);
      return;
    }
    count++;
  });
  return refused;
}

/**
 * A whole object sent without a hidden value the live hook has (an Event Streams destination
 * without its token): whether the vendor keeps the one it has is not confirmed, so say so.
 */
function hiddenLeftOut(spec: ProviderSpec, body: Fields, live: Fields): string[] {
  return (spec.writeOnlyPaths ?? [])
    .filter((p) => spec.wholeObjectFields.includes(p[0]!) && body[p[0]!] !== undefined && valueAt(live, p) !== undefined && valueAt(body, p) === undefined)
    .map((p) => `${p.join('.')} is not in the file, so the ${p[0]} sent does not carry it; ${spec.displayName} is expected to keep the one it has (not confirmed): write it in the file to be sure`);
}

/**
 * Changes that would give a value of the spec's list to more hooks than the vendor allows
 * (GitHub: 20 hooks per event), counting the hooks that stay and what every change keeps, in
 * file order: a change that adds a value already at the limit is refused. One that fits only
 * because another change drops the value waits for that change (`needs`); two that would each
 * wait for the other are refused, to be made in two applies.
 */
function perValueTerms(spec: ProviderSpec, drafts: readonly Draft[], staying: readonly { fields: Fields }[], refusedAlready: ReadonlyMap<number, string>): { refused: Map<number, string>; needs: Map<number, Need[]> } {
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
