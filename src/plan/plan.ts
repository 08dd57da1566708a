/**
 * planTargets: Desired + Live → Plan. Pure and synchronous: no network, no files, no clock. The
 * dry run and the real run both call it, so they cannot disagree.
 */
import { HooksyncError } from '../errors.js';
import type { Fields, LiveHook, TargetConfig } from '../model.js';
import { formatPosition, isPlainObject, valueAt } from '../model.js';
import type { ProviderSpec } from '../providers/spec.js';
import { diffFields } from './diff.js';
import { matchHooks } from './match.js';
import type { Change, FieldChange, HookRef, Plan, TargetPlan } from './model.js';
import { createBody, mergeDeep, updateBody } from './request.js';

export interface TargetState {
  readonly target: TargetConfig;
  readonly spec: ProviderSpec;
  readonly live: readonly LiveHook[];
}

export interface PlanOptions {
  /** Delete live hooks the file does not list, in every target (a target may also say `prune: true`). */
  readonly prune?: boolean;
}

export function planTargets(states: readonly TargetState[], options: PlanOptions = {}): Plan {
  return { targets: states.map((s) => planTarget(s, options)) };
}

function planTarget({ target, spec, live }: TargetState, options: PlanOptions): TargetPlan {
  const { pairs, unmatched } = matchHooks(target.name, target.hooks, live);
  const changes: Change[] = [];
  const unchanged: HookRef[] = [];
  const missing: string[] = [];

  for (const { desired, live: match } of pairs) {
    if (!match) {
      const absent = spec.requiredOnCreate.filter((p) => valueAt(desired.fields, p) === undefined);
      if (absent.length > 0) {
        missing.push(`${formatPosition(desired.position)} ${target.name}/${desired.key}: does not exist yet and ${spec.displayName} needs ${absent.map((p) => p.join('.')).join(' and ')} to create it; add ${absent.length === 1 ? 'it' : 'them'}`);
        continue;
      }
      const fields: FieldChange[] = diffFields(spec, desired.fields, {}, desired.sensitivePaths);
      changes.push({ action: 'create', key: desired.key, fields, body: createBody(desired.fields) });
      continue;
    }
    const fields = diffFields(spec, desired.fields, match.fields, desired.sensitivePaths);
    const forcedBy = [...new Set(fields.map((f) => f.path[0] ?? ''))].filter((f) => spec.immutableFields.includes(f));
    if (fields.length === 0) unchanged.push({ key: desired.key, id: match.id });
    else if (forcedBy.length > 0) {
      // The new hook keeps what the file does not manage, as an update would have.
      const body = createBody(mergeDeep(match.fields, desired.fields) as Fields);
      changes.push({ action: 'replace', key: desired.key, id: match.id, fields, forcedBy, body });
    }
    else changes.push({ action: 'update', key: desired.key, id: match.id, fields, body: updateBody(spec, desired.fields, match.fields, fields) });
  }
  if (missing.length > 0) {
    throw new HooksyncError('HOOKSYNC_PLAN', `cannot plan target ${target.name}; nothing was changed`, missing);
  }

  const prune = options.prune === true || target.prune;
  const byKey = (a: HookRef, b: HookRef) => a.key.localeCompare(b.key) || a.id.localeCompare(b.id);
  const leftovers = unmatched.map((h) => ({ key: h.key, id: h.id })).sort(byKey);
  if (prune) for (const h of leftovers) changes.push({ action: 'delete', key: h.key, id: h.id });

  // One note per target and write-only field, naming the hooks it concerns.
  const notes = (spec.writeOnlyFields ?? []).flatMap((f) => {
    const keys = target.hooks.filter((d) => isPlainObject(d.fields[f])).map((d) => d.key);
    if (keys.length === 0) return [];
    return [{ keys, text: `${spec.displayName} never shows ${f} values, so only their names are compared; a value is sent when its name is new (to change a value, remove the name in one apply and add it back in the next)` }];
  });
  return { target: target.name, provider: target.provider, changes, unchanged, unmanaged: prune ? [] : leftovers, notes };
}

