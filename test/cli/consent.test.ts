/**
 * Consent and interruption, as a person and as CI meet them: apply asks whenever its input is
 * a terminal (a pseudo-terminal here, through util-linux `script`), refuses without --yes when
 * it is not, and a SIGTERM mid-apply starts nothing new, reports what was and was not done,
 * exits 143, and a re-run converges without a duplicate. `export -o` never overwrites by accident.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOGTO_TARGET, runCli, writeTemp } from '../helpers/cli.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox();
const BIN = join(process.cwd(), 'build/cli/bin.js');

/**
 * `hooksync apply` as its own process (signals need one); `onStderr` sees stderr as it grows and
 * may signal the child. Resolves with the exit code and both outputs.
 */
function applyProcess(args: string[], env: Record<string, string>, onStderr: (stderr: string, child: ChildProcess) => void): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'apply', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
    onStderr(stderr, child);
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

const hooks = (n: number) => Array.from({ length: n }, (_, i) => `      - name: h${i}\n        events: [PostRegister]\n        config: { url: https://h${i}.example.com }\n`).join('');

/** Runs `command` under a pseudo-terminal; `answer` is typed once the prompt shows. */
function underTerminal(command: string, env: Record<string, string>, answer: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let answered = false;
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (!answered && output.includes('Only "yes" will be accepted')) {
        answered = true;
        child.stdin.write(`${answer}\n`);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('consent', () => {
  it('refuses without --yes when its input is not a terminal, after showing the plan, and sends nothing', async () => {
    const s = await sandbox();
    const r = await runCli(['apply', '-c', writeTemp(LOGTO_TARGET(hooks(1)))], s.env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Plan: 1 to add, 0 to change, 0 to delete.');
    expect(r.stderr).toBe('error: HOOKSYNC_USAGE: apply needs consent: its input is not a terminal, so no one can answer; pass --yes to apply the plan above; nothing was changed\n');
    expect(s.logto.server.requests({ method: 'POST', pathPrefix: '/api/' })).toEqual([]);
  });

  it('asks on a terminal even when stdout is piped, and only "yes" applies', async () => {
    const s = await sandbox();
    const file = writeTemp(LOGTO_TARGET(hooks(1)));
    const no = await underTerminal(`node ${BIN} apply -c ${file} | cat`, s.env, 'y');
    expect(no.output).toContain('Do you want to perform these actions? Only "yes" will be accepted:');
    expect(no.output).toContain('apply cancelled; nothing was changed');
    expect(s.logto.all()).toEqual([]);
    const yes = await underTerminal(`node ${BIN} apply -c ${file} | cat`, s.env, 'yes');
    expect(yes.code).toBe(0);
    expect(yes.output).toContain('Apply complete! 1 added');
    expect(s.logto.all().map((h) => h.name)).toEqual(['h0']);
  });
});

describe('interrupts', () => {
  it('SIGTERM mid-apply: nothing new starts, the results say what was done, exit 143; a re-run converges with no duplicate', async () => {
    const s = await sandbox();
    s.logto.server.faults.delayMs = 150;
    const file = writeTemp(LOGTO_TARGET(hooks(12)));
    const { code, stdout, stderr } = await applyProcess(['-c', file, '--yes', '--parallelism', '1'], s.env, (err, child) => {
      if (err.includes('[2/12]') && !child.killed) child.kill('SIGTERM');
    });
    expect(code).toBe(143);
    expect(stderr).toContain('SIGTERM: stopping; nothing new starts');
    const made = s.logto.all().length;
    expect(made).toBeGreaterThanOrEqual(2);
    expect(made).toBeLessThan(12);
    expect(stdout).toContain('not sent: apply was interrupted (SIGTERM) before this change began; run apply again to make it');
    expect(stdout).toContain(`Apply incomplete: ${12 - made} of 12 changes failed; the others were made. ${made} added`);
    s.logto.server.faults.delayMs = 0;
    const again = await runCli(['apply', '-c', file, '--yes'], s.env);
    expect(again.code).toBe(0);
    const names = s.logto.all().map((h) => h.name);
    expect(names).toHaveLength(12);
    expect(new Set(names).size).toBe(12);
  }, 30_000);
});

describe('a second signal', () => {
  it('stops at once, without waiting for what is in flight', async () => {
    const s = await sandbox();
    // Every create's answer is held until the child has gone: it is in flight when apply stops.
    const release = s.logto.server.hold({ method: 'POST', path: '/api/hooks' });
    const { code, stdout, stderr } = await applyProcess(['-c', writeTemp(LOGTO_TARGET(hooks(3))), '--yes'], s.env, (err, child) => {
      if (err.includes('Applying 3 changes') && !child.killed) {
        child.kill('SIGINT');
        setTimeout(() => child.kill('SIGINT'), 100);
      }
    });
    release();
    expect(code).toBe(130);
    expect(stderr).toContain('SIGINT: stopping');
    // It did not wait for the create in flight: no result came and the grace period never ran
    // out; what it printed says so.
    expect(stderr).not.toContain('[1/3]');
    expect(stderr).not.toContain('still in flight');
    expect(stdout).toMatch(/Apply interrupted \(SIGINT\): 0 done, [1-3] in flight \(outcome unknown\), [0-2] not made/);
  }, 30_000);
});

describe('export -o', () => {
  it('never overwrites the -c file, and another existing file only with --force', async () => {
    const s = await sandbox();
    s.logto.seed({ name: 'live' });
    const file = writeTemp(LOGTO_TARGET(hooks(1)));
    const before = readFileSync(file, 'utf8');
    const self = await runCli(['export', '-t', 'logto-prod', '-c', file, '-o', file], s.env);
    expect(self.code).toBe(1);
    expect(self.stderr).toContain(`-o ${file} is the hooks file this export reads`);
    expect(readFileSync(file, 'utf8')).toBe(before);
    const other = join(dirname(file), 'other.yaml');
    writeFileSync(other, 'keep me\n');
    const refused = await runCli(['export', '-t', 'logto-prod', '-c', file, '-o', other], s.env);
    expect(refused.stderr).toContain(`${other} exists; pass --force to replace it`);
    expect(readFileSync(other, 'utf8')).toBe('keep me\n');
    const forced = await runCli(['export', '-t', 'logto-prod', '-c', file, '-o', other, '--force'], s.env);
    expect(forced.code).toBe(0);
    expect(readFileSync(other, 'utf8')).toContain('name: live');
    const fresh = join(dirname(file), 'fresh.yaml');
    expect((await runCli(['export', '-t', 'logto-prod', '-c', file, '-o', fresh], s.env)).code).toBe(0);
    expect(existsSync(fresh)).toBe(true);
  });
});

describe('a stop that cannot wait', () => {
  it('SIGTERM while a request hangs: when the grace period runs out, the results still say what was done, in flight and not sent', async () => {
    const s = await sandbox();
    s.logto.seed({ name: 'h0', enabled: false, events: ['PostRegister'], config: { url: 'https://h0.example.com' } });
    const release = s.logto.server.hold({ method: 'POST', path: '/api/hooks' });
    const file = writeTemp(LOGTO_TARGET(hooks(3).replace('      - name: h0\n', '      - name: h0\n        enabled: true\n')));
    const { code, stdout, stderr } = await applyProcess(['-c', file, '--yes', '--parallelism', '1'], { ...s.env, HOOKSYNC_STOP_GRACE: '100ms' }, (err, child) => {
      // The update is done and the first create hangs: stop now.
      if (err.includes('[1/3]') && !child.killed) child.kill('SIGTERM');
    });
    release();
    expect(code).toBe(143);
    expect(stderr).toContain('error: HOOKSYNC_ABORTED: requests still in flight 100ms after SIGTERM');
    expect(stdout).toContain('  ok      logto-prod/h0 updated');
    expect(stdout).toMatch(/ {2}UNKNOWN logto-prod\/h[12]: in flight when apply stopped; it may or may not have been created: run plan to see/);
    expect(stdout).toMatch(/ {2}FAILED {2}logto-prod\/h[12] not created: not sent: apply was stopped \(SIGTERM\) before this change began/);
    expect(stdout).toContain('Apply interrupted (SIGTERM): 1 done, 1 in flight (outcome unknown), 1 not made (1 never sent).');
  }, 30_000);
});
