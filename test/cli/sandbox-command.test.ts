/** `hooksync sandbox` as a process: export lines, `ready`, usable endpoints, clean stop. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../src/providers/all.js';
import { SANDBOX_PORTS } from '../../src/providers/sandbox.js';
import { runCli } from '../helpers/cli.js';

describe('hooksync sandbox', () => {
  it('prints one export line per variable, then ready, serves plans, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['build/cli/bin.js', 'sandbox', '--fail-rate', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const lines: string[] = [];
    for await (const line of createInterface({ input: child.stdout })) {
      lines.push(line);
      if (line === 'ready') break;
    }
    expect(lines.at(-1)).toBe('ready');
    const exports = lines.slice(0, -1);
    const names = [
      ...['LOGTO', 'AUTH0', 'BOLDPENGUIN', 'NURSA'].flatMap((p) => [`export ${p}_ENDPOINT`, `export ${p}_CLIENT_ID`, `export ${p}_CLIENT_SECRET`]),
      ...['ENDPOINT', 'TOKEN', 'REPOSITORY', 'ORGANIZATION'].map((n) => `export GITHUB_${n}`),
      ...['ENDPOINT', 'CLIENT_ID', 'CLIENT_SECRET'].map((n) => `export AUTH0_EVENTS_${n}`),
      'export STRIPE_ENDPOINT',
      'export STRIPE_SECRET_KEY',
      'export AUDIT_HOOK_URL',
      'export CRM_HOOK_URL',
      'export HOOKSYNC_SANDBOX_PID',
    ];
    expect(exports.map((l) => l.split('=')[0])).toEqual(names);
    const env = Object.fromEntries(exports.map((l) => l.replace(/^export /, '').split(/=(.*)/s).slice(0, 2) as [string, string]));
    expect(env.LOGTO_ENDPOINT).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(env.HOOKSYNC_SANDBOX_PID).toBe(String(child.pid));

    const plan = await runCli(['plan', '-c', 'hooks.example.yaml', '--detailed-exitcode'], { ...env, CRM_TOKEN: 'tok-12345' });
    expect(plan.stdout).toContain('Plan: 13 to add, 0 to change, 0 to delete.');
    expect(plan.code).toBe(2);
    const log = (await (await fetch(`${env.LOGTO_ENDPOINT}/__sandbox/requests`)).json()) as { method: string; path: string }[];
    expect(log.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /oidc/token', 'GET /api/hooks?page=1&page_size=100&includeExecutionStats=true']);
    const bp = (await (await fetch(`${env.BOLDPENGUIN_ENDPOINT}/__sandbox/requests`)).json()) as { method: string; path: string }[];
    expect(bp.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /auth/token?grant_type=client_credentials', 'GET /hooks']);

    // Its two receivers: apply the example, a user signs up and one is deleted, and the plan
    // shows the hook whose receiver fails (the CRM one) and not the healthy one.
    expect(env.AUDIT_HOOK_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ingest$/);
    const applied = await runCli(['apply', '-c', 'hooks.example.yaml', '-y', '-t', 'logto-prod'], { ...env, CRM_TOKEN: 'tok-12345' });
    expect(applied.code, applied.stderr).toBe(0);
    for (const event of ['PostRegister', 'User.Deleted']) {
      expect((await fetch(`${env.LOGTO_ENDPOINT}/__sandbox/trigger`, { method: 'POST', body: JSON.stringify({ event }) })).status).toBe(200);
    }
    const health = await runCli(['plan', '-c', 'hooks.example.yaml', '-t', 'logto-prod'], { ...env, CRM_TOKEN: 'tok-12345' });
    expect(health.stdout).toContain('Delivery: 1 managed hook fails to deliver');
    expect(health.stdout).toMatch(/! logto-prod\/crm-sync \(id \w+\): 1 of 1 deliveries failed in 24 h/);
    expect(health.stdout).not.toMatch(/! logto-prod\/audit-log/);
    const status = await runCli(['status', '-c', 'hooks.example.yaml', '-t', 'logto-prod'], { ...env, CRM_TOKEN: 'tok-12345' });
    expect(status.code).toBe(2);
    expect(status.stdout).toMatch(/ {2}ok {7}logto-prod\/audit-log .*the last answered 200/);
    expect(status.stdout).toMatch(/ {2}FAILING {2}logto-prod\/crm-sync .*the last answered 503/);

    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('sizes Auth0\'s bucket and Nursa\'s window from its flags', async () => {
    const { child, env, exit } = await sandboxProcess(['--auth0-burst', '3', '--auth0-rate', '0.5', '--auth0-retry-after', '--nursa-limit', '2', '--nursa-window', '1h']);
    // Auth0: the bucket says 3, and the fourth request in a row is refused with Retry-After.
    const auth0 = await Promise.all([1, 2, 3, 4].map(async () => {
      const res = await fetch(`${env.AUTH0_ENDPOINT}/api/v2/hooks`);
      return [res.status, res.headers.get('x-ratelimit-limit'), res.headers.get('retry-after')];
    }));
    expect(auth0.map((a) => a[1])).toEqual(['3', '3', '3', '3']);
    expect(auth0.filter((a) => a[0] === 429)).toEqual([[429, '3', '2']]);
    // Nursa: two requests per window, then an HTML 429.
    const nursa = [];
    for (let i = 0; i < 3; i++) nursa.push((await fetch(`${env.NURSA_ENDPOINT}/api/v2/public/webhooks/user`)).status);
    expect(nursa).toEqual([401, 401, 429]);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('plays an Auth0 tenant whose hook list leaves out the script with --auth0-list-without-script', async () => {
    const { child, env, exit } = await sandboxProcess(['--auth0-list-without-script']);
    const tokenAnswer = await fetch(`${env.AUTH0_ENDPOINT}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials', client_id: env.AUTH0_CLIENT_ID, client_secret: env.AUTH0_CLIENT_SECRET, audience: `${env.AUTH0_ENDPOINT}/api/v2/` }) });
    const auth = { authorization: `Bearer ${((await tokenAnswer.json()) as { access_token: string }).access_token}`, 'content-type': 'application/json' };
    const made = (await (await fetch(`${env.AUTH0_ENDPOINT}/api/v2/hooks`, { method: 'POST', headers: auth, body: JSON.stringify({ name: 'h', script: 'code', triggerId: 'credentials-exchange' }) })).json()) as { id: string; script: string };
    expect(made.script).toBe('code');
    const listed = (await (await fetch(`${env.AUTH0_ENDPOINT}/api/v2/hooks`, { headers: auth })).json()) as Record<string, unknown>[];
    expect(listed.map((h) => [h.name, 'script' in h])).toEqual([['h', false]]);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('--write-env: replaces a stale file only once ready, names its own pid, and a kill of that pid stops it and removes the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hooksync-sandbox-'));
    const file = join(dir, 'sandbox.env');
    writeFileSync(file, 'export LOGTO_ENDPOINT=http://stale.invalid\n');
    // Through a wrapper process, as `npx hooksync sandbox &` runs it: the wrapper's pid is not the one to stop.
    const wrapper = spawn('sh', ['-c', `"${process.execPath}" build/cli/bin.js sandbox --write-env "${file}"; echo wrapper-done`], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    for await (const line of createInterface({ input: wrapper.stdout })) {
      lines.push(line);
      if (line === 'ready') break;
    }
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# hooksync sandbox: source this file; stop the sandbox with: kill "$HOOKSYNC_SANDBOX_PID"');
    expect(text).not.toContain('stale.invalid');
    // The file holds exactly the lines stdout printed before ready.
    expect(text.split('\n').slice(1).filter(Boolean)).toEqual(lines.slice(0, -1));
    const pid = Number(/^export HOOKSYNC_SANDBOX_PID=(\d+)$/m.exec(text)?.[1]);
    expect(pid).not.toBe(wrapper.pid);
    const endpoint = /^export LOGTO_ENDPOINT=(.*)$/m.exec(text)![1]!;
    expect((await fetch(`${endpoint}/__sandbox/requests`)).status).toBe(200);

    const wrapperExit = new Promise<void>((resolve) => wrapper.on('exit', () => resolve()));
    process.kill(pid, 'SIGTERM');
    await wrapperExit;
    expect(existsSync(file)).toBe(false);
    await expect(fetch(`${endpoint}/__sandbox/requests`)).rejects.toThrow();
  });

  it('a busy port is one line naming the port and -p, and nothing is left listening', async () => {
    const { blocker, busy } = await blockAfterTwoFree();
    try {
      // The sandbox's third emulator (Bold Penguin) wants the busy port; the first two start, then stop again.
      const first = busy - 2;
      const r = await runCli(['sandbox', '-p', String(first)], { HOOKSYNC_DEBUG: '1' });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`error: HOOKSYNC_USAGE: cannot start the sandbox: port ${busy} on 127.0.0.1 is in use (another sandbox, or another program); choose other ports with -p PORT (the sandbox takes PORT to PORT+${SANDBOX_PORTS - 1}), or leave -p out to use free ones\n`);
      expect(r.stdout).toBe('');
      for (const port of [first, first + 1]) {
        const probe = createServer();
        await new Promise<void>((resolve, reject) => {
          probe.once('error', reject);
          probe.listen(port, '127.0.0.1', () => resolve());
        });
        await new Promise<void>((resolve) => probe.close(() => resolve()));
      }
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('says how many ports it takes, from the provider list, in --help, the busy-port error and the README', async () => {
    const last = `PORT+${SANDBOX_PORTS - 1}`;
    expect(SANDBOX_PORTS).toBe(PROVIDERS.length);
    expect((await runCli(['sandbox', '--help'], {})).stdout.replace(/\s+/g, ' ')).toContain(`the ${SANDBOX_PORTS} emulators take PORT to ${last}`);
    expect(readFileSync('README.md', 'utf8')).toContain(`PORT to ${last}, one per emulator`);
  });

  it('rejects a share outside 0..1', async () => {
    const r = await runCli(['sandbox', '--fail-rate', '2'], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("option '--fail-rate <share>' argument '2' is invalid. must be a number from 0 to 1");
  });
});

const listen = (port: number) =>
  new Promise<Server | undefined>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/**
 * A port held busy with the two below it free, below Linux's ephemeral range (32768 and up), so
 * the port-0 servers and connections of tests running beside this one cannot take them first.
 */
async function blockAfterTwoFree(): Promise<{ blocker: Server; busy: number }> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const busy = 20_002 + Math.floor(Math.random() * 10_000);
    const blocker = await listen(busy);
    if (!blocker) continue;
    const below = await Promise.all([listen(busy - 2), listen(busy - 1)]);
    await Promise.all(below.flatMap((s) => (s ? [close(s)] : [])));
    if (below.every(Boolean)) return { blocker, busy };
    await close(blocker);
  }
  throw new Error('found no three ports in a row to test with');
}

/** `hooksync sandbox` with these flags, as a process; resolves once it printed `ready`. */
async function sandboxProcess(flags: string[]) {
  const child = spawn(process.execPath, ['build/cli/bin.js', 'sandbox', ...flags], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const env: Record<string, string> = {};
  for await (const line of createInterface({ input: child.stdout })) {
    if (line === 'ready') break;
    const [name, value] = line.replace(/^export /, '').split(/=(.*)/s) as [string, string];
    env[name] = value;
  }
  return { child, env, exit };
}
