/**
 * Does the webhook work? The emulators deliver as their vendors do, to real receivers on
 * 127.0.0.1 (one healthy, one failing), signed as the vendor signs; the plan reads the health
 * the list already carries (GitHub's last_response, Logto's executionStats) and marks the failing
 * managed hooks in text, markdown and JSON, with no payload, signature or secret in any output.
 * Logto's test deliveries answer as the real server did (recorded-deliveries.json).
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { GithubEmulator } from '../../src/providers/github/emulator.js';
import { LogtoEmulator } from '../../src/providers/logto/emulator.js';
import { EventStreamsEmulator } from '../../src/providers/auth0-event-streams/emulator.js';
import { BoldPenguinEmulator } from '../../src/providers/boldpenguin/emulator.js';
import { NursaEmulator } from '../../src/providers/nursa/emulator.js';
import { leakedSecrets, runCli, writeTemp } from '../helpers/cli.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox();

interface Received {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A Logto target block named `name` on the emulator, with hook lines already indented for `hooks:`. */
const logtoTarget = (emu: LogtoEmulator, hooks: string, name = 't'): string =>
  `  ${name}:\n    provider: logto\n    endpoint: ${emu.url}\n    auth: { clientId: "${emu.clientId}", clientSecret: "${emu.clientSecret}" }\n    hooks:\n${hooks}`;

/** The GitHub target both status tests use: the emulator's repository, one hook to the receiver's /ok/gh. */
const githubTarget = (gh: GithubEmulator, receiverUrl: string): string =>
  `  gh:\n    provider: github\n    endpoint: ${gh.url}\n    repository: acme/webhooks\n    auth: { token: "${gh.token}" }\n    hooks:\n      - config: { url: "${receiverUrl}/ok/gh", content_type: json }\n        events: [push]\n`;

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((s) => s()));
});

/** A receiver: `/ok` answers 200, `/fail` 502 with a body, and every request is kept. */
async function receiver(): Promise<{ url: string; got: Received[] }> {
  const got: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      got.push({ path: req.url ?? '', headers: req.headers, body });
      if (req.url?.startsWith('/fail')) res.writeHead(502).end('receiver-error-body-Q7');
      else res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  stops.push(() => new Promise((r) => server.close(() => r())));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, got };
}

const hmac = (key: string, body: string) => createHmac('sha256', key).update(body).digest('hex');

