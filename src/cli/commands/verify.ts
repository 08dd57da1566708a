/**
 * `apply --verify`: after the apply, the hooks it created or changed get the vendor's test
 * delivery (as `hooksync test` sends it), read from a fresh list so each is tested as it now
 * stands. What each receiver answered is one line; a failure makes the apply exit 1.
 */
import type { HookResult } from '../../apply/execute.js';
import type { TestOutcome } from '../../core/adapter.js';
import type { Session } from '../session.js';
import { visible } from '../../core/visible.js';

export interface Verified {
  readonly target: string;
  readonly key: string;
  readonly id: string;
  readonly outcome: TestOutcome | 'no test delivery';
}

export async function verifyApplied(session: Session, results: readonly HookResult[]): Promise<Verified[]> {
  const touched = results.filter((r) => r.outcome === 'done' && r.action !== 'delete' && r.id !== undefined);
  if (touched.length === 0) return [];
  const states = await session.list();
  const out: Verified[] = [];
  for (const r of touched) {
    const state = states.find((s) => s.target.name === r.target);
    const live = state?.live.find((h) => h.id === r.id);
    const adapter = session.adapters.get(r.target);
    if (!live || !adapter) continue;
    out.push({ target: r.target, key: r.key, id: live.id, outcome: adapter.testDelivery ? await adapter.testDelivery(live) : 'no test delivery' });
  }
  return out;
}

/**
 * One test delivery's line, as `test` and `apply --verify` print it. The hook's key and the
 * vendor's words came from the vendor: shown as visible characters, never obeyed.
 */
export function outcomeLine(target: string, key: string, id: string, outcome: TestOutcome): string {
  const state = outcome.ok === true ? 'ok    ' : outcome.ok === false ? 'FAILED' : '?     ';
  return visible(`  ${state}  ${target}/${key || '(no name)'} (id ${id}): ${outcome.text}`);
}

export function verifiedText(verified: readonly Verified[]): string {
  const lines = verified.map((v) => (v.outcome === 'no test delivery' ? visible(`  -       ${v.target}/${v.key} (id ${v.id}): the vendor's API has no test delivery; not verified`) : outcomeLine(v.target, v.key, v.id, v.outcome)));
  return lines.length === 0 ? '' : `Verify (a test delivery to each hook made or changed):\n${lines.join('\n')}\n`;
}

export const verifyFailed = (verified: readonly Verified[]): boolean => verified.some((v) => v.outcome !== 'no test delivery' && v.outcome.ok === false);
