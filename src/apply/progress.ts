/**
 * What an apply has done so far, change by change, so that a stop that cannot wait still says
 * what was done, what was in flight (its outcome unknown: it may or may not have been made), and
 * what was never sent.
 */
import { visible } from '../core/visible.js';
import type { Plan } from '../plan/model.js';
import type { HookResult } from './execute.js';
import { PAST, resultLine } from './words.js';

export class ApplyProgress {
  private readonly inFlight = new Set<string>();
  private readonly results = new Map<string, HookResult>();

  constructor(private readonly plan: Plan) {}

  started(target: string, index: number): void {
    this.inFlight.add(`${target}\u0000${index}`);
  }

  ended(result: HookResult, index: number): void {
    const id = `${result.target}\u0000${index}`;
    this.inFlight.delete(id);
    this.results.set(id, result);
  }

  /** The results as they stand, for a stop that does not wait for what is in flight. */
  interruptedText(signal: string): string {
    const lines: string[] = [];
    const count = { done: 0, failed: 0, flying: 0, unsent: 0 };
    for (const t of this.plan.targets) {
      t.changes.forEach((c, i) => {
        const id = `${t.target}\u0000${i}`;
        const r = this.results.get(id);
        const name = `${t.target}/${c.key}`;
        const [kind, line] =
          r !== undefined
            ? ([r.outcome === 'done' ? 'done' : 'failed', resultLine(r)] as const)
            : this.inFlight.has(id)
              ? (['flying', `  UNKNOWN ${name}: in flight when apply stopped; it may or may not have been ${PAST[c.action]}: run plan to see`] as const)
              : (['unsent', `  FAILED  ${name} not ${PAST[c.action]}: not sent: apply was stopped (${signal}) before this change began`] as const);
        count[kind]++;
        lines.push(line);
      });
    }
    const head = `Apply interrupted (${signal}): ${count.done} done, ${count.flying} in flight (outcome unknown), ${count.failed + count.unsent} not made (${count.unsent} never sent).`;
    return `\nResults:\n${lines.map(visible).join('\n')}\n\n${head}\n`;
  }
}
