/**
 * Lists that do not add up, and answers that would exhaust the machine, from a deliberately
 * broken vendor on 127.0.0.1: each fails its target with one message before any write.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startHostile, type Hostile, type HostileAnswer, type HostileRequest } from '../helpers/hostile.js';
import { runCli, writeTemp } from '../helpers/cli.js';

const servers: Hostile[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function vendor(answer: (req: HostileRequest) => HostileAnswer) {
  const s = await startHostile(answer);
  servers.push(s);
  return s;
}

const logtoHook = (i: number) => ({ id: `id${String(i).padStart(6, '0')}`, name: `hook-${i}`, events: ['PostRegister'], config: { url: `https://h${i}.example.com` }, enabled: true, signingKey: 'k'.repeat(32), createdAt: i });
const auth0Hook = (i: number) => ({ id: `A${String(i).padStart(25, '0')}`, name: `hook-${i}`, script: 'x', triggerId: 'credentials-exchange', enabled: false, dependencies: {} });

/** A file that, on a list it believed, would create one hook, change another and prune the rest. */
const HOOKS: Record<string, string> = {
  logto: '      - name: hook-new\n        events: [PostRegister]\n        config: { url: https://new.example.com }\n      - name: hook-1\n        enabled: false\n',
  auth0: '      - name: hook-new\n        script: x\n        triggerId: pre-user-registration\n      - name: hook-1\n        enabled: true\n',
  boldpenguin: '      - url: https://new.example.com/bp\n        events: [quote_request]\n',
  nursa: '      - url: https://new.example.com/n\n        events: [all]\n',
};
const file = (provider: string) =>
  writeTemp(`version: 1
targets:
  evil:
    provider: ${provider}
    endpoint: \${EVIL_URL}
    auth: { clientId: id, clientSecret: "\${EVIL_SECRET}" }
    prune: true
    hooks:
${HOOKS[provider]}`);

async function applyAgainst(s: Hostile, provider: string, ...flags: string[]) {
  const r = await runCli(['apply', '-c', file(provider), '--yes', ...flags], { EVIL_URL: s.url, EVIL_SECRET: 'evil-client-secret' });
  const writes = s.api().filter((q) => q.method !== 'GET');
  return { ...r, writes };
}

const page = (req: HostileRequest) => Number(req.query.get('page'));

