/**
 * The README's sandbox recipe, run as written, in bash, from the repository root: the sandbox
 * comes up, validate/plan/apply work against it, and `kill "$HOOKSYNC_SANDBOX_PID"` stops the
 * emulators themselves (no port left answering, sandbox.env gone). `npx hooksync` resolves to
 * this package's own bin here, so nothing is fetched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Try it against the sandbox'));
const recipe = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

describe('README sandbox recipe', () => {
  it('is found', () => {
    expect(recipe).toContain('hooksync sandbox --write-env sandbox.env &');
    expect(recipe).toContain('kill "$HOOKSYNC_SANDBOX_PID"');
  });

  it('runs as written and leaves nothing running', () => {
    expect(existsSync('sandbox.env')).toBe(false);
    // After the recipe: say which endpoint it used, so the test can check it is gone.
    const script = `set -e\n${recipe}\nwait_gone() { for i in $(seq 100); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done; return 1; }\nwait_gone "$HOOKSYNC_SANDBOX_PID"\necho "ENDPOINT=$LOGTO_ENDPOINT"\n`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 120_000, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/hooks\.example\.yaml is valid: 8 targets, 12 hooks\./);
    expect(r.stdout).toContain('Plan: 13 to add, 0 to change, 0 to delete.');
    expect(r.stdout).toContain('Apply complete! 13 added, 0 changed, 0 deleted.');
    expect(r.stdout).not.toContain('the sandbox did not start');
    expect(existsSync('sandbox.env')).toBe(false);
    const endpoint = /^ENDPOINT=(.+)$/m.exec(r.stdout)?.[1];
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const probe = spawnSync(process.execPath, ['-e', 'fetch(process.argv[1]).then(() => process.exit(1), () => process.exit(0))', endpoint!]);
    expect(probe.status).toBe(0);
    // Six processes one after another (sandbox, validate, plan, apply, plan, stop): on a loaded
    // two-core runner that took over 20 s, though 7 s alone.
  }, 90_000);
});
