/**
 * A vendor whose error bodies echo what it was sent: every secret must stay masked in every form
 * hooksync itself wrote it in (a JSON string, a URL-encoded credential pair, base64), and a
 * secret of digits only is masked too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { encodingsOf } from '../../src/core/redact.js';
import { runCli, writeTemp } from '../helpers/cli.js';
import { startHostile, type Hostile, type HostileAnswer } from '../helpers/hostile.js';

const servers: Hostile[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

const QUOTED = 'sp"ec\\ial-secret-value';
const DIGITS = '987654321';
const CLIENT_SECRET = 'a+b/c=d& e%f';

/** One Logto hook whose headers are `headers` (YAML flow pairs), on the hostile vendor. */
const logtoFile = (headers: string) =>
  writeTemp(`version: 1
targets:
  evil:
    provider: logto
    endpoint: \${EVIL_URL}
    auth: { clientId: id, clientSecret: "\${EVIL_SECRET}" }
    hooks:
      - name: h
        events: [PostRegister]
        config: { url: https://h.example.com, headers: { ${headers} } }
`);

/** Whatever form of `secrets` appears in the outputs. */
const leaks = (outputs: string[], secrets: string[]) => secrets.flatMap(encodingsOf).filter((form) => outputs.some((o) => o.includes(form)));

describe('secrets echoed back by a vendor', () => {
  it('are masked in JSON-escaped form and as digits, in the plan, the progress lines and the results', async () => {
    const s = await startHostile((req) => (req.method === 'GET' ? { status: 200, headers: { 'total-number': '0' }, json: [] } : { status: 400, json: { code: 'guard.invalid_input', message: 'The request body is invalid.', details: `received ${req.body}` } }));
    servers.push(s);
    const file = logtoFile('X-Quoted: "${QUOTED}", X-Pin: "${DIGITS}"');
    const r = await runCli(['apply', '-c', file, '--yes'], { EVIL_URL: s.url, EVIL_SECRET: CLIENT_SECRET, QUOTED, DIGITS });
    expect(r.code).toBe(1);
    // The vendor did echo the body: the proof that masking, not luck, kept the values out.
    expect(s.api().find((q) => q.method === 'POST')!.body).toContain(JSON.stringify(QUOTED).slice(1, -1));
    expect(r.stdout).toContain('FAILED  evil/h not created: Logto answered 400 to the create: guard.invalid_input: The request body is invalid. (received {"name":"h"');
    expect(leaks([r.stdout, r.stderr], [QUOTED, DIGITS, CLIENT_SECRET])).toEqual([]);
  });

  it("are masked when the vendor's own encoder spells them otherwise: lower-case percent-encoding, JSON's \\/ and \\uXXXX escapes", async () => {
    const secret = 'tok/en+value=9';
    const forms = [encodeURIComponent(secret).toLowerCase().replace(/%[0-9a-f]{2}/g, (h) => h.toLowerCase()), secret.replace(/\//g, '\\/'), [...secret].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('')];
    const s = await startHostile((req): HostileAnswer => (req.method === 'GET' ? { status: 200, headers: { 'total-number': '0' }, json: [] } : { status: 400, text: `{"code":"guard.invalid_input","message":"bad header: ${forms.join(' / ')}"}`, headers: { 'content-type': 'application/json' } }));
    servers.push(s);
    const file = logtoFile('X-Token: "${TOKEN}"');
    const r = await runCli(['apply', '-c', file, '--yes'], { EVIL_URL: s.url, EVIL_SECRET: 'evil-client-secret', TOKEN: secret });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bad header: (sensitive value) / (sensitive value) / (sensitive value)');
    for (const form of forms) expect([r.stdout, r.stderr].some((o) => o.includes(form))).toBe(false);
  });

  it('are masked when a token endpoint echoes the credentials it decoded, URL-encoded or in base64', async () => {
    const s = await startHostile((req) => {
      const basic = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString('utf8');
      return { status: 401, json: { error: 'invalid_client', error_description: `unknown client ${basic} (${req.headers.authorization}) ${req.body}` } };
    }, true);
    servers.push(s);
    for (const provider of ['nursa', 'auth0']) {
      const file = writeTemp(`version: 1
targets:
  evil:
    provider: ${provider}
    endpoint: \${EVIL_URL}
    auth: { clientId: the-client, clientSecret: "\${EVIL_SECRET}" }
    hooks: []
`);
      const r = await runCli(['plan', '-c', file], { EVIL_URL: s.url, EVIL_SECRET: CLIENT_SECRET });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/answered 401 to the token request: invalid_client: unknown client/);
      expect(leaks([r.stdout, r.stderr], [CLIENT_SECRET])).toEqual([]);
      expect(r.stderr).not.toContain(Buffer.from(`the-client:${CLIENT_SECRET}`).toString('base64'));
    }
  });

  it('a write-only secret a vendor shows after all (GitHub, Event Streams) is masked when an error echoes it', async () => {
    const SHOWN = 'shown-secret-5b7e1c';
    const cases = [
      {
        provider: 'github',
        target: '    repository: acme/webhooks\n    auth: { token: t }\n    writeGap: 0s\n',
        hook: '      - config: { url: https://h.example.com/h }\n        events: [push, issues]\n',
        list: [{ id: 1, name: 'web', active: true, events: ['push'], config: { url: 'https://h.example.com/h', secret: SHOWN } }],
      },
      {
        provider: 'auth0-event-streams',
        target: '    auth: { clientId: id, clientSecret: s }\n',
        hook: '      - name: n\n        status: disabled\n',
        list: { eventStreams: [{ id: 'est_1', name: 'n', status: 'enabled', subscriptions: [{ event_type: 'user.created' }], destination: { type: 'webhook', configuration: { webhook_endpoint: 'https://e.example.com', webhook_authorization: { method: 'bearer', token: SHOWN } } } }] },
      },
    ];
    for (const c of cases) {
      const s = await startHostile((req) => (req.method === 'GET' ? { status: 200, json: c.list } : { status: 422, json: { message: `refused; the hook holds ${SHOWN}` } }));
      servers.push(s);
      const file = writeTemp(`version: 1\ntargets:\n  evil:\n    provider: ${c.provider}\n    endpoint: \${EVIL_URL}\n${c.target}    hooks:\n${c.hook}`);
      const r = await runCli(['apply', '-c', file, '--yes'], { EVIL_URL: s.url });
      expect(r.code, c.provider).toBe(1);
      expect(r.stdout, c.provider).toContain('refused; the hook holds (sensitive value)');
      expect(leaks([r.stdout, r.stderr], [SHOWN]), c.provider).toEqual([]);
      // It was never sent back either.
      expect(s.api().some((q) => q.body.includes(SHOWN)), c.provider).toBe(false);
    }
  });
});
