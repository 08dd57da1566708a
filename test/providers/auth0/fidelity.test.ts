/**
 * The eight ways an Auth0 plan once differed from what apply did (issue 9), each as a test
 * over HTTP against the emulator: replacements and secrets, dependencies merged and removed,
 * names and trigger slots freed before they are taken, pinned ids after a replacement, and
 * hook lists with or without the script.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Auth0Emulator, type Auth0EmulatorOptions } from '../../../src/providers/auth0/emulator.js';
import { runCli, writeTemp } from '../../helpers/cli.js';

const started: Auth0Emulator[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((e) => e.stop()));
});

async function tenant(options: Auth0EmulatorOptions = {}) {
  const emu = await new Auth0Emulator({ rateLimit: { burst: 1000, perSecond: 1000 }, ...options }).start();
  started.push(emu);
  return { emu, env: { AUTH0_ENDPOINT: emu.url, AUTH0_CLIENT_ID: emu.clientId, AUTH0_CLIENT_SECRET: emu.clientSecret } };
}

const file = (hooks: string, extra = '') =>
  writeTemp(`version: 1
targets:
  a0:
    provider: auth0
    endpoint: \${AUTH0_ENDPOINT}
    auth: { clientId: "\${AUTH0_CLIENT_ID}", clientSecret: "\${AUTH0_CLIENT_SECRET}" }
${extra}    hooks:
${hooks}`);

const writes = (emu: Auth0Emulator) => emu.server.requests({ pathPrefix: '/api/v2/hooks' }).filter((r) => r.method !== 'GET');
const shown = (emu: Auth0Emulator) => writes(emu).map((w) => `${w.method} ${w.path.replace(/[0-9A-Z]{26}/g, 'ID')}`);

describe('Auth0 replacements and secrets', () => {
  it('never sends a value it read: a replacement writes only the secrets the file gives', async () => {
    const { emu, env } = await tenant();
    const old = emu.seed({ name: 'mover', triggerId: 'pre-user-registration', script: 'a' }, { S1: 'first-secret-value', S2: 'second-secret-value' });
    // S2 is not written: its value cannot travel, and no stand-in for it is ever sent.
    const partial = file('      - name: mover\n        triggerId: post-user-registration\n        secrets: { S1: "${S1}", S3: null }\n');
    await runCli(['apply', '-c', partial, '--yes'], { ...env, S1: 'file-value-one' });
    expect(JSON.stringify(emu.server.requests().map((q) => q.body))).not.toMatch(/write-only|_VALUE_NOT_SHOWN_/);

    const path = file('      - name: mover\n        triggerId: post-user-registration\n        secrets: { S1: "${S1}", S2: "${S2}", S3: null }\n');
    emu.server.clearRequests();
    const r = await runCli(['apply', '-c', path, '--yes'], { ...env, S1: 'file-value-one', S2: 'file-value-two' });
    expect(r.code).toBe(0);
    expect(shown(emu)).toEqual(['DELETE /api/v2/hooks/ID', 'POST /api/v2/hooks', 'POST /api/v2/hooks/ID/secrets']);
    expect(writes(emu)[0]!.path).toBe(`/api/v2/hooks/${old.id}`);
    expect(writes(emu)[2]!.body).toEqual({ S1: 'file-value-one', S2: 'file-value-two' });
    const [made] = emu.all();
    expect(emu.secrets.get(made!.id)).toEqual({ S1: 'file-value-one', S2: 'file-value-two' });
    expect(JSON.stringify(emu.server.requests().map((q) => q.body))).not.toMatch(/write-only|_VALUE_NOT_SHOWN_/);
  });

  it('refuses a replacement that would lose secrets the file does not write, naming them, and still makes the other changes', async () => {
    const { emu, env } = await tenant();
    const old = emu.seed({ name: 'mover', triggerId: 'pre-user-registration', script: 'a' }, { S1: 'first-secret-value', S2: 'second-secret-value' });
    emu.seed({ name: 'other', enabled: false });
    const path = file('      - name: mover\n        triggerId: post-user-registration\n        secrets: { S3: null }\n      - name: other\n        script: changed\n');
    const plan = await runCli(['plan', '-c', path, '--detailed-exitcode'], env);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain(`# a0/mover must be replaced (id ${old.id}): triggerId cannot be changed in place\n    ! REFUSED, apply will not send this: secrets.S1, secrets.S2 cannot be read back from Auth0, so the new hook would not have them: write each of them in the file with their value, or pass --allow-secret-loss to drop them\n`);
    expect(plan.stdout).toContain('Plan: 0 to add, 1 to change, 0 to delete, 1 to replace; 1 of these REFUSED (apply will not send it).');
    const json = JSON.parse((await runCli(['plan', '-c', path, '-f', 'json'], env)).stdout);
    expect(json.targets[0].changes[0].refused).toMatch(/^secrets\.S1, secrets\.S2 cannot be read back/);

    const apply = await runCli(['apply', '-c', path, '--yes'], env);
    expect(apply.code).toBe(1);
    expect(shown(emu)).toEqual(['PATCH /api/v2/hooks/ID']);
    expect(apply.stdout).toContain('FAILED  a0/mover not replaced: not sent: the plan refused it: secrets.S1, secrets.S2 cannot be read back');
    expect(emu.all().find((h) => h.name === 'mover')).toMatchObject({ id: old.id, triggerId: 'pre-user-registration' });
    expect(emu.secrets.get(old.id)).toEqual({ S1: 'first-secret-value', S2: 'second-secret-value' });

    // The documented opt-in lets it go, and says what is dropped.
    const allowed = await runCli(['apply', '-c', path, '--yes', '--allow-secret-loss'], env);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('    ! secrets.S1, secrets.S2 cannot be read back from Auth0, so the new hook would not have them (--allow-secret-loss)\n');
    const moved = emu.all().find((h) => h.name === 'mover')!;
    expect(moved.triggerId).toBe('post-user-registration');
    expect(emu.secrets.get(moved.id)).toEqual({});
    for (const out of [plan.stdout, plan.stderr, apply.stdout, apply.stderr, allowed.stdout, allowed.stderr]) expect(out).not.toMatch(/(first|second)-secret-value/);
  });
});

describe('Auth0 dependencies', () => {
  it('keeps the keys the file does not mention: the PATCH carries the live map merged with the file', async () => {
    const { emu, env } = await tenant();
    const h = emu.seed({ name: 'deps', dependencies: { axios: '1.0.0' } });
    const path = file('      - name: deps\n        dependencies: { uuid: 2.0.0 }\n');
    expect((await runCli(['apply', '-c', path, '--yes'], env)).code).toBe(0);
    expect(writes(emu).map((w) => w.body)).toEqual([{ dependencies: { axios: '1.0.0', uuid: '2.0.0' } }]);
    expect(emu.all()[0]!.dependencies).toEqual({ axios: '1.0.0', uuid: '2.0.0' });
    expect((await runCli(['plan', '-c', path, '--detailed-exitcode'], env)).code).toBe(0);
    expect(h.id).toBe(emu.all()[0]!.id);
  });

  it('removes a key written as null, sending the map without it (never a null)', async () => {
    const { emu, env } = await tenant();
    emu.seed({ name: 'deps', dependencies: { lodash: '4.17.21', axios: '1.0.0' } });
    const path = file('      - name: deps\n        dependencies: { lodash: null }\n');
    const plan = await runCli(['plan', '-c', path], env);
    expect(plan.stdout).toContain('    - dependencies.lodash: "4.17.21"\n');
    const r = await runCli(['apply', '-c', path, '--yes'], env);
    expect(r.code).toBe(0);
    expect(writes(emu).map((w) => w.body)).toEqual([{ dependencies: { axios: '1.0.0' } }]);
    expect(emu.all()[0]!.dependencies).toEqual({ axios: '1.0.0' });
    expect((await runCli(['apply', '-c', path, '--yes'], env)).stdout).toContain('No changes.');
    expect(writes(emu)).toHaveLength(1);
  });
});

describe('Auth0 names and trigger slots', () => {
  it('renames a pinned hook before a new hook takes its old name', async () => {
    const { emu, env } = await tenant();
    const a = emu.seed({ name: 'a' });
    // The new hook is listed first: the order of the file must not matter.
    const path = file(`      - name: a\n        triggerId: post-change-password\n        script: new\n      - id: ${a.id}\n        name: b\n`);
    const plan = JSON.parse((await runCli(['plan', '-c', path, '-f', 'json'], env)).stdout);
    expect(plan.targets[0].changes[0].needs).toEqual([{ change: 1, why: 'a0/b frees the name "a"' }]);
    const r = await runCli(['apply', '-c', path, '--yes', '--parallelism', '8'], env);
    expect(r.code).toBe(0);
    expect(writes(emu).map((w) => `${w.method} ${JSON.stringify(w.body)}`)).toEqual(['PATCH {"name":"b"}', expect.stringMatching(/^POST \{"name":"a"/)]);
    expect(emu.all().map((h) => h.name).sort()).toEqual(['a', 'b']);
    expect((await runCli(['plan', '-c', path, '--detailed-exitcode'], env)).code).toBe(0);
  });

  it('refuses a swap of two names, which no order can do, and sends nothing for it', async () => {
    const { emu, env } = await tenant();
    const a = emu.seed({ name: 'a' });
    const b = emu.seed({ name: 'b' });
    const path = file(`      - id: ${a.id}\n        name: b\n      - id: ${b.id}\n        name: a\n`);
    const r = await runCli(['apply', '-c', path, '--yes'], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('! REFUSED, apply will not send this: a0/b, a0/a each wait for another of them to free a name or slot first (a swap)');
    expect(writes(emu)).toEqual([]);
  });

  it('refuses to take a name a hook it does not manage keeps', async () => {
    const { emu, env } = await tenant();
    const a = emu.seed({ name: 'a' });
    const x = emu.seed({ name: 'x' });
    const r = await runCli(['apply', '-c', file(`      - id: ${x.id}\n        name: a\n`), '--yes'], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`! REFUSED, apply will not send this: it would take the name "a", which a0/a (id ${a.id}) keeps; Auth0 names are unique: change that hook in the file too`);
    expect(writes(emu)).toEqual([]);
  });

  it('with prune, deletes the enabled hook that holds a trigger before enabling another on it', async () => {
    const { emu, env } = await tenant();
    emu.seed({ name: 'hook-4', triggerId: 'credentials-exchange', enabled: false });
    const six = emu.seed({ name: 'hook-6', triggerId: 'credentials-exchange', enabled: true });
    const path = file('      - name: hook-4\n        enabled: true\n');
    const r = await runCli(['apply', '-c', path, '--yes', '--prune'], env);
    expect(r.code).toBe(0);
    expect(writes(emu).map((w) => `${w.method} ${w.path}`)).toEqual([`DELETE /api/v2/hooks/${six.id}`, expect.stringMatching(/^PATCH /)]);
    expect(emu.all().map((h) => [h.name, h.enabled])).toEqual([['hook-4', true]]);
  });

  it('without prune, refuses an enable on a trigger an unmanaged hook keeps enabled', async () => {
    const { emu, env } = await tenant();
    emu.seed({ name: 'hook-4', triggerId: 'credentials-exchange', enabled: false });
    const six = emu.seed({ name: 'hook-6', triggerId: 'credentials-exchange', enabled: true });
    const r = await runCli(['apply', '-c', file('      - name: hook-4\n        enabled: true\n'), '--yes'], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`it would take the enabled slot of triggerId "credentials-exchange", which a0/hook-6 (id ${six.id}) keeps; Auth0 allows one enabled hook per trigger`);
    expect(writes(emu)).toEqual([]);
  });

  it('does not send a change whose prerequisite failed, and says which one', async () => {
    const { emu, env } = await tenant();
    const a = emu.seed({ name: 'a' });
    emu.server.faults.script.push({ method: 'PATCH', fault: { kind: 'status', status: 400 } });
    const r = await runCli(['apply', '-c', file(`      - name: a\n        triggerId: post-change-password\n        script: new\n      - id: ${a.id}\n        name: b\n`), '--yes'], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAILED  a0/a not created: not sent: it waits for a0/b frees the name "a", and that change was not made');
    expect(writes(emu).filter((w) => w.method === 'POST')).toEqual([]);
  });
});

describe('Auth0 pinned ids after a replacement', () => {
  it('warns in the plan, prints the new id after apply, and the next plan says what to write', async () => {
    const { emu, env } = await tenant();
    const old = emu.seed({ name: 'pinned', triggerId: 'pre-user-registration' });
    const path = file(`      - id: ${old.id}\n        name: pinned\n        triggerId: post-user-registration\n`);
    const plan = await runCli(['plan', '-c', path], env);
    expect(plan.stdout).toContain(`    ! the file pins id ${old.id} at ${path}:8:9; the new hook gets a new id, which apply prints: write it there\n`);
    const apply = await runCli(['apply', '-c', path, '--yes'], env);
    expect(apply.code).toBe(0);
    const made = emu.all()[0]!;
    expect(made.id).not.toBe(old.id);
    expect(apply.stdout).toContain(`ok      a0/pinned replaced (new id ${made.id}: write "id: ${made.id}" at ${path}:8:9, which pins the old id ${old.id})`);
    const next = await runCli(['plan', '-c', path], env);
    expect(next.code).toBe(1);
    expect(next.stderr).toContain(`pinned id "${old.id}" does not exist in a0; a hook with its key "pinned" has id ${made.id} (a replacement gives a hook a new id): write "id: ${made.id}" there if that is the hook`);
  });
});

describe('Auth0 hook lists with and without the script', () => {
  for (const listScript of [true, false]) {
    it(`compares scripts correctly when the list ${listScript ? 'carries' : 'leaves out'} the script`, async () => {
      const { emu, env } = await tenant({ listScript });
      const same = emu.seed({ name: 'same', script: 'same-code' });
      const drifted = emu.seed({ name: 'drifted', script: 'old-code' });
      const unmanaged = emu.seed({ name: 'flag-only', script: 'kept-code' });
      const path = file('      - name: same\n        script: same-code\n      - name: drifted\n        script: new-code\n      - name: flag-only\n        enabled: true\n');
      const plan = await runCli(['plan', '-c', path, '-f', 'json'], env);
      const changes = JSON.parse(plan.stdout).targets[0].changes.map((c: { key: string; fields: { path: string }[] }) => [c.key, c.fields.map((f) => f.path)]);
      expect(changes).toEqual([['drifted', ['script']], ['flag-only', ['enabled']]]);
      // Read by id: only the hooks whose entry manages the script, and only when the list lacks it.
      const reads = emu.server.requests({ method: 'GET' }).filter((q) => /^\/api\/v2\/hooks\/[^/]+$/.test(q.path)).map((q) => q.path);
      expect(reads.sort()).toEqual(listScript ? [] : [`/api/v2/hooks/${same.id}`, `/api/v2/hooks/${drifted.id}`].sort());
      expect(reads).not.toContain(`/api/v2/hooks/${unmanaged.id}`);
      expect((await runCli(['apply', '-c', path, '--yes'], env)).code).toBe(0);
      expect((await runCli(['plan', '-c', path, '--detailed-exitcode'], env)).code).toBe(0);
      expect(emu.all().find((h) => h.name === 'flag-only')!.script).toBe('kept-code');
    });
  }

  it('reads the script of a hook about to be replaced, so the new hook keeps it', async () => {
    const { emu, env } = await tenant({ listScript: false });
    emu.seed({ name: 'mover', triggerId: 'pre-user-registration', script: 'the-code' });
    const r = await runCli(['apply', '-c', file('      - name: mover\n        triggerId: post-user-registration\n'), '--yes'], env);
    expect(r.code).toBe(0);
    expect(writes(emu).find((w) => w.method === 'POST')!.body).toMatchObject({ name: 'mover', script: 'the-code', triggerId: 'post-user-registration' });
  });
});

describe('Auth0 creates whose answer was lost', () => {
  it('finish every step of the create: the re-list finds the hook, and its secrets are still written', async () => {
    const { emu, env } = await tenant();
    emu.server.faults.script.push({ fault: { kind: 'drop-after' }, method: 'POST', path: '/api/v2/hooks' });
    const path = file('      - name: lost\n        triggerId: credentials-exchange\n        script: code\n        secrets: { API_KEY: "${API_KEY}" }\n');
    const r = await runCli(['apply', '-c', path, '--yes'], { ...env, API_KEY: 'api-key-value-1' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('the re-list found the hook, so it was not sent again, and the rest of the create was finished');
    const [made] = emu.all();
    expect(emu.all()).toHaveLength(1);
    expect(emu.secrets.get(made!.id)).toEqual({ API_KEY: 'api-key-value-1' });
    expect((await runCli(['plan', '-c', path, '--detailed-exitcode'], { ...env, API_KEY: 'api-key-value-1' })).code).toBe(0);
    expect(r.stdout + r.stderr).not.toContain('api-key-value-1');
  });

  it('a secrets create whose answer was lost is checked, not blindly repeated: never a 409, never a missing secret', async () => {
    for (const fault of [{ kind: 'drop-after' as const }, { kind: 'status' as const, status: 503 }]) {
      const { emu, env } = await tenant();
      const h = emu.seed({ name: 'with-secrets' });
      emu.server.faults.script.push({ fault, method: 'POST', path: `/api/v2/hooks/${h.id}/secrets` });
      const path = file('      - name: with-secrets\n        secrets: { API_KEY: "${API_KEY}" }\n');
      const r = await runCli(['apply', '-c', path, '--yes'], { ...env, API_KEY: 'api-key-value-2' });
      expect(r.code, r.stdout).toBe(0);
      expect(emu.secrets.get(h.id)).toEqual({ API_KEY: 'api-key-value-2' });
      const posts = emu.server.requests({ method: 'POST', pathPrefix: `/api/v2/hooks/${h.id}/secrets` }).map((q) => q.status);
      // The lost one (processed or not), then one more only if the re-read showed it missing.
      expect(posts).toEqual(fault.kind === 'drop-after' ? [201] : [503, 201]);
    }
  });
});
