/**
 * The fault-convergence promise: the four emulators failing on purpose (20% 503s, 10% dropped
 * connections, 20% bare 429s), 40 hooks per provider, from an empty and from a drifted start.
 * Apply converges within 3 runs, never makes a duplicate, never reports done what is not, and
 * names every hook it could not change with the reason. The seeds are fixed and requests go one
 * at a time per target, so each emulator sees the same faults in the same order on every run of
 * the suite; HOOKSYNC_FAULT_SOAK=N runs N more seeds at the default parallelism.
 */
import { describe, expect, it } from 'vitest';
import { convergeUnderFaults, HARSH, type Scenario } from '../../bench/fault-mix.js';
import { runCli } from '../helpers/cli.js';

const SOAK = Number(process.env.HOOKSYNC_FAULT_SOAK ?? 0);

async function expectConvergence(s: Scenario) {
  const { runs, converged } = await convergeUnderFaults(s, runCli);
  const summary = runs.map((r, i) => `run ${i + 1}: exit ${r.code}, ${r.done} done, ${r.failed.length} failed, ${r.left} left${r.stopped ? ` (stopped: ${r.stopped})` : ''}${r.failed.map((f) => `\n  ${f.hook}: ${f.error}`).join('')}`).join('\n');
  expect(converged, summary).toBe(true);
  expect(runs.length, summary).toBeLessThanOrEqual(3);
  for (const r of runs) {
    expect(r.duplicates, summary).toEqual([]);
    expect(r.lost, summary).toEqual([]);
    // Every hook not changed is named with its reason; a run that stopped says which target.
    for (const f of r.failed) expect(f.error.length, `${f.hook} failed without a reason`).toBeGreaterThan(10);
    if (r.stopped !== undefined) expect(r.stopped).toMatch(/^error: HOOKSYNC_\w+: (target \w+: |could not list the live hooks of \d+ targets)/);
    if (r.code === 0) expect(r.failed).toEqual([]);
  }
  return runs;
}

describe('apply under a harsh fault mix', () => {
  it('converges from an empty start within 3 runs, with no duplicate and no lost update', async () => {
    const runs = await expectConvergence({ start: 'empty', hooks: 40, mix: HARSH, seed: 1, maxRuns: 3, parallelism: 1 });
    // The mix really bit: the first run could not do everything.
    expect(runs[0]!.failed.length + (runs[0]!.stopped ? 1 : 0)).toBeGreaterThan(0);
  }, 240_000);

  it('converges from a drifted start within 3 runs, with no duplicate and no lost update', async () => {
    await expectConvergence({ start: 'drifted', hooks: 40, mix: HARSH, seed: 2, maxRuns: 3, parallelism: 1 });
  }, 240_000);

  for (let i = 0; i < SOAK; i++) {
    it(`soak ${i + 1}: converges from ${i % 2 ? 'a drifted' : 'an empty'} start (seed ${100 + i}, parallelism 4)`, async () => {
      await expectConvergence({ start: i % 2 ? 'drifted' : 'empty', hooks: 40, mix: HARSH, seed: 100 + i, maxRuns: 3, parallelism: 4 });
    }, 600_000);
  }
});
