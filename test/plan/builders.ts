/**
 * Small builders for the planner's unit tests: a neutral spec with only what a test turns on,
 * desired and live hooks, a target, and a plan of one target. Nothing here reads a provider.
 */
import type { DesiredHook, FieldPath, Fields, LiveHook, TargetConfig } from '../../src/core/model.js';
import type { ProviderSpec } from '../../src/core/spec.js';
import type { PlanOptions } from '../../src/plan/options.js';
import { planTargets } from '../../src/plan/plan.js';
import type { TargetPlan } from '../../src/plan/model.js';

export const pos = { file: 'hooks.yaml', line: 3, col: 7 };

/** A spec keyed by `name`, events a set, `config` replaced whole: override what a test needs. */
export const spec = (over: Partial<ProviderSpec> = {}): ProviderSpec => ({
  kind: 'test',
  displayName: 'Vendor',
  keyField: 'name',
  immutableFields: [],
  fieldOrder: ['name'],
  setFields: ['events'],
  wholeObjectFields: [],
  requiredOnCreate: [],
  sensitivePatterns: [],
  plainPatterns: [],
  ...over,
});

export const desired = (fields: Fields, extra: Partial<DesiredHook> & { sensitive?: readonly FieldPath[] } = {}): DesiredHook => {
  const { sensitive, ...rest } = extra;
  return { key: String(fields.name ?? ''), pinnedId: undefined, fields, sensitivePaths: sensitive ?? [], position: pos, ...rest };
};

export const live = (id: string, fields: Fields): LiveHook => ({ id, key: String(fields.name ?? ''), fields });

export const target = (hooks: readonly DesiredHook[], over: Partial<TargetConfig> = {}): TargetConfig => ({
  name: 't',
  provider: 'test',
  endpoint: 'https://vendor.example.com',
  auth: { token: 'x' },
  tokenUrl: undefined,
  prune: false,
  hooks,
  position: pos,
  ...over,
});

export const planOne = (s: ProviderSpec, hooks: readonly DesiredHook[], lives: readonly LiveHook[], over: Partial<TargetConfig> = {}, options: PlanOptions = {}): TargetPlan =>
  planTargets([{ target: target(hooks, over), spec: s, live: lives }], options).targets[0]!;

/** The problems of the HooksyncError `fn` throws. */
export function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (e) {
    const problems = (e as { problems?: readonly string[] }).problems;
    if (problems) return problems;
    throw e;
  }
  throw new Error('expected an error with problems');
}
