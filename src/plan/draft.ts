/**
 * The first pass of a target's plan: each file entry against its live twin, as a draft change
 * with what its hook holds before and after it, before any limit or order is applied.
 */
import { HooksyncError } from '../core/errors.js';
import type { DesiredHook, FieldPath, Fields, LiveHook, TargetConfig } from '../core/model.js';
import { formatPosition, valueAt } from '../core/model.js';
import { keyIn, type ProviderSpec } from '../core/spec.js';
import { diffFields } from './diff.js';
import type { Matched } from './match.js';
import type { Change, FieldChange, HookRef } from './model.js';
import type { PlanOptions } from './options.js';
import { replacementBody, replacementLosses } from './replace.js';
import { createBody, mergeDeep, updateRequest } from './request.js';
import { unseenValues, type Unseen } from './notes.js';

/** A change with what its hook holds before and after it, for ordering. */
export interface Draft {
  readonly change: Change;
  readonly before: { fields: Fields; key: string } | undefined;
  readonly after: { fields: Fields; key: string } | undefined;
  readonly refused?: string;
}

export interface Drafted {
  readonly drafts: Draft[];
  /** Matched hooks that need no change, with their fields (they still hold names and places). */
  readonly unchanged: (HookRef & { readonly fields: Fields })[];
  /** Write-only values the file gives that could not be compared, per updated hook. */
  readonly unseen: Unseen[];
}

/** Drafts every matched pair; a create the vendor could not accept fails the whole target. */
export function draftChanges(target: TargetConfig, spec: ProviderSpec, pairs: Matched['pairs'], options: PlanOptions): Drafted {
  const drafts: Draft[] = [];
  const unchanged: (HookRef & { fields: Fields })[] = [];
  const unseen: Unseen[] = [];
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
      const warnings = secretWords(spec, desired);
      // What the hook will hold includes what the vendor fills in (GitHub's events), for the limits.
      drafts.push({ change: { action: 'create', key: desired.key, fields, body, ...(warnings.length ? { warnings } : {}) }, before: undefined, after: { fields: { ...spec.createDefaults, ...body }, key: desired.key } });
      continue;
    }
    const fields = diffFields(spec, desired.fields, match.fields, desired.sensitivePaths);
    const forcedBy = spec.immutableFields.filter((imm) => fields.some((f) => imm.split('.').every((seg, i) => f.path[i] === seg)));
    const before = { fields: match.fields, key: match.key };
    if (fields.length === 0) unchanged.push({ key: desired.key, id: match.id, fields: match.fields });
    else if (forcedBy.length > 0) drafts.push(replacement(spec, desired, match, options, fields, forcedBy));
    else {
      const { body, writeOnly } = updateRequest(spec, desired.fields, match.fields, fields);
      unseen.push(...unseenValues(spec, desired, match));
      const warnings = hiddenLeftOut(spec, body, match.fields);
      drafts.push({ change: { action: 'update', key: desired.key, id: match.id, fields, body, ...(Object.keys(writeOnly).length ? { writeOnly } : {}), ...(warnings.length ? { warnings } : {}) }, before, after: { fields: mergeDeep(match.fields, desired.fields) as Fields, key: keyIn(spec, desired.fields) ?? match.key } });
    }
  }
  if (missing.length > 0) {
    throw new HooksyncError('HOOKSYNC_PLAN', `cannot plan target ${target.name}; nothing was changed`, missing);
  }
  return { drafts, unchanged, unseen };
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
  if (spec.rotatesSecretOnReplace && refused === undefined) {
    const what = `${spec.rotatesSecretOnReplace}: every receiver that verifies this hook's signatures fails until it is given the new one`;
    if (options.allowSecretRotation || desired.allowSecretRotation) warnings.push(`SECRET ROTATES: ${what} (${desired.allowSecretRotation ? `allowSecretRotation: true at ${formatPosition(desired.position)}` : '--allow-secret-rotation'})`);
    else refused = `SECRET ROTATES: ${what}; pass --allow-secret-rotation (or write allowSecretRotation: true on the hook) once the receivers can take the new secret`;
  }
  if (desired.protect) refused = `it is protected (protect: true at ${formatPosition(desired.position)}), and a replacement deletes it; remove protect to let it be replaced`;
  warnings.push(...secretWords(spec, desired));
  const pinnedAt = desired.pinnedId !== undefined ? formatPosition(desired.position) : undefined;
  if (pinnedAt) warnings.push(`the file pins id ${desired.pinnedId} at ${pinnedAt}; the new hook gets a new id, which apply prints: write it there`);
  const change: Change = { action: 'replace', key: desired.key, id: match.id, fields, forcedBy, body, ...(pinnedAt ? { pinnedAt } : {}), ...(warnings.length ? { warnings } : {}) };
  const key = keyIn(spec, desired.fields) ?? match.key;
  return { change, before: { fields: match.fields, key: match.key }, after: { fields: body, key }, ...(refused ? { refused } : {}) };
}

/**
 * What becomes of the secret the vendor generates for a hook it creates: where `secretTo` sends
 * it, or, where the vendor shows it only once, that no one will have it.
 */
export function secretWords(spec: ProviderSpec, desired: DesiredHook): string[] {
  const g = spec.generatedSecret;
  if (!g || (g.unlessGiven !== undefined && desired.fields[g.unlessGiven] !== undefined && desired.fields[g.unlessGiven] !== null)) return [];
  const to = desired.secretTo;
  const where = [...(to?.env ? [`${to.env} in the --secrets-file`] : []), ...(to?.github ? [`the GitHub Actions secret ${to.github.secret} of ${to.github.repository}${to.github.environment ? ` (environment ${to.github.environment})` : ''}`] : [])];
  if (where.length > 0) return [`${spec.displayName} generates its ${g.what}: apply hands it to ${where.join(' and ')}`];
  return g.shownOnce ? [`${spec.displayName} shows its ${g.what} once, in the create answer, and this hook names no secretTo: no one will have it; add secretTo: { env: NAME } and apply with --secrets-file FILE`] : [];
}

/**
 * A whole object sent without a hidden value the live hook has (an Event Streams destination
 * without its token): whether the vendor keeps the one it has is not confirmed, so say so.
 */
function hiddenLeftOut(spec: ProviderSpec, body: Fields, live: Fields): string[] {
  const matters = (p: FieldPath) => {
    const rule = spec.writeOnlyWhen?.find((w) => w.path.length === p.length && w.path.every((seg, i) => seg === p[i]));
    return rule === undefined || valueAt(body, rule.when.path) === rule.when.is;
  };
  return (spec.writeOnlyPaths ?? [])
    .filter((p) => spec.wholeObjectFields.includes(p[0]!) && body[p[0]!] !== undefined && valueAt(live, p) !== undefined && valueAt(body, p) === undefined && matters(p))
    .map((p) => `${p.join('.')} is not in the file, so the ${p[0]} sent does not carry it; ${spec.displayName} is expected to keep the one it has (not confirmed): write it in the file to be sure`);
}
