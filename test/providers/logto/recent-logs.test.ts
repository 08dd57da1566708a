/**
 * Logto's recent-logs, as the real server answered (recorded-recent-logs.json): two hooks on
 * User.Created, a receiver answering 200 and one answering 502, one event, then each hook's
 * recent logs. The emulator is put through the same and must answer alike (the data that the
 * real server makes up itself, ids, times and the user, aside); `hooksync status` then reads the
 * statuses from those logs and never their payloads.
 *
 * The probe, against the real server (SERVE=1 bash ../shared/real-logto/run.sh): make the two
 * hooks, POST /api/users {username}, wait 3 s, GET /api/hooks/{id}/recent-logs?page=1&page_size=20
 * and GET /api/hooks/{id}?includeExecutionStats=true, then the unknown id and bad pages.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { LogtoEmulator } from '../../../src/providers/logto/emulator.js';
import { leakedSecrets, runCli, writeTemp } from '../../helpers/cli.js';

interface Answer {
  status: number;
  totalNumber: string | null;
  link: string | null;
  body: unknown;
}
const recorded = JSON.parse(readFileSync('test/providers/logto/recorded-recent-logs.json', 'utf8')) as Record<'ok' | 'bad' | 'unknown', Answer> & Record<'badPage' | 'bigPage', { status: number; body: unknown }> & { stats: Record<'ok' | 'bad', unknown> };

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((s) => s()));
});

async function receiver(status: number, answer: string): Promise<string> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(status, { 'content-type': 'text/plain' }).end(answer));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  stops.push(() => new Promise((r) => server.close(() => r())));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook`;
}

/** The shape of a value: its keys and the kinds of its leaves, what both servers must share. */
function shape(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shape);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, shape(x)]));
  return v === null ? 'null' : typeof v;
}

async function emulated(): Promise<{ emu: LogtoEmulator; get: (path: string) => Promise<Answer>; ids: { ok: string; bad: string } }> {
  const emu = await new LogtoEmulator().start();
  stops.push(() => emu.stop());
  const ok = emu.seed({ name: 'probe-ok', events: ['User.Created'], config: { url: await receiver(200, 'ok') }, enabled: true });
  const bad = emu.seed({ name: 'probe-bad', events: ['User.Created'], config: { url: await receiver(502, 'bad gateway') }, enabled: true });
  await emu.trigger('User.Created');
  const token = (await (await fetch(`${emu.url}/oidc/token`, { method: 'POST', headers: { authorization: `Basic ${Buffer.from(`${emu.clientId}:${emu.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&resource=https://default.logto.app/api&scope=all' })).json()) as { access_token: string };
  const get = async (path: string): Promise<Answer> => {
    const res = await fetch(`${emu.url}${path}`, { headers: { authorization: `Bearer ${token.access_token}` } });
    return { status: res.status, totalNumber: res.headers.get('total-number'), link: res.headers.get('link'), body: await res.json() };
  };
  return { emu, get, ids: { ok: ok.id, bad: bad.id } };
}

describe("Logto's recent logs, as the real server keeps them", () => {
  it('answer each hook with its deliveries: the same status, count, shape, result and receiver status as the real server', async () => {
    const { get, ids } = await emulated();
    for (const k of ['ok', 'bad'] as const) {
      const mine = await get(`/api/hooks/${ids[k]}/recent-logs?page=1&page_size=20`);
      const real = recorded[k];
      expect(mine.status, k).toBe(real.status);
      expect(mine.totalNumber, k).toBe(real.totalNumber);
      const [m] = mine.body as { key: string; payload: { result: string; response: unknown; hookRequest: { body: { event: string } } } }[];
      const [r] = real.body as typeof m[];
      expect(m!.key).toBe(r!.key);
      expect(m!.payload.result).toBe(r!.payload.result);
      expect(m!.payload.response).toEqual(r!.payload.response);
      expect(m!.payload.hookRequest.body.event).toBe(r!.payload.hookRequest.body.event);
      // Everything but the request body the server makes up itself has the same keys and kinds.
      const outer = (x: typeof m) => shape({ ...x, payload: { ...x!.payload, hookRequest: '(the event)' } });
      expect(outer(m)).toEqual(outer(r));
      // The links of the real server leave out /api; so do the emulator's.
      expect(mine.link).toBe(real.link!.replaceAll(/http:\/\/127\.0\.0\.1:\d+\/hooks\/[a-z0-9]+\//g, (x) => x.replace(/127\.0\.0\.1:\d+/, new URL(mine.link!.slice(1)).host).replace(/hooks\/[a-z0-9]+/, `hooks/${ids[k]}`)));
      expect((await get(`/api/hooks/${ids[k]}?includeExecutionStats=true`)).body).toMatchObject({ executionStats: recorded.stats[k] });
    }
  });

  it('answer an unknown hook with an empty list, and a page out of bounds with 400 guard.invalid_pagination, as the real server does', async () => {
    const { get, ids } = await emulated();
    const unknown = await get('/api/hooks/nope-nope/recent-logs');
    expect([unknown.status, unknown.totalNumber, unknown.body]).toEqual([recorded.unknown.status, recorded.unknown.totalNumber, recorded.unknown.body]);
    for (const [k, q] of [['badPage', 'page=0'], ['bigPage', 'page_size=101']] as const) {
      const r = await get(`/api/hooks/${ids.ok}/recent-logs?${q}`);
      expect({ status: r.status, body: r.body }, k).toEqual(recorded[k]);
    }
  });

  it('give hooksync status each delivery\'s status and time, the failing hook marked, and nothing of the payloads or the answers', async () => {
    const { emu, ids } = await emulated();
    const file = writeTemp(`version: 1
targets:
  logto:
    provider: logto
    endpoint: ${emu.url}
    auth: { clientId: "\${I}", clientSecret: "\${S}" }
    hooks:
      - { name: probe-ok, events: [User.Created], config: { url: "${emu.all()[1]!.config.url as string}" } }
      - { name: probe-bad, events: [User.Created], config: { url: "${emu.all()[0]!.config.url as string}" } }
`);
    const env = { I: emu.clientId, S: emu.clientSecret };
    const text = await runCli(['status', '-c', file], env);
    expect(text.code, text.stderr).toBe(2);
    expect(text.stdout).toMatch(/FAILING {2}logto\/probe-bad \(id [a-z0-9]+\): 1 of 1 deliveries failed in 24 h; the last answered 502, 20\d\d-/);
    expect(text.stdout).toMatch(/ok {7}logto\/probe-ok \(id [a-z0-9]+\): 1 of 1 deliveries answered in 24 h; the last answered 200, 20\d\d-/);
    const json = await runCli(['status', '-c', file, '-f', 'json'], env);
    const hooks = (JSON.parse(json.stdout) as { hooks: { id: string; attempts: { status: number; ok: boolean; event: string }[] }[] }).hooks;
    expect(hooks.find((h) => h.id === ids.bad)!.attempts).toEqual([expect.objectContaining({ status: 502, ok: false, event: 'User.Created' })]);
    const signingKeys = emu.all().map((h) => h.signingKey);
    expect(leakedSecrets([text.stdout, text.stderr, json.stdout, json.stderr], [...signingKeys, 'bad gateway', 'user-emulated', emu.clientSecret])).toEqual([]);
  });
});