describe('a list that does not add up fails its target before any write', () => {
  it('a page short of the count (Logto): 250 promised, page 2 empty', async () => {
    const s = await vendor((req) => ({ status: 200, headers: { 'total-number': '250' }, json: page(req) === 1 ? Array.from({ length: 100 }, (_, i) => logtoHook(i)) : [] }));
    const r = await applyAgainst(s, 'logto');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error: HOOKSYNC_API: target evil: Logto's hook list does not add up: page 2 holds 0 hooks where the count of 250 promised 100; the list cannot be trusted, so nothing was planned or changed for this target\n");
    expect(r.stderr).not.toMatch(/target evil: target evil|nothing was changed; nothing was changed/);
    expect(r.writes).toEqual([]);
  });

  it('a count that changes between pages (Auth0)', async () => {
    const s = await vendor((req) => ({ status: 200, json: { total: page(req) === 0 ? 150 : 151, start: page(req) * 100, limit: 100, hooks: Array.from({ length: page(req) === 0 ? 100 : 50 }, (_, i) => auth0Hook(page(req) * 100 + i)) } }));
    const r = await applyAgainst(s, 'auth0');
    expect(r.stderr).toContain("Auth0's hook list does not add up: the count changed between pages (150 on the first, 151 on page 1)");
    expect(r.writes).toEqual([]);
  });

  it('the same id twice', async () => {
    const s = await vendor(() => ({ status: 200, headers: { 'total-number': '2' }, json: [logtoHook(1), logtoHook(1)] }));
    const r = await applyAgainst(s, 'logto');
    expect(r.stderr).toContain('error: HOOKSYNC_API: target evil: Logto listed hook id id000001 twice; the list cannot be trusted');
    expect(r.writes).toEqual([]);
  });

  it('a count of 10^12 is refused at once, not paged', async () => {
    const s = await vendor(() => ({ status: 200, headers: { 'total-number': '1000000000000' }, json: Array.from({ length: 100 }, (_, i) => logtoHook(i)) }));
    const r = await applyAgainst(s, 'logto');
    expect(r.stderr).toContain('it claims 1000000000000 hooks, more than the 50000 any tenant has');
    expect(s.api()).toHaveLength(1);
  });

  it('with no count, pages on until a short page (Auth0 answering bare arrays)', async () => {
    const s = await vendor((req) => ({ status: 200, json: Array.from({ length: page(req) === 0 ? 100 : page(req) === 1 ? 50 : 0 }, (_, i) => auth0Hook(page(req) * 100 + i)) }));
    const r = await runCli(['plan', '-c', file('auth0'), '--max-deletes', '1000'], { EVIL_URL: s.url, EVIL_SECRET: 'evil-client-secret' });
    expect(r.code).toBe(0);
    expect(s.api().map((q) => page(q))).toEqual([0, 1]);
    expect(r.stdout).toContain('Plan: 1 to add, 1 to change, 149 to delete.');
    expect(r.stdout).toContain('# evil/hook-1 will be updated in-place (id A0000000000000000000000001)');
  });

  it('a Link rel="next" on every page is not followed past the count, and no page is fetched twice', async () => {
    const s = await vendor((req) => ({ status: 200, headers: { 'total-number': '3', link: `<${'x'}?page=${page(req) + 1}>; rel="next"` }, json: [logtoHook(1), logtoHook(2), logtoHook(3)] }));
    const r = await runCli(['plan', '-c', file('logto')], { EVIL_URL: s.url, EVIL_SECRET: 'evil-client-secret' });
    expect(r.code).toBe(0);
    expect(s.api()).toHaveLength(1);
  });

  it('full pages forever with no count stop at the most hooks a tenant can have', async () => {
    let n = 0;
    const s = await vendor(() => ({ status: 200, json: Array.from({ length: 100 }, () => auth0Hook(n++)) }));
    const r = await applyAgainst(s, 'auth0');
    expect(r.stderr).toContain('it goes on past 50000 hooks, more than any tenant has');
    const pages = s.api().map((q) => page(q));
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages.length).toBe(500);
    expect(r.writes).toEqual([]);
  });

  it.each([
    ['logto', (n: number) => logtoHook(n)],
    ['github', (n: number) => ({ id: n + 1, name: 'web', active: true, events: ['push'], config: { url: `https://h${n}.example.com`, content_type: 'json' } })],
  ] as const)('full pages forever, with no count and a next link on each, stop at the most hooks a tenant can have (%s)', async (provider, item) => {
    let n = 0;
    const s = await vendor((req) => ({ status: 200, headers: { link: `<${req.path}?page=${page(req) + 1}&per_page=100>; rel="next"` }, json: Array.from({ length: 100 }, () => item(n++)) }));
    const yaml = provider === 'github'
      ? `version: 1\ntargets:\n  evil:\n    provider: github\n    endpoint: \${EVIL_URL}\n    repository: acme/webhooks\n    auth: { token: "\${EVIL_SECRET}" }\n    writeGap: 0s\n    prune: true\n    hooks:\n      - config: { url: https://new.example.com }\n`
      : undefined;
    const r = yaml ? await runCli(['apply', '-c', writeTemp(yaml), '--yes'], { EVIL_URL: s.url, EVIL_SECRET: 'evil-client-secret' }) : await applyAgainst(s, provider);
    expect(r.stderr).toContain('it goes on past 50000 hooks, more than any tenant has');
    expect(s.api().filter((q) => q.method === 'GET' && q.path.includes('hooks'))).toHaveLength(500);
    expect(s.api().filter((q) => q.method !== 'GET')).toEqual([]);
  });

  it('empty pages that each carry a fresh cursor end at the page bound (Event Streams)', async () => {
    let n = 0;
    const s = await vendor((req) => (req.path.endsWith('/oauth/token') ? { status: 200, json: { access_token: 'evil-token-123456', expires_in: 3600 } } : { status: 200, json: { eventStreams: [], next: `cursor-${n++}` } }));
    const yaml = `version: 1\ntargets:\n  evil:\n    provider: auth0-event-streams\n    endpoint: \${EVIL_URL}\n    auth: { clientId: id, clientSecret: "\${EVIL_SECRET}" }\n    prune: true\n    hooks:\n      - name: new\n        destination: { type: webhook, configuration: { webhook_endpoint: https://new.example.com/e } }\n`;
    const r = await runCli(['apply', '-c', writeTemp(yaml), '--yes'], { EVIL_URL: s.url, EVIL_SECRET: 'evil-client-secret' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Auth0's event stream list does not add up: it goes on past 501 pages (0 streams so far), more than 50000 streams would take");
    expect(s.api().filter((q) => q.path.includes('event-streams'))).toHaveLength(501);
    expect(s.api().filter((q) => q.method !== 'GET' && q.path.includes('event-streams'))).toEqual([]);
  });

  it.each([
    ['boldpenguin', 'Bold Penguin', (items: string) => `[${items}]`],
    ['nursa', 'Nursa', (items: string) => `{"data":[${items}]}`],
  ] as const)('a list of a million items is an error about its size, not a crash (%s, which does not page)', async (provider, vendorName, wrap) => {
    const s = await vendor((req) => (req.path.includes('token') ? { status: 200, json: { access_token: 'evil-token-123456', expires_in: 3600 } } : { status: 200, text: wrap(new Array(1_000_000).fill('{}').join(',')) }));
    const r = await applyAgainst(s, provider);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: HOOKSYNC_API: target evil: ${vendorName} listed 1000000 hooks, more than the 50000 any tenant has`);
    expect(r.stderr).not.toContain('HOOKSYNC_INTERNAL');
  });
});

describe('messages say the target and the outcome once', () => {
  it('a list refused with a Retry-After past --max-wait', async () => {
    const s = await vendor(() => ({ status: 429, headers: { 'retry-after': '3600' }, json: { message: 'slow down' } }));
    const r = await applyAgainst(s, 'logto');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: HOOKSYNC_API: target evil: rate limited: the next request would have to wait 60m \(the API asked to wait 60m \(Retry-After\)\), past the --max-wait budget of 2m .*; nothing more was sent for this request\. Raise --max-wait or run again later\n$/);
    expect(r.stderr).not.toMatch(/target evil: target evil|nothing was changed; nothing was changed/);
    expect(s.api()).toHaveLength(1);
  });
});

describe('listing fast, and still checked', () => {
  it('once the first page gives the count, fetches the other pages four at a time, each once (one at a time with --list-concurrency 1)', async () => {
    for (const [flags, most] of [[[], 4], [['--list-concurrency', '1'], 1]] as const) {
      const s = await vendor((req) => ({ status: 200, delayMs: 30, headers: { 'total-number': '850' }, json: Array.from({ length: page(req) < 9 ? 100 : 50 }, (_, i) => logtoHook((page(req) - 1) * 100 + i)) }));
      const r = await runCli(['plan', '-c', file('logto'), '--max-deletes', '1000', ...flags], { EVIL_URL: s.url, EVIL_SECRET: 'evil-client-secret' });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Plan: 1 to add, 1 to change, 849 to delete.');
      expect(s.api().map((q) => page(q)).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(s.maxInFlight()).toBe(most);
    }
  });
});

describe('answers that would exhaust the machine', () => {
  it('an endless body is cut at 8 MiB with one message', async () => {
    const s = await vendor(() => ({ stream: 64 * 1024 * 1024 }));
    const r = await applyAgainst(s, 'nursa');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('sent an answer larger than 8 MiB, far more than any hook list page; it was not read');
    expect(s.api()).toHaveLength(1); // not retried: the next would be as large
  });

  it('an announced 2 GB body is refused before it is read', async () => {
    const s = await vendor(() => ({ status: 200, headers: { 'content-length': String(2 * 1024 ** 3) }, text: '' }));
    const r = await applyAgainst(s, 'nursa');
    expect(r.stderr).toContain('(2147483648 bytes announced)');
  });

  it('an answer that trickles one byte at a time ends at --request-timeout, and the retries end within --max-wait', async () => {
    const s = await vendor(() => ({ trickle: 20 }));
    const r = await applyAgainst(s, 'logto', '--request-timeout', '300ms', '--max-wait', '1s');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the answer was still arriving after \d+ms \(--request-timeout, or what --max-wait had left\)/);
    // Each try takes 300 ms at most, so a 1 s budget holds a handful of tries, never the default six.
    expect(s.api().length).toBeGreaterThanOrEqual(1);
    expect(s.api().length).toBeLessThanOrEqual(4);
  });

  it('an answer that trickles in is tried once more and no further, and the message says so', async () => {
    const s = await vendor(() => ({ trickle: 20 }));
    const r = await applyAgainst(s, 'logto', '--request-timeout', '200ms');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the answer was still arriving after 200ms \(--request-timeout, or what --max-wait had left\), on 2 tries; an answer that trickles in is the vendor misbehaving, so it is tried once more and no further/);
    expect(s.api()).toHaveLength(2);
  });

  it('a server that never answers costs no more than --max-wait', async () => {
    const s = await vendor(() => ({ never: true }));
    const r = await applyAgainst(s, 'logto', '--max-wait', '800ms');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no whole answer within/);
    expect(s.api().length).toBeLessThanOrEqual(2);
  });
});
