/** apply against a flaky API: lost answers, rate limits, and the flags that bound the waiting. */
import { describe, expect, it } from 'vitest';
import { LOGTO_TARGET, runCli, writeTemp } from '../helpers/cli.js';
import { fakeClock } from '../helpers/clock.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox();
const TWO = '      - name: a\n        events: [PostRegister]\n        config: { url: https://a.example.com }\n      - name: b\n        events: [PostRegister]\n        config: { url: https://b.example.com }\n';

/** A Nursa target with `n` hooks (https://<host><i>.example.com/n) and the given rateLimit. */
const nursaFile = (n: number, host: string, rateLimit: string) =>
  writeTemp(`version: 1
targets:
  nursa-prod:
    provider: nursa
    endpoint: \${NURSA_ENDPOINT}
    auth: { clientId: "\${NURSA_CLIENT_ID}", clientSecret: "\${NURSA_CLIENT_SECRET}" }
    rateLimit: ${rateLimit}
    hooks:
${Array.from({ length: n }, (_, i) => `      - url: https://${host}${i}.example.com/n\n        events: [all]\n`).join('')}`);

describe('apply on a flaky API', () => {
  it('a create whose answer was lost after the server made the hook is found by a re-list, not sent again', async () => {
    const s = await sandbox();
    s.logto.server.faults.script.push({ fault: { kind: 'drop-after' }, method: 'POST', path: '/api/hooks' });
    const r = await runCli(['apply', '-c', writeTemp(LOGTO_TARGET(TWO)), '--yes', '--parallelism', '1'], s.env);
    expect(r.code).toBe(0);
    expect(s.logto.all().map((h) => h.name).sort()).toEqual(['a', 'b']); // no duplicate
    expect(s.logto.server.requests({ method: 'POST', pathPrefix: '/api/' })).toHaveLength(2);
    expect(s.logto.server.requests({ method: 'GET', pathPrefix: '/api/' })).toHaveLength(2); // the plan's list, the re-list
    expect(r.stdout).toMatch(/ {2}ok {6}logto-prod\/a created \(the answer to the create was lost \(the connection was closed before an answer came\); the re-list found the hook, so it was not sent again\)/);
  });

  it('a create that never reached the server is sent again once the re-list shows it missing', async () => {
    const s = await sandbox();
    s.logto.server.faults.script.push({ fault: { kind: 'drop' }, method: 'POST', path: '/api/hooks' });
    const r = await runCli(['apply', '-c', writeTemp(LOGTO_TARGET(TWO)), '--yes'], s.env);
    expect(r.code).toBe(0);
    expect(s.logto.all().map((h) => h.name).sort()).toEqual(['a', 'b']);
    expect(s.logto.server.requests({ method: 'POST', pathPrefix: '/api/' })).toHaveLength(3);
    expect(r.stdout).toContain('sent again after 1 lost answer: the re-list showed the hook was not made');
  });

  it('keeps to a target\'s stated rateLimit: the Nursa emulator refuses nothing', async () => {
    const s = await sandbox();
    s.nursa.rateLimit = { requests: 3, windowMs: 400 };
    const file = nursaFile(5, 'h', '{ requests: 3, per: 400ms }');
    const r = await runCli(['apply', '-c', file, '--yes'], s.env);
    expect(r.code).toBe(0);
    expect(s.nursa.all()).toHaveLength(5);
    const api = s.nursa.server.requests({ pathPrefix: '/api/' });
    expect(api.map((q) => q.status).filter((st) => st === 429)).toEqual([]);
    expect(api).toHaveLength(6);
  });

  it('tells the user when the limiter waits a second or more, why and for how long', async () => {
    const s = await sandbox();
    const file = nursaFile(3, 'w', '{ requests: 2, per: 1500ms }');
    const r = await runCli(['apply', '-c', file, '--yes', '--parallelism', '1'], s.env, { clock: fakeClock(Date.now(), 1) });
    expect(r.code).toBe(0);
    // The list and the first create fill the window; the next creates each wait for a slot.
    expect(r.stderr).toMatch(/^ {2}nursa-prod: waiting 1(\.\d)?s: keeping to 2 requests per 1\.5s \(rateLimit in hooks\.yaml\)$/m);
    expect(s.nursa.server.requests({ pathPrefix: '/api/' }).filter((q) => q.status === 429)).toHaveLength(0);
  });

  it('a rate limit longer than --max-wait fails the hook with the target, the wait and what to do', async () => {
    const s = await sandbox();
    s.logto.server.faults.script.push({ fault: { kind: 'rate-limit', retryAfterSeconds: 30 }, method: 'POST', path: '/api/hooks' });
    const r = await runCli(['apply', '-c', writeTemp(LOGTO_TARGET(TWO)), '--yes', '--parallelism', '1', '--max-wait', '5s'], s.env);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ {2}FAILED {2}logto-prod\/a not created: target logto-prod: rate limited: the next request would have to wait 30s \(the API asked to wait 30s \(Retry-After\)\), past the --max-wait budget of 5s \(\d+ms already spent on this request\); nothing more was sent for this request\. Raise --max-wait or run again later\n/);
    expect(r.stdout).toContain('Apply incomplete: 2 of 2 changes failed');
    expect(s.logto.all()).toHaveLength(0);
  });

  it('rejects a malformed duration and an empty window with the place and the fix', async () => {
    const bad = await runCli(['plan', '--max-wait', 'soon'], {});
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("error: option '--max-wait <duration>' argument 'soon' is invalid. must be a duration such as 500ms, 30s, 1m or 2h (a bare number is seconds)");
    const file = writeTemp(LOGTO_TARGET('      - name: a\n').replace('    hooks:', '    rateLimit: { requests: 10, per: 0s }\n    hooks:'));
    const r = await runCli(['validate', '-c', file], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/hooks\.yaml:\d+:\d+ targets\.logto-prod\.rateLimit\.per: the window must be longer than 0; write a duration such as 500ms/);
  });
});
