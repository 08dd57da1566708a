/**
 * `hooksync rotate-key`: Logto makes a new signing key (PATCH /api/hooks/{id}/signing-key) and
 * it goes where the hook's secretTo says, so the receiver verifies the next delivery with it;
 * a hook whose secretTo names nowhere, or a hook that is not there, is refused before anything
 * is sent. The key appears in no output.
 */
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LogtoEmulator } from '../../src/providers/logto/emulator.js';
import { leakedSecrets, runCli, writeTemp } from '../helpers/cli.js';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((s) => s()));
});

async function receiver(): Promise<{ url: string; got: { signature: string; body: string }[] }> {
  const got: { signature: string; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      got.push({ signature: String(req.headers['logto-signature-sha-256']), body });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  stops.push(() => new Promise((r) => server.close(() => r())));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`, got };
}

const file = (url: string, secretTo = ', secretTo: { env: CRM_SIGNING_KEY }') =>
  writeTemp(`version: 1\ntargets:\n  auth:\n    provider: logto\n    endpoint: \${L_URL}\n    auth: { clientId: "\${L_ID}", clientSecret: "\${L_SECRET}" }\n    hooks:\n      - { name: crm, events: [PostRegister], config: { url: "${url}" }${secretTo} }\n`);

describe('hooksync rotate-key', () => {
  it('rotates the signing key and hands the new one over: the receiver verifies the next delivery with it', async () => {
    const r = await receiver();
    const emu = await new LogtoEmulator().start();
    stops.push(() => emu.stop());
    const env = { L_URL: emu.url, L_ID: emu.clientId, L_SECRET: emu.clientSecret };
    const secrets = join(mkdtempSync(join(tmpdir(), 'hooksync-rotate-')), 'receiver.env');
    expect((await runCli(['apply', '-c', file(r.url), '-y', '--secrets-file', secrets], env)).code).toBe(0);
    const first = emu.all()[0]!.signingKey;
    expect(readFileSync(secrets, 'utf8')).toBe(`CRM_SIGNING_KEY=${first}\n`);

    const out = await runCli(['rotate-key', '-c', file(r.url), 'crm', '--secrets-file', secrets, '--force'], env);
    expect(out.code, out.stderr).toBe(0);
    const second = emu.all()[0]!.signingKey;
    expect(second).not.toBe(first);
    expect(out.stdout).toBe(`  ok      auth/crm (id ${emu.all()[0]!.id}): a new signing key, handed to CRM_SIGNING_KEY in the --secrets-file\n1 key: all rotated and handed over.\n`);
    const handed = /^CRM_SIGNING_KEY=(.*)$/m.exec(readFileSync(secrets, 'utf8'))![1]!;
    expect(handed).toBe(second);
    await emu.trigger('PostRegister');
    const [delivery] = r.got;
    expect(delivery!.signature).toBe(createHmac('sha256', handed).update(delivery!.body).digest('hex'));
    expect(leakedSecrets([out.stdout, out.stderr], [first, second, emu.clientSecret])).toEqual([]);
  });

  it('refuses, sending nothing, a hook that names no secretTo, a hook that is not there, and a missing --secrets-file', async () => {
    const emu = await new LogtoEmulator().start();
    stops.push(() => emu.stop());
    emu.seed({ name: 'crm', events: ['PostRegister'], config: { url: 'https://crm.example.com/logto' }, enabled: true });
    const env = { L_URL: emu.url, L_ID: emu.clientId, L_SECRET: emu.clientSecret };
    const before = emu.all()[0]!.signingKey;
    const nowhere = await runCli(['rotate-key', '-c', file('https://crm.example.com/logto', ''), 'crm'], env);
    expect(nowhere.stderr).toBe('error: HOOKSYNC_USAGE: auth/crm names no secretTo, so its new signing secret would reach no one and its receivers would stop verifying; write secretTo on the hook (env: NAME, or github:) first; nothing was sent\n');
    const absent = await runCli(['rotate-key', '-c', file('https://crm.example.com/logto'), 'billing'], env);
    expect(absent.stderr).toBe('error: HOOKSYNC_USAGE: no managed live hook "billing" in the file; nothing was sent\n');
    const noFile = await runCli(['rotate-key', '-c', file('https://crm.example.com/logto'), 'crm'], env);
    expect(noFile.stderr).toBe('error: HOOKSYNC_USAGE: auth/crm (CRM_SIGNING_KEY) sends its generated secret to the --secrets-file, and none was given; pass --secrets-file FILE; nothing was sent\n');
    for (const r of [nowhere, absent, noFile]) expect(r.code).toBe(1);
    expect(emu.server.requests().filter((x) => x.method === 'PATCH')).toEqual([]);
    expect(emu.all()[0]!.signingKey).toBe(before);
  });
});

describe("Logto's signing-key rotation, as the real server answers it (recorded-signing-key.json)", () => {
  it('answers 200 with the whole hook and a new key of the same form, and 404 entity.not_exists for an unknown id', async () => {
    const recorded = JSON.parse(readFileSync('test/providers/logto/recorded-signing-key.json', 'utf8')) as { rotate: { status: number; keys: string[]; keyLength: number }; unknown: { status: number; body: unknown } };
    const emu = await new LogtoEmulator().start();
    stops.push(() => emu.stop());
    const hook = emu.seed({ name: 'sk', events: ['PostRegister'], config: { url: 'https://sk.example.com/h' }, enabled: true });
    const token = (await (await fetch(`${emu.url}/oidc/token`, { method: 'POST', headers: { authorization: `Basic ${Buffer.from(`${emu.clientId}:${emu.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&resource=https://default.logto.app/api&scope=all' })).json()) as { access_token: string };
    const patch = (id: string) => fetch(`${emu.url}/api/hooks/${id}/signing-key`, { method: 'PATCH', headers: { authorization: `Bearer ${token.access_token}` } });
    const res = await patch(hook.id);
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status).toBe(recorded.rotate.status);
    expect(Object.keys(body).sort()).toEqual(recorded.rotate.keys);
    expect(body.signingKey).not.toBe(hook.signingKey);
    expect(String(body.signingKey)).toMatch(new RegExp(`^[A-Za-z0-9]{${recorded.rotate.keyLength}}$`));
    const unknown = await patch('nope-nope');
    expect({ status: unknown.status, body: await unknown.json() }).toEqual(recorded.unknown);
  });
});
