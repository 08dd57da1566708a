/** Colour on a terminal only, NO_COLOR and FORCE_COLOR honoured, and colour never changes the words. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { colourPlanText, colourStderr, colourWanted } from '../../src/cli/colour.js';
import { writeTemp } from '../helpers/cli.js';

const ESC = '\x1b[';
const strip = (s: string) => s.replace(new RegExp(`${ESC.replace('[', '\\[')}[0-9;]*m`, 'g'), '');

describe('colour', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{}, undefined, false],
    [{ TERM: 'dumb' }, true, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, true, false],
  ])('env %o on a terminal=%s: colour %s', (env, tty, wanted) => {
    expect(colourWanted(env, tty)).toBe(wanted);
  });

  it('colours plan lines by their sign and leaves the text as it was', () => {
    const plan = '# logto-prod/a will be updated in-place (id 1)\n    ~ enabled: false -> true\n    + events: ["X"]\n    - config.retries: 3\n    ! REFUSED, apply will not send this: why\n\nPlan: 0 to add, 1 to change, 0 to delete.\n';
    const coloured = colourPlanText(plan);
    expect(strip(coloured)).toBe(plan);
    expect(coloured).toContain(`    ${ESC}33m~ enabled: false -> true${ESC}0m\n`);
    expect(coloured).toContain(`    ${ESC}32m+ events: ["X"]${ESC}0m\n`);
    expect(coloured).toContain(`    ${ESC}31m- config.retries: 3${ESC}0m\n`);
    expect(coloured).toContain(`${ESC}1;31m! REFUSED`);
    expect(colourStderr('error: HOOKSYNC_USAGE: x\n  detail\n')).toBe(`${ESC}1;31merror:${ESC}0m HOOKSYNC_USAGE: x\n  detail\n`);
  });

  // The real process: bin.ts decides from the environment and the streams (pipes here).
  const file = writeTemp('version: 1\ntargets: {}\nbogus: 1\n');
  const run = (env: Record<string, string>) => spawnSync(process.execPath, ['build/cli/bin.js', 'validate', '-c', file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });

  it('a pipe gets no colour; FORCE_COLOR gives it colour; NO_COLOR takes it away again', () => {
    expect(run({}).stderr).not.toContain(ESC);
    const forced = run({ FORCE_COLOR: '1' });
    expect(forced.stderr).toContain(`${ESC}1;31merror:${ESC}0m`);
    expect(strip(forced.stderr)).toBe(run({}).stderr);
    expect(run({ FORCE_COLOR: '1', NO_COLOR: '1' }).stderr).not.toContain(ESC);
  });
});
