/**
 * Auth0 Event Streams' own semantics over HTTP against its emulator: a destination type change
 * is a replacement, a token is never read back nor sent, a stream Auth0 disabled refuses to be
 * enabled, and the same Auth0 credentials serve it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { EventStreamsEmulator, type EventStreamsEmulatorOptions } from '../../../src/providers/auth0-event-streams/emulator.js';
import { leakedSecrets, runCli, writeTemp } from '../../helpers/cli.js';
import { startHostile } from '../../helpers/hostile.js';

const running: EventStreamsEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.stop()));
});

async function streams(options: EventStreamsEmulatorOptions = {}) {
  const emu = await new EventStreamsEmulator({ rateLimit: { burst: 1000, perSecond: 1000 }, ...options }).start();
  running.push(emu);
  return { emu, env: { ES_URL: emu.url, ES_ID: emu.clientId, ES_SECRET: emu.clientSecret } };
}

const file = (hooks: string) =>
  writeTemp(`version: 1
targets:
  events:
    provider: auth0-event-streams
    endpoint: \${ES_URL}
    auth: { clientId: "\${ES_ID}", clientSecret: "\${ES_SECRET}" }
    hooks:
${hooks}`);

const writes = (emu: EventStreamsEmulator) => emu.server.requests().filter((r) => r.method !== 'GET' && r.path.startsWith('/api/'));
const hook = { type: 'webhook', configuration: { webhook_endpoint: 'https://old.example.com/e', webhook_authorization: { method: 'bearer', token: 'live-token-3f9a' } } };

describe('Auth0 Event Streams', () => {
  it('a different destination type replaces the stream, created from the file\'s destination alone', async () => {
    const { emu, env } = await streams();
    const old = emu.seed({ name: 'to-aws', subscriptions: ['user.created'], destination: hook });
    const path = file('      - name: to-aws\n        destination: { type: eventbridge, configuration: { aws_account_id: "123456789012", aws_region: eu-west-1 } }\n');
    const plan = await runCli(['plan', '-c', path], env);
    expect(plan.stdout).toContain(`# events/to-aws must be replaced (id ${old.id}): destination.type cannot be changed in place`);
    const apply = await runCli(['apply', '-c', path, '--yes'], env);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(writes(emu).map((w) => [w.method, w.path, w.body])).toEqual([
      ['DELETE', `/api/v2/event-streams/${old.id}`, null],
      ['POST', '/api/v2/event-streams', { name: 'to-aws', status: 'enabled', subscriptions: [{ event_type: 'user.created' }], destination: { type: 'eventbridge', configuration: { aws_account_id: '123456789012', aws_region: 'eu-west-1' } } }],
    ]);
    expect(emu.all().map((s) => s.destination.type)).toEqual(['eventbridge']);
    expect(leakedSecrets([plan.stdout, apply.stdout, apply.stderr, JSON.stringify(writes(emu))], ['live-token-3f9a'])).toEqual([]);
  });

  it('changes the endpoint with the live destination merged, never sending the token it cannot see; a token the file gives is sent', async () => {
    const { emu, env } = await streams();
    const s = emu.seed({ name: 'users', destination: hook });
    const path = file('      - name: users\n        destination: { type: webhook, configuration: { webhook_endpoint: https://new.example.com/e } }\n');
    const plan = await runCli(['plan', '-c', path], env);
    expect(plan.stdout).toContain('    ! destination.configuration.webhook_authorization.token is not in the file, so the destination sent does not carry it; Auth0 Event Streams is expected to keep the one it has (not confirmed): write it in the file to be sure\n');
    const moved = await runCli(['apply', '-c', path, '--yes'], env);
    expect(moved.code).toBe(0);
    expect(writes(emu).map((w) => w.body)).toEqual([{ destination: { type: 'webhook', configuration: { webhook_endpoint: 'https://new.example.com/e', webhook_authorization: { method: 'bearer' } } } }]);
    expect(emu.all()[0]!.destination.configuration).toEqual({ webhook_endpoint: 'https://new.example.com/e', webhook_authorization: { method: 'bearer', token: 'live-token-3f9a' } });
    // Writing the token: present on both sides, so no change and a note; nothing is sent.
    const same = file('      - name: users\n        destination: { type: webhook, configuration: { webhook_authorization: { method: bearer, token: "${T}" } } }\n');
    const unchanged = await runCli(['plan', '-c', same, '--detailed-exitcode'], { ...env, T: 'file-token-7b2c' });
    expect(unchanged.code).toBe(0);
    expect(writes(emu)).toHaveLength(1);
    expect(s.id).toBe(emu.all()[0]!.id);
  });

  it('a change of authorization method carries no warning about the other method\'s hidden token', async () => {
    const { emu, env } = await streams();
    emu.seed({ name: 'users', destination: hook });
    const path = file('      - name: users\n        destination: { type: webhook, configuration: { webhook_endpoint: https://old.example.com/e, webhook_authorization: { method: basic, username: u, password: "${PW}" } } }\n');
    const plan = await runCli(['plan', '-c', path], { ...env, PW: 'basic-password-9d2e' });
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('~ destination.configuration.webhook_authorization.method: "bearer" -> "basic"');
    expect(plan.stdout).not.toContain('is not in the file');
  });

  it('keeps stream names unique in the plan: a create never takes the name of a stream whose rename was refused', async () => {
    const { emu, env } = await streams();
    const old = emu.seed({ name: 'users', destination: hook });
    // The pinned stream would be renamed by a replacement that protect refuses, so it keeps its name.
    const path = file(`      - id: ${old.id}\n        name: users-v2\n        protect: true\n        destination: { type: eventbridge, configuration: { aws_account_id: "123456789012", aws_region: eu-west-1 } }\n      - name: users\n        destination: { type: webhook, configuration: { webhook_endpoint: https://new.example.com/e } }\n`);
    const plan = await runCli(['plan', '-c', path, '-f', 'json'], env);
    const changes = (JSON.parse(plan.stdout) as { targets: { changes: { action: string; key: string; refused?: string }[] }[] }).targets[0]!.changes;
    expect(changes.map((c) => [c.action, c.key, c.refused !== undefined])).toEqual([['replace', 'users-v2', true], ['create', 'users', true]]);
    await runCli(['apply', '-c', path, '--yes'], env);
    expect(emu.all().map((x) => x.name)).toEqual(['users']);
    expect(writes(emu)).toEqual([]);
  });

  it('a stream Auth0 disabled after failed deliveries: enabling it fails with Auth0\'s reason, the other changes go', async () => {
    const { emu, env } = await streams();
    emu.seed({ name: 'failing', failures: 6000 });
    emu.seed({ name: 'fine', status: 'disabled' });
    const r = await runCli(['apply', '-c', file('      - name: failing\n        status: enabled\n      - name: fine\n        status: enabled\n'), '--yes'], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAILED  events/failing not updated: Auth0 answered 409 to the update: event_stream_failures: The event stream was disabled after too many failed deliveries');
    expect(r.stdout).toContain('ok      events/fine updated');
    expect(emu.all().map((s) => [s.name, s.status])).toEqual([['failing', 'disabled'], ['fine', 'enabled']]);
  });

  it('reads the list whether Auth0 answers {eventStreams, next} or a bare array (not confirmed which)', async () => {
    for (const listShape of ['object', 'array'] as const) {
      const { emu, env } = await streams({ listShape });
      emu.seed({ name: 'users', status: 'disabled' });
      const r = await runCli(['apply', '-c', file('      - name: users\n        status: enabled\n'), '--yes'], env);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(emu.all()[0]!.status).toBe('enabled');
    }
  });

  it('a list whose cursor points back is refused before any write', async () => {
    // A vendor bug: every list page says the same next cursor.
    const s = await startHostile((req) => (req.method === 'GET' ? { status: 200, json: { eventStreams: [], next: 'c2FtZQ' } } : { status: 201, json: {} }));
    try {
      const r = await runCli(['apply', '-c', file('      - name: new-one\n        destination: { type: action, configuration: { action_id: act_1 } }\n'), '--yes'], { ES_URL: s.url, ES_ID: 'id', ES_SECRET: 'secret' });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("Auth0's event stream list does not add up: page 2 points back to a page already read");
      expect(s.api().map((q) => q.method)).toEqual(['GET', 'GET']);
    } finally {
      await s.stop();
    }
  });
});
