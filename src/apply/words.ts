/** How a change's result is worded, the same in apply's results, its interrupted report and the Action. */
import type { Change } from '../plan/model.js';
import type { HookResult } from './execute.js';

/** Each action in the past tense. */
export const PAST: Readonly<Record<Change['action'], string>> = { create: 'created', update: 'updated', replace: 'replaced', delete: 'deleted' };

/** One line of the results: `  ok      target/key created (note)` or `  FAILED  target/key not created: why`. */
export const resultLine = (r: HookResult): string =>
  r.outcome === 'done' ? `  ok      ${r.target}/${r.key} ${PAST[r.action]}${r.note ? ` (${r.note})` : ''}` : `  FAILED  ${r.target}/${r.key} not ${PAST[r.action]}: ${r.error ?? ''}`;
