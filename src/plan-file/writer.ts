/** Writes a saved plan: the one place that reads the clock and draws the salt for one. */
import type { TargetState } from '../plan/plan.js';
import { SAVED_PLAN_VERSION, type SavedOptions, type SavedPlan } from './format.js';
import { Hasher } from './hasher.js';
import { recordInputs, touchedIds } from './inputs.js';

/** A saved plan of `planJson` (`plan -f json`), with what it was made from. */
export function savePlan(o: { configFile: string; options: SavedOptions; interpolated: unknown; fromVariables: readonly (readonly (string | number)[])[]; states: readonly TargetState[]; planJson: unknown; version: string }): SavedPlan {
  const hasher = new Hasher();
  const { config, targets } = recordInputs(o.interpolated, o.fromVariables, o.states, touchedIds(o.planJson), hasher);
  return { hooksync_saved_plan: SAVED_PLAN_VERSION, created: new Date().toISOString(), hooksync: o.version, config_file: o.configFile, options: o.options, salt: hasher.salt, config, targets, plan: o.planJson };
}