describe('delivery health in the plan', () => {
  it('Logto: events delivered, signed with the signing key, counted; the failing hook is marked in all three formats', async () => {
    const r = await receiver();
    const emu = await new LogtoEmulator().start();
    stops.push(() => emu.stop());
    emu.seed({ name: 'healthy', events: ['PostRegister'], config: { url: `${r.url}/ok` }, enabled: true });
    emu.seed({ name: 'broken', events: ['PostRegister'], config: { url: `${r.url}/fail` }, enabled: true });
    emu.seed({ name: 'quiet', events: ['PostSignIn'], config: { url: `${r.url}/fail` }, enabled: true });
    for (let i = 0; i < 3; i++) await emu.trigger('PostRegister');
    expect(r.got).toHaveLength(6);
    for (const d of r.got) {
      const hook = emu.all().find((h) => h.id === (JSON.parse(d.body) as { hookId: string }).hookId)!;
      expect(d.headers['logto-signature-sha-256']).toBe(hmac(hook.signingKey, d.body));
      expect(d.headers['user-agent']).toBe('Logto (https://logto.io/)');
    }
    const file = writeTemp(`version: 1\ntargets:\n${logtoTarget(emu, ['healthy', 'broken', 'quiet'].map((n) => `      - { name: ${n}, events: [${n === 'quiet' ? 'PostSignIn' : 'PostRegister'}], config: { url: "${r.url}/${n === 'healthy' ? 'ok' : 'fail'}" }, enabled: true }\n`).join(''))}`);
    const broken = emu.all().find((h) => h.name === 'broken')!;
    const text = await runCli(['plan', '-c', file, '--detailed-exitcode'], {});
    expect(text.code, text.stderr).toBe(0); // no changes: health is not a change
    expect(text.stdout).toBe(`Delivery: 1 managed hook fails to deliver, as the vendor's list says:\n  ! t/broken (id ${broken.id}): 3 of 3 deliveries failed in 24 h\n\nNo changes. Live hooks match the configuration.\n`);
    const json = JSON.parse((await runCli(['plan', '-c', file, '-f', 'json'], {})).stdout) as { summary: { failing: number }; targets: { failing?: unknown[] }[] };
    expect(json.summary.failing).toBe(1);
    expect(json.targets[0]!.failing).toEqual([{ key: 'broken', id: broken.id, text: '3 of 3 deliveries failed in 24 h' }]);
    const md = await runCli(['plan', '-c', file, '-f', 'markdown'], {});
    expect(md.stdout).toContain(`**1 managed hook fails to deliver**, as the vendor's list says:\n\n- t/broken (id ${broken.id}): 3 of 3 deliveries failed in 24 h\n`);
    const outputs = [text.stdout, text.stderr, md.stdout, JSON.stringify(json)];
    expect(leakedSecrets(outputs, [...emu.all().map((h) => h.signingKey), 'receiver-error-body-Q7', 'sess-emulated', r.got[0]!.headers['logto-signature-sha-256'] as string])).toEqual([]);
  });

  it('Logto: a test delivery answers as the real server did, goes to the config in its body, and is not counted', async () => {
    const recorded = JSON.parse(readFileSync('test/providers/logto/recorded-deliveries.json', 'utf8')) as { test: Record<string, { status: number; body: Record<string, unknown> | null }> };
    const r = await receiver();
    const emu = await new LogtoEmulator().start();
    stops.push(() => emu.stop());
    const hook = emu.seed({ name: 'probe', events: ['PostRegister'], config: { url: `${r.url}/ok` }, enabled: true });
    const token = (await (await fetch(`${emu.url}/oidc/token`, { method: 'POST', headers: { authorization: `Basic ${Buffer.from(`${emu.clientId}:${emu.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&resource=https://default.logto.app/api&scope=all' })).json()) as { access_token: string };
    const test = async (url: string) => {
      const res = await fetch(`${emu.url}/api/hooks/${hook.id}/test`, { method: 'POST', headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' }, body: JSON.stringify({ events: ['PostRegister'], config: { url } }) });
      return { status: res.status, body: res.status === 204 ? null : ((await res.json()) as Record<string, unknown>) };
    };
    const answers = { ok: await test(`${r.url}/ok`), fail: await test(`${r.url}/fail`), unreachable: await test('http://127.0.0.1:1/nothing') };
    for (const k of ['ok', 'fail', 'unreachable'] as const) {
      expect(answers[k].status, k).toBe(recorded.test[k]!.status);
      expect(answers[k].body?.code, k).toBe(recorded.test[k]!.body?.code);
    }
    expect(answers.fail.body).toEqual({ code: 'hook.endpoint_responded_with_error', data: { responseStatus: 502, responseBody: 'receiver-error-body-Q7' }, message: 'Endpoint responded with error.' });
    expect(r.got.map((g) => g.path)).toEqual(['/ok', '/fail']);
    expect(r.got[0]!.headers['logto-signature-sha-256']).toBe(hmac(hook.signingKey, r.got[0]!.body));
    const listed = (await (await fetch(`${emu.url}/api/hooks?includeExecutionStats=true`, { headers: { authorization: `Bearer ${token.access_token}` } })).json()) as { executionStats: unknown }[];
    expect(listed[0]!.executionStats).toEqual({ successCount: 0, requestCount: 0 });
  });

  it('GitHub: a delivery signed with the secret sets last_response; the plan marks the hook whose last delivery failed', async () => {
    const r = await receiver();
    const emu = await new GithubEmulator().start();
    stops.push(() => emu.stop());
    const secret = 'gh-hook-secret-V9';
    emu.seed('repos/acme/webhooks', { config: { url: `${r.url}/ok`, content_type: 'json', secret }, events: ['push'] });
    const bad = emu.seed('repos/acme/webhooks', { config: { url: `${r.url}/fail`, content_type: 'json', secret }, events: ['push'] });
    emu.seed('repos/acme/webhooks', { config: { url: `${r.url}/fail/never`, content_type: 'json' }, events: ['release'] });
    await emu.trigger('repos/acme/webhooks', 'push');
    expect(r.got.map((g) => g.path)).toEqual(['/ok', '/fail']);
    for (const d of r.got) {
      expect(d.headers['x-hub-signature-256']).toBe(`sha256=${hmac(secret, d.body)}`);
      expect(d.headers['x-github-event']).toBe('push');
    }
    const file = writeTemp(`version: 1\ntargets:\n  gh:\n    provider: github\n    endpoint: ${emu.url}\n    repository: acme/webhooks\n    auth: { token: "${emu.token}" }\n    hooks:\n      - config: { url: "${r.url}/ok", content_type: json }\n        events: [push]\n      - config: { url: "${r.url}/fail", content_type: json }\n        events: [push]\n      - config: { url: "${r.url}/fail/never", content_type: json }\n        events: [release]\n`);
    const plan = await runCli(['plan', '-c', file], {});
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain(`Delivery: 1 managed hook fails to deliver, as the vendor's list says:\n  ! gh/${r.url}/fail (id ${bad.id}): last delivery failed: 502\n`);
    expect(leakedSecrets([plan.stdout, plan.stderr], [secret, 'receiver-error-body-Q7', r.got[1]!.headers['x-hub-signature-256'] as string])).toEqual([]);
  });

  it('hooksync test: Logto tests each managed hook as it stands, GitHub pings it; failures exit 1 with the status, nothing else shown', async () => {
    const r = await receiver();
    const logto = await new LogtoEmulator().start();
    const gh = await new GithubEmulator().start();
    stops.push(() => logto.stop(), () => gh.stop());
    const ok = logto.seed({ name: 'healthy', events: ['PostRegister'], config: { url: `${r.url}/ok`, headers: { 'X-Key': 'header-secret-K2' } }, enabled: true });
    const bad = logto.seed({ name: 'broken', events: ['PostRegister'], config: { url: `${r.url}/fail` }, enabled: true });
    logto.seed({ name: 'unmanaged', events: ['PostRegister'], config: { url: `${r.url}/ok/unmanaged` }, enabled: true });
    const ping = gh.seed('repos/acme/webhooks', { config: { url: `${r.url}/ok/gh`, content_type: 'json', secret: 'gh-secret-T4' }, events: ['push'] });
    const file = writeTemp(`version: 1
targets:
${logtoTarget(logto, `      - { name: healthy, events: [PostRegister], config: { url: "${r.url}/ok" } }
      - { name: broken, events: [PostRegister], config: { url: "${r.url}/fail" } }
`)}${githubTarget(gh, r.url)}`);
    const all = await runCli(['test', '-c', file], {});
    expect(all.code).toBe(1);
    expect(all.stdout).toBe(
      `  ok      t/healthy (id ${ok.id}): test delivery answered 2xx\n  FAILED  t/broken (id ${bad.id}): test delivery failed: 502\n  ok      gh/${r.url}/ok/gh (id ${ping.id}): ping answered 200\nTested 3 hooks: 2 answered, 1 FAILED.\n`,
    );
    // The unmanaged hook got nothing; the managed ones got one signed delivery each, with their own headers.
    expect(r.got.map((g) => g.path).sort()).toEqual(['/fail', '/ok', '/ok/gh']);
    expect(r.got.find((g) => g.path === '/ok')!.headers['x-key']).toBe('header-secret-K2');
    expect(r.got.find((g) => g.path === '/ok/gh')!.headers['x-github-event']).toBe('ping');
    const one = await runCli(['test', '-c', file, '-t', 't', 'healthy'], {});
    expect(one.code, one.stdout + one.stderr).toBe(0);
    expect(one.stdout).toBe(`  ok      t/healthy (id ${ok.id}): test delivery answered 2xx\nTested 1 hook: 1 answered.\n`);
    const missing = await runCli(['test', '-c', file, '-t', 't', 'nope'], {});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('error: HOOKSYNC_USAGE: no managed live hook is "nope" (name it by its key or id, as plan shows it); nothing was sent\n');
    expect(leakedSecrets([all.stdout, all.stderr, one.stdout], ['header-secret-K2', 'gh-secret-T4', 'receiver-error-body-Q7', ok.signingKey])).toEqual([]);
  });

  it('apply --verify tests each hook it made or changed, after the apply, and exits 1 when a receiver fails; without it nothing is delivered', async () => {
    const r = await receiver();
    const emu = await new LogtoEmulator().start();
    stops.push(() => emu.stop());
    emu.seed({ name: 'same', events: ['PostRegister'], config: { url: `${r.url}/ok/same` }, enabled: true });
    emu.seed({ name: 'moved', events: ['PostRegister'], config: { url: `${r.url}/ok/old` }, enabled: true });
    const file = writeTemp(`version: 1
targets:
${logtoTarget(emu, '')}      - { name: same, events: [PostRegister], config: { url: "${r.url}/ok/same" } }
      - { name: moved, events: [PostRegister], config: { url: "${r.url}/fail/new" } }
      - { name: added, events: [PostRegister], config: { url: "${r.url}/ok/added" } }
`);
    const plain = await runCli(['plan', '-c', file], {});
    expect(plain.code).toBe(0);
    expect(r.got).toEqual([]); // a plan never sends a test
    const applied = await runCli(['apply', '-c', file, '--yes', '--verify'], {});
    expect(applied.code).toBe(1);
    const added = emu.all().find((h) => h.name === 'added')!;
    const moved = emu.all().find((h) => h.name === 'moved')!;
    expect(applied.stdout).toContain(`Verify (a test delivery to each hook made or changed):\n  FAILED  t/moved (id ${moved.id}): test delivery failed: 502\n  ok      t/added (id ${added.id}): test delivery answered 2xx\n`);
    expect(r.got.map((g) => g.path).sort()).toEqual(['/fail/new', '/ok/added']);
    const again = await runCli(['apply', '-c', file, '--yes', '--verify'], {});
    expect(again.code, again.stdout).toBe(0); // nothing changed, nothing to verify
    expect(r.got).toHaveLength(2);
  });

  it('hooksync status: each vendor\'s own record, statuses and times only, exit 2 when a managed hook fails; Event Streams tests and logs failures', async () => {
    const r = await receiver();
    const gh = await new GithubEmulator().start();
    const logto = await new LogtoEmulator().start();
    const es = await new EventStreamsEmulator().start();
    const bp = await new BoldPenguinEmulator().start();
    // Nursa takes only https URLs: its deliveries to staffing.example.com reach the local receiver.
    const nursa = await new NursaEmulator({ route: (url) => url.replace('https://staffing.example.com', r.url) }).start();
    stops.push(() => gh.stop(), () => logto.stop(), () => es.stop(), () => bp.stop(), () => nursa.stop());
    const ghOk = gh.seed('repos/acme/webhooks', { config: { url: `${r.url}/ok/gh`, content_type: 'json', secret: 'gh-secret-S1' }, events: ['push'] });
    await gh.trigger('repos/acme/webhooks', 'push');
    await gh.trigger('repos/acme/webhooks', 'push');
    const lt = logto.seed({ name: 'broken', events: ['PostRegister'], config: { url: `${r.url}/fail/logto` }, enabled: true });
    await logto.trigger('PostRegister');
    const stream = es.seed({ name: 'users', status: 'enabled', subscriptions: ['user.created'], destination: { type: 'webhook', configuration: { webhook_endpoint: `${r.url}/fail/es`, webhook_authorization: { method: 'bearer', token: 'es-bearer-token-Z8' } } } });
    await es.trigger('user.created');
    const sub = bp.seed({ url: `${r.url}/ok/bp`, events: ['quote_request'], active: true, secret: 'bp-secret-W3', header: 'X-Api-Key: bp-header-secret-J6' });
    await bp.trigger('quote_request');
    const nursaHook = nursa.seed({ url: 'https://staffing.example.com/fail/nursa', events: ['facility.user-connection.accepted'], secrets: ['nursa-secret-K4'] });
    nursa.seed({ url: 'https://quiet.example.com/nursa', events: ['facility.creation.accepted'] });
    await nursa.trigger('facility.user-connection.accepted');
    const file = writeTemp(`version: 1
targets:
${githubTarget(gh, r.url)}${logtoTarget(logto, `      - { name: broken, events: [PostRegister], config: { url: "${r.url}/fail/logto" } }
`, 'lt')}  es:
    provider: auth0-event-streams
    endpoint: ${es.url}
    auth: { clientId: "${es.clientId}", clientSecret: "${es.clientSecret}" }
    hooks:
      - { name: users, status: enabled, subscriptions: [{ event_type: user.created }] }
  bp:
    provider: boldpenguin
    endpoint: ${bp.url}
    auth: { clientId: "${bp.clientId}", clientSecret: "${bp.clientSecret}" }
    hooks:
      - { url: "${r.url}/ok/bp", events: [quote_request] }
  nursa:
    provider: nursa
    endpoint: ${nursa.url}
    auth: { clientId: "${nursa.clientId}", clientSecret: "${nursa.clientSecret}" }
    hooks:
      - { url: "https://staffing.example.com/fail/nursa", events: [facility.user-connection.accepted] }
      - { url: "https://quiet.example.com/nursa", events: [facility.creation.accepted] }
`);
    const text = await runCli(['status', '-c', file], {});
    expect(text.code, text.stderr).toBe(2);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^  ok       gh/${r.url.replace(/[.]/g, '\\.')}/ok/gh \\(id ${ghOk.id}\\): 0 of 2 failed; the last answered 200, 20\\d\\d-\\d\\d-\\d\\dT[\\d:]+Z \\(the last 2 deliveries\\)$`));
    expect(lines[1]).toMatch(new RegExp(`^  FAILING  lt/broken \\(id ${lt.id}\\): 1 of 1 deliveries failed in 24 h; the last answered 502, 20\\d\\d-\\d\\d-\\d\\dT[\\d:.]+Z \\(the last 24 hours\\)$`));
    expect(lines[2]).toMatch(new RegExp(`^  FAILING  es/users \\(id ${stream.id}\\): 1 failed delivery recorded, the last 20\\d\\d-[\\d-]+T[\\d:.]+Z \\(the failed deliveries Auth0 keeps\\)$`));
    expect(lines[3]).toMatch(new RegExp(`^ {2}ok {7}bp/.*/ok/bp \\(id ${sub.id}\\): 0 of 1 failed; the last answered 200, 20\\d\\d-[\\d-]+T[\\d:.]+Z \\(the last request\\)$`));
    // Nursa's logs: its failed delivery, tried three times (two retries); a webhook with no entry there is not called healthy.
    expect(lines[4]).toMatch(new RegExp(`^  FAILING  nursa/.*/fail/nursa \\(id ${nursaHook.id}\\): 1 of 1 failed; the last answered 502, 20[\\d-]+T[\\d:.]+Z \\(its entry among Nursa's newest 100 logs\\)$`));
    expect(lines[5]).toMatch(/^ {2}- {8}nursa\/https:\/\/quiet\.example\.com\/nursa .*: no deliveries of this webhook in Nursa's newest logs \(whether Nursa logs user webhooks there is not confirmed\)/);
    expect(lines[6]).toBe('6 managed hooks: 3 FAILING.');
    const nursaDelivery = r.got.filter((g) => g.path === '/fail/nursa');
    expect(nursaDelivery).toHaveLength(3);
    expect(nursaDelivery[0]!.headers['x-nursa-signature']).toBe(hmac('nursa-secret-K4', nursaDelivery[0]!.body));
    const bpDelivery = r.got.find((g) => g.path === '/ok/bp')!;
    expect(bpDelivery.headers['x-signature']).toBe(hmac('bp-secret-W3', bpDelivery.body));
    expect(bpDelivery.headers['x-api-key']).toBe('bp-header-secret-J6');
    const json = JSON.parse((await runCli(['status', '-c', file, '-f', 'json'], {})).stdout) as { failing: number; hooks: { target: string; failing?: boolean; attempts?: unknown[] }[] };
    expect(json.failing).toBe(3);
    expect(json.hooks.map((h) => [h.target, h.failing])).toEqual([['gh', false], ['lt', true], ['es', true], ['bp', false], ['nursa', true], ['nursa', false]]);
    expect(json.hooks[0]!.attempts).toHaveLength(2);
    const md = await runCli(['status', '-c', file, '-f', 'markdown', '-t', 'es'], {});
    expect(md.code).toBe(2);
    expect(md.stdout).toContain('### hooksync status: 1 managed hook fails to deliver\n');
    // Event Streams' test: a 202 with the attempt, the receiver reached with the stream's bearer token.
    const tested = await runCli(['test', '-c', file, '-t', 'es'], {});
    expect(tested.code).toBe(1);
    expect(tested.stdout).toContain(`  FAILED  es/users (id ${stream.id}): test delivery of user.created failed\n`);
    // The event tried three times (two retries, one failed delivery in the log), the test once.
    expect(r.got.filter((g) => g.path === '/fail/es').map((g) => g.headers.authorization)).toEqual(Array(4).fill('Bearer es-bearer-token-Z8'));
    const healthy = await runCli(['status', '-c', file, '-t', 'gh'], {});
    expect(healthy.code).toBe(0);
    expect(leakedSecrets([text.stdout, text.stderr, JSON.stringify(json), md.stdout, tested.stdout, tested.stderr], ['gh-secret-S1', 'es-bearer-token-Z8', 'receiver-error-body-Q7', lt.signingKey, 'auth0|emulated', 'bp-secret-W3', 'bp-header-secret-J6', 'nursa-secret-K4', 'facility-emulated'])).toEqual([]);
  });

  it('Nursa: where its logs hold no user webhook (a point not confirmed), status says it cannot tell rather than "ok"; the logs are bounded as documented', async () => {
    const r = await receiver();
    const nursa = await new NursaEmulator({ userWebhooksInLogs: false, route: (url) => url.replace('https://staffing.example.com', r.url) }).start();
    stops.push(() => nursa.stop());
    nursa.seed({ url: 'https://staffing.example.com/fail/nursa', events: ['all'] });
    await nursa.trigger('facility.creation.accepted');
    expect(r.got.filter((g) => g.path === '/fail/nursa')).toHaveLength(3);
    const file = writeTemp(`version: 1\ntargets:\n  n:\n    provider: nursa\n    endpoint: ${nursa.url}\n    auth: { clientId: "${nursa.clientId}", clientSecret: "${nursa.clientSecret}" }\n    hooks:\n      - { url: "https://staffing.example.com/fail/nursa", events: [all] }\n`);
    const out = await runCli(['status', '-c', file], {});
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/^ {2}- {8}n\/https:\/\/staffing\.example\.com\/fail\/nursa .*: no deliveries of this webhook in Nursa's newest logs/);
    const token = (await (await fetch(`${nursa.url}/oidc/oauth/token`, { method: 'POST', headers: { authorization: `Basic ${Buffer.from(`${nursa.clientId}:${nursa.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' })).json()) as { access_token: string };
    const logs = await fetch(`${nursa.url}/api/v2/public/webhooks/logs?limit=101`, { headers: { authorization: `Bearer ${token.access_token}` } });
    expect(logs.status).toBe(400);
    expect(await logs.json()).toEqual({ message: ['limit must not be greater than 100'], error: 'Bad Request', statusCode: 400 });
  });

  it('the sandbox delivers on POST /__sandbox/trigger, on each emulator that sends deliveries, and refuses what is not a trigger', async () => {
    const r = await receiver();
    const s = await sandbox();
    s.logto.seed({ name: 'a', events: ['PostRegister'], config: { url: `${r.url}/ok/logto` }, enabled: true });
    s.github.seed(`repos/${s.github.repository}`, { config: { url: `${r.url}/ok/gh`, content_type: 'json' }, events: ['push'] });
    s.boldpenguin.seed({ url: `${r.url}/fail/bp`, events: ['quote_request'], active: true });
    s['auth0-event-streams'].seed({ name: 'u', status: 'enabled', subscriptions: ['user.created'], destination: { type: 'webhook', configuration: { webhook_endpoint: `${r.url}/ok/es`, webhook_authorization: { method: 'bearer', token: 't0k3n-es' } } } });
    const trigger = (url: string, body: string) => fetch(`${url}/__sandbox/trigger`, { method: 'POST', body });
    for (const [url, event] of [[s.env.LOGTO_ENDPOINT!, 'PostRegister'], [s.env.GITHUB_ENDPOINT!, 'push'], [s.env.BOLDPENGUIN_ENDPOINT!, 'quote_request'], [s.env.AUTH0_EVENTS_ENDPOINT!, 'user.created']] as const) {
      const res = await trigger(url, JSON.stringify({ event }));
      expect(res.status, url).toBe(200);
      expect(await res.json()).toEqual({ triggered: event });
    }
    expect(r.got.map((g) => g.path).sort()).toEqual(['/fail/bp', '/ok/es', '/ok/gh', '/ok/logto']);
    expect((await trigger(s.env.AUTH0_ENDPOINT!, '{"event":"x"}')).status).toBe(404); // Auth0 Hooks are code Auth0 runs: nothing to deliver
    expect((await trigger(s.env.LOGTO_ENDPOINT!, 'not json')).status).toBe(400);
    expect((await trigger(s.env.LOGTO_ENDPOINT!, '{"name":"x"}')).status).toBe(400);
  });

  it('a vendor\'s hook name and words in test output are shown as visible characters, never obeyed by the terminal', async () => {
    const r = await receiver();
    const emu = await new LogtoEmulator().start();
    stops.push(() => emu.stop());
    const evil = 'evil\u001b[2J\u202e';
    const hook = emu.seed({ name: evil, events: ['PostRegister'], config: { url: `${r.url}/ok` }, enabled: true });
    const file = writeTemp(`version: 1\ntargets:\n${logtoTarget(emu, `      - { name: "evil\\e[2J\\u202E", events: [PostRegister], config: { url: "${r.url}/ok" } }\n`)}`);
    const out = await runCli(['test', '-c', file], {});
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain(`  ok      t/evil\\u001b[2J\\u202e (id ${hook.id}): test delivery answered 2xx\n`);
    expect(out.stdout.includes('\u001b') || out.stdout.includes('\u202e')).toBe(false);
  });
});
