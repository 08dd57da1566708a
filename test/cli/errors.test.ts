import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { LOGTO_TARGET, runCli, writeTemp } from '../helpers/cli.js';
import { fakeClock } from '../helpers/clock.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox();
const HOOK = '      - name: a\n        events: [PostRegister]\n        config:\n          url: https://a.example.com\n          headers: { X-Token: "${HOOK_TOKEN}" }\n';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('errors', () => {
  it('reports every unset variable at once, with file:line, before any request', async () => {
    const s = await sandbox();
    const file = writeTemp(LOGTO_TARGET(HOOK));
    const r = await runCli(['plan', '-c', file], { LOGTO_ENDPOINT: s.env.LOGTO_ENDPOINT });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: HOOKSYNC_ENV_MISSING: 3 environment variables used by ${file} are not set (LOGTO_CLIENT_ID, LOGTO_CLIENT_SECRET, HOOK_TOKEN); nothing was sent
  ${file}:7:17 targets.logto-prod.auth.clientId: environment variable LOGTO_CLIENT_ID is not set; export it or write \${LOGTO_CLIENT_ID:-default}
  ${file}:8:21 targets.logto-prod.auth.clientSecret: environment variable LOGTO_CLIENT_SECRET is not set; export it or write \${LOGTO_CLIENT_SECRET:-default}
  ${file}:14:31 targets.logto-prod.hooks[0].config.headers.X-Token: environment variable HOOK_TOKEN is not set; export it or write \${HOOK_TOKEN:-default}
`);
    expect(s.logto.server.log).toHaveLength(0);
  });

  it('names the target when the credentials are wrong', async () => {
    const s = await sandbox();
    const r = await runCli(['plan', '-c', writeTemp(LOGTO_TARGET(HOOK))], { ...s.env, LOGTO_CLIENT_SECRET: 'wrong-secret-value', HOOK_TOKEN: 'tok-1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: HOOKSYNC_AUTH: target logto-prod: Logto answered 401 to the token request: invalid_client: client authentication failed; check auth.clientId and auth.clientSecret of target logto-prod (a machine-to-machine app with the Management API "all" scope); nothing was changed\n');
  });

  it('says which target could not be reached', async () => {
    const port = await closedPort();
    // The backoff is counted on a clock that moves only when hooksync sleeps.
    const r = await runCli(['plan', '-c', writeTemp(LOGTO_TARGET(HOOK))], { LOGTO_ENDPOINT: `http://127.0.0.1:${port}`, LOGTO_CLIENT_ID: 'id-1', LOGTO_CLIENT_SECRET: 'secret-1', HOOK_TOKEN: 'tok-1' }, { clock: fakeClock() });
    expect(r.code).toBe(1);
    // A refused connection is retried (the service may be restarting), and the user sees each wait.
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.length).toBe(6);
    expect(lines.slice(0, -1).every((l) => /^ {2}logto-prod: waiting \d+(\.\d)?m?s: network error \(connection refused.*; try \d$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^error: HOOKSYNC_NETWORK: target logto-prod: connection refused \(is the endpoint right, and is the service up\?\) \(gave up after 6 tries in \d+(\.\d)?m?s\); nothing was changed$/);
  });

  it('stops before any change when the API answers garbage', async () => {
    const s = await sandbox();
    s.logto.server.faults.script.push({ fault: { kind: 'garbage' }, path: '/api/hooks' });
    const r = await runCli(['apply', '-c', writeTemp(LOGTO_TARGET(HOOK)), '--yes'], { ...s.env, HOOK_TOKEN: 'tok-1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: HOOKSYNC_API: target logto-prod: Logto answered the hook list with HTTP 200 and a body that is not JSON');
    expect(s.logto.server.requests({ method: 'POST', pathPrefix: '/api/' })).toHaveLength(0);
  });

  it('refuses an ambiguous name before sending anything', async () => {
    const s = await sandbox();
    s.logto.seed({ name: 'a' });
    s.logto.seed({ name: 'a' });
    const r = await runCli(['apply', '-c', writeTemp(LOGTO_TARGET(HOOK)), '--yes'], { ...s.env, HOOK_TOKEN: 'tok-1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: HOOKSYNC_PLAN: cannot match the hooks of target logto-prod; nothing was changed');
    expect(r.stderr).toMatch(/2 live hooks are named "a" \(ids [0-9a-z]{21}, [0-9a-z]{21}\)/);
    expect(s.logto.server.requests({ pathPrefix: '/api/' }).map((q) => q.method)).toEqual(['GET']);
  });

  it('rejects unknown options and bad flag values with exit 1', async () => {
    const unknown = await runCli(['plan', '--frobnicate'], {});
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("error: unknown option '--frobnicate'");
    const format = await runCli(['plan', '--format', 'xml'], {});
    expect(format.code).toBe(1);
    expect(format.stderr).toContain("argument 'xml' is invalid. Allowed choices are text, markdown, json.");
    expect((await runCli(['nonsense'], {})).code).toBe(1);
  });
});
