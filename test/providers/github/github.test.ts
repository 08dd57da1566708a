/**
 * GitHub's own semantics over HTTP against its emulator: a secret that is never read back, a
 * config changed key by key, organization hooks, permissions that are not rate limits, and both
 * rate limits waited out by counts, never by clocks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { GithubEmulator, type GithubEmulatorOptions } from '../../../src/providers/github/emulator.js';
import { leakedSecrets, runCli, writeTemp } from '../../helpers/cli.js';
import { fakeClock } from '../../helpers/clock.js';

const running: GithubEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.stop()));
});

async function github(options: GithubEmulatorOptions = {}): Promise<{ emu: GithubEmulator; env: Record<string, string> }> {
  const emu = await new GithubEmulator(options).start();
  running.push(emu);
  return { emu, env: { GH_URL: emu.url, GH_TOKEN: emu.token } };
}

const REPO = 'repos/acme/webhooks';
const file = (hooks: string, where = 'repository: acme/webhooks', extra = '    writeGap: 0s\n') =>
  writeTemp(`version: 1
targets:
  gh:
    provider: github
    endpoint: \${GH_URL}
    ${where}
    auth: { token: "\${GH_TOKEN}" }
${extra}    hooks:
${hooks}`);

const writes = (emu: GithubEmulator) => emu.server.requests().filter((r) => r.method !== 'GET');

describe('GitHub', () => {
  it("counts a create without events as GitHub's default push: past the cap it is refused, never sent; a freed place makes it wait", async () => {
    const { emu, env } = await github();
    for (let i = 0; i < 20; i++) emu.seed(REPO, { config: { url: `https://h${i}.example.com/h` }, events: ['push'] });
    const full = file('      - config: { url: https://new.example.com/h }\n');
    const plan = await runCli(['plan', '-c', full], env);
    expect(plan.stdout).toContain('# gh/https://new.example.com/h will be created\n    ! REFUSED, apply will not send this: GitHub allows at most 20 hooks per event on a repository or organization, and "push" would go past it with this change');
    const applied = await runCli(['apply', '-c', full, '--yes'], env);
    expect(applied.code).toBe(1);
    expect(writes(emu)).toEqual([]);
    // One of them moves to issues in the same file: the create fits once that change is made, and waits for it.
    const freed = file('      - config: { url: https://h0.example.com/h }\n        events: [issues]\n      - config: { url: https://new.example.com/h }\n');
    const json = JSON.parse((await runCli(['plan', '-c', freed, '-f', 'json'], env)).stdout) as { targets: { changes: { action: string; refused?: string; needs?: unknown[] }[] }[] };
    expect(json.targets[0]!.changes.map((c) => [c.action, c.refused === undefined, c.needs?.length ?? 0])).toEqual([['update', true, 0], ['create', true, 1]]);
    expect((await runCli(['apply', '-c', freed, '--yes'], env)).code).toBe(0);
    expect(emu.all().filter((h) => h.events.includes('push'))).toHaveLength(20);
    expect(emu.all().find((h) => h.config.url === 'https://new.example.com/h')!.events).toEqual(['push']);
  });

  it('changes one config key through PATCH .../config, keeping the secret it cannot see, and never sends ******** back', async () => {
    const { emu, env } = await github();
    const h = emu.seed(REPO, { config: { url: 'https://ci.example.com/h', content_type: 'form', secret: 'live-secret-7c1d' }, events: ['push'] });
    const r = await runCli(['apply', '-c', file('      - config: { url: https://ci.example.com/h, content_type: json }\n        events: [push]\n'), '--yes'], env);
    expect(r.code).toBe(0);
    expect(writes(emu).map((w) => [w.method, w.path, w.body])).toEqual([['PATCH', `/${REPO}/hooks/${h.id}/config`, { content_type: 'json' }]]);
    expect(emu.all()[0]!.config).toEqual({ url: 'https://ci.example.com/h', content_type: 'json', insecure_ssl: '0', secret: 'live-secret-7c1d' });
    expect(JSON.stringify(emu.server.requests().map((q) => q.body))).not.toContain('********');
  });

  it('compares a secret by presence: sets one the hook lacks, leaves one it has (with a note), removes one on null', async () => {
    const { emu, env } = await github();
    const bare = emu.seed(REPO, { config: { url: 'https://a.example.com/h' } });
    emu.seed(REPO, { config: { url: 'https://b.example.com/h', secret: 'old-secret-5e2a' } });
    const drop = emu.seed(REPO, { config: { url: 'https://c.example.com/h', secret: 'drop-secret-9f3b' } });
    const path = file(`      - config: { url: https://a.example.com/h, secret: "\${S}" }
      - config: { url: https://b.example.com/h, secret: "\${S}" }
        active: false
      - config: { url: https://c.example.com/h, secret: null }
`);
    const env2 = { ...env, S: 'new-secret-1a2b' };
    const plan = await runCli(['plan', '-c', path], env2);
    expect(plan.stdout).toContain('    + config.secret: (sensitive value)\n');
    expect(plan.stdout).toContain('    - config.secret: (sensitive value)\n');
    expect(plan.stdout).toContain('Note (gh: https://b.example.com/h): GitHub never shows config.secret, so only whether one is set is compared');
    const apply = await runCli(['apply', '-c', path, '--yes'], env2);
    expect(apply.code).toBe(0);
    const secrets = Object.fromEntries(emu.all().map((x) => [x.config.url, x.config.secret]));
    expect(secrets).toEqual({ 'https://a.example.com/h': 'new-secret-1a2b', 'https://b.example.com/h': 'old-secret-5e2a', 'https://c.example.com/h': undefined });
    expect(writes(emu).filter((w) => w.path.endsWith('/config')).map((w) => [w.path, w.body])).toEqual([
      [`/${REPO}/hooks/${bare.id}/config`, { secret: 'new-secret-1a2b' }],
      [`/${REPO}/hooks/${drop.id}/config`, { secret: '' }],
    ]);
    expect(leakedSecrets([plan.stdout, plan.stderr, apply.stdout, apply.stderr], ['new-secret-1a2b', 'old-secret-5e2a', 'drop-secret-9f3b'])).toEqual([]);
    const again = await runCli(['plan', '-c', path, '--detailed-exitcode'], env2);
    expect(again.code).toBe(0);
  });

  it('a hook without a secret reads the same whether GitHub leaves the key out or shows it empty (not confirmed which)', async () => {
    for (const noSecretShownAs of ['absent', 'empty'] as const) {
      const { emu, env } = await github({ noSecretShownAs });
      emu.seed(REPO, { config: { url: 'https://n.example.com/h' } });
      const plan = await runCli(['plan', '-c', file('      - config: { url: https://n.example.com/h, secret: "${S}" }\n')], { ...env, S: 'new-secret-4d4d' });
      expect(plan.stdout).toContain('    + config.secret: (sensitive value)\n');
    }
  });

  it('creates organization hooks named web and updates their events whole', async () => {
    const { emu, env } = await github();
    const h = emu.seed('orgs/acme', { config: { url: 'https://o.example.com/h' }, events: ['push'] });
    const path = file('      - config: { url: https://o.example.com/h }\n        events: [push, organization]\n      - config: { url: https://n.example.com/h }\n        events: [member]\n', 'organization: acme');
    const r = await runCli(['apply', '-c', path, '--yes'], env);
    expect(r.code).toBe(0);
    expect(writes(emu).map((w) => [w.method, w.path, w.body])).toEqual([
      ['PATCH', `/orgs/acme/hooks/${h.id}`, { events: ['push', 'organization'] }],
      ['POST', '/orgs/acme/hooks', { name: 'web', config: { url: 'https://n.example.com/h' }, events: ['member'] }],
    ]);
  });

  it("refuses two targets on one repository, but not a repository and its organization", async () => {
    const two = writeTemp(`version: 1
targets:
  a:
    provider: github
    repository: acme/webhooks
    auth: { token: t }
    hooks: []
  b:
    provider: github
    repository: ACME/webhooks
    auth: { token: t }
    hooks: []
  c:
    provider: github
    organization: acme
    auth: { token: t }
    hooks: []
`);
    const r = await runCli(['validate', '-c', two], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('targets "a" and "b" reach the same tenant');
    expect(r.stderr).not.toContain('"c"');
  });

  it('validate: a target names a repository or an organization, exactly one', async () => {
    const both = await runCli(['validate', '-c', file('      - config: { url: https://x.example.com/h }\n', 'repository: acme/webhooks\n    organization: acme')], {});
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('targets.gh: write exactly one of "repository" or "organization" (this target writes "repository" and "organization")');
    const neither = await runCli(['validate', '-c', file('      - config: { url: https://x.example.com/h }\n', 'maxDeletes: 5')], {});
    expect(neither.stderr).toContain('targets.gh: write exactly one of "repository" or "organization"');
  });

  it('validate: at most 20 hooks per event in a target, as GitHub allows', async () => {
    const hooks = Array.from({ length: 21 }, (_, i) => `      - config: { url: https://h${i}.example.com/h }\n        events: [push, ${i % 2 ? 'issues' : 'release'}]\n`).join('');
    const r = await runCli(['validate', '-c', file(hooks)], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('targets.gh.hooks[20].events: GitHub allows at most 20 hooks per event on a repository or organization, and this file gives "push" to 21 hooks; remove it from 1 of them');
    expect(r.stderr).not.toContain('"issues"');
  });

  it('plan refuses the hook that would be the 21st on an event, counting the live hooks, and lets a hook that drops it make room', async () => {
    const { emu, env } = await github();
    for (let i = 0; i < 20; i++) emu.seed(REPO, { config: { url: `https://live${i}.example.com/h` }, events: ['push'] });
    const extra = '      - config: { url: https://new.example.com/h }\n        events: [push]\n';
    const plan = await runCli(['plan', '-c', file(extra)], env);
    expect(plan.stdout).toContain('    ! REFUSED, apply will not send this: GitHub allows at most 20 hooks per event on a repository or organization, and "push" would go past it with this change; remove it from this hook or from another\n');
    const refused = await runCli(['apply', '-c', file(extra), '--yes'], env);
    expect(refused.code).toBe(1);
    expect(writes(emu)).toEqual([]);
    const roomFile = file(`${extra}      - config: { url: https://live0.example.com/h }\n        events: [issues]\n`);
    const roomPlan = await runCli(['plan', '-c', roomFile, '-f', 'json'], env);
    const changes = (JSON.parse(roomPlan.stdout) as { targets: { changes: { action: string; needs?: { on: number; why: string }[] }[] }[] }).targets[0]!.changes;
    expect(changes.map((c) => [c.action, c.needs?.map((n) => n.why)])).toEqual([['create', ['it frees a place for "push" (GitHub allows at most 20 hooks per event on a repository or organization)']], ['update', undefined]]);
    const room = await runCli(['apply', '-c', roomFile, '--yes', '--parallelism', '4'], env);
    expect(room.code, room.stdout).toBe(0);
    expect(emu.all().filter((h) => h.events.includes('push'))).toHaveLength(20);
    // The create waited for the update that freed its place: the plan said so, and apply kept the order.
    const sent = writes(emu).map((w) => w.method);
    expect(sent).toEqual(['PATCH', 'POST']);
  });

  it('a token without the write permission: one request, a message naming the permission, no retry, no wait', async () => {
    const { emu, env } = await github({ access: 'read' });
    const r = await runCli(['apply', '-c', file('      - config: { url: https://x.example.com/h }\n        events: [push]\n'), '--yes'], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('GitHub answered 403 to the create: Resource not accessible by personal access token; the token may not change webhooks of repository acme/webhooks: it needs the "Webhooks: write" repository permission');
    expect(r.stdout).toContain('admin:repo_hook');
    expect(r.stdout).toContain('(GitHub says: repository_hooks=write)');
    expect(r.stderr).not.toContain('waiting');
    expect(writes(emu)).toHaveLength(1);
  });

  it('a token that cannot see the hooks: the 404 says "does not exist, or" and names the read permission', async () => {
    const { emu, env } = await github({ access: 'none' });
    const r = await runCli(['plan', '-c', file('      - config: { url: https://x.example.com/h }\n', 'organization: acme')], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('GitHub answered 404 to the webhook list: Not Found; either organization acme does not exist, or the token cannot see its webhooks: it needs the "Webhooks: read" organization permission');
    expect(r.stderr).toContain('admin:org_hook');
    expect(emu.server.requests()).toHaveLength(1);
  });

  it('paces by the primary quota in x-ratelimit-* headers, and waits out one spent elsewhere (403, remaining 0) until its reset', async () => {
    // hooksync and the emulator share a clock that moves only when hooksync sleeps: the wait
    // for the reset is counted, not waited.
    const clock = fakeClock(Date.now(), 2);
    const { emu, env } = await github({ primary: { limit: 3, windowMs: 1000 }, now: clock.now });
    emu.seed(REPO, { config: { url: 'https://x.example.com/h' }, events: ['push'] });
    // Another client spends the whole quota first.
    for (let i = 0; i < 3; i++) await fetch(`${emu.url}/${REPO}/hooks`, { headers: { authorization: `Bearer ${emu.token}`, 'user-agent': 'someone-else' } });
    const r = await runCli(['apply', '-c', file('      - config: { url: https://x.example.com/h }\n        events: [push, issues]\n      - config: { url: https://y.example.com/h }\n        events: [push]\n'), '--yes'], env, { clock });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    // One refusal: the one that found the quota spent. After it the headers pace every request.
    expect(emu.refusals.primary).toBe(1);
    expect(emu.all().map((h) => h.config.url).sort()).toEqual(['https://x.example.com/h', 'https://y.example.com/h']);
  });

  it('keeps GitHub\'s pace for writes: one at a time, a second apart, so a strict secondary limit never refuses', async () => {
    const clock = fakeClock(Date.now(), 2);
    const { emu, env } = await github({ secondary: { minWriteGapMs: 900 }, now: clock.now });
    const hooks = ['a', 'b', 'c'].map((n) => `      - config: { url: https://${n}.example.com/h }\n        events: [push]\n`).join('');
    const r = await runCli(['apply', '-c', file(hooks, 'repository: acme/webhooks', ''), '--yes', '--parallelism', '4'], env, { clock });
    expect(r.code).toBe(0);
    expect(emu.refusals.secondary).toBe(0);
    expect(emu.all()).toHaveLength(3);
  });

  it('a secondary limit is waited out (retry-after) and the refused create lands once', async () => {
    // Past the create cap; a minute passes (in the emulator's view) with each refusal, and the
    // shared clock moves only when hooksync sleeps.
    const clock = fakeClock(Date.now(), 2);
    const ref: { emu?: GithubEmulator } = {};
    const { emu, env } = await github({ secondary: { createsPerMinute: 1, retryAfter: 1 }, now: () => clock.now() + (ref.emu?.refusals.secondary ?? 0) * 61_000 });
    ref.emu = emu;
    const r = await runCli(['apply', '-c', file('      - config: { url: https://a.example.com/h }\n        events: [push]\n      - config: { url: https://b.example.com/h }\n        events: [push]\n'), '--yes'], env, { clock });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(emu.refusals.secondary).toBe(1);
    expect(r.stderr).toContain('the API asked to wait 1s (Retry-After)');
    expect(emu.all().map((h) => h.config.url).sort()).toEqual(['https://a.example.com/h', 'https://b.example.com/h']);
  });
});
