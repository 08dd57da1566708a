/**
 * node-auth0's ManagementClient against our Event Streams emulator: create, cursor paging
 * through the SDK's own pager, read (no token ever), update, delete, and the errors it builds
 * from our answers. The SDK only speaks https to `domain`, so its fetch is pointed at the
 * emulator on loopback.
 */
import { ManagementError } from 'auth0';
import { afterEach, describe, expect, it } from 'vitest';
import { managementClient } from '../../helpers/auth0-sdk.js';
import { EventStreamsEmulator } from '../../../src/providers/auth0-event-streams/emulator.js';

const started: EventStreamsEmulator[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((e) => e.stop()));
});

async function sdk(options: ConstructorParameters<typeof EventStreamsEmulator>[0] = {}) {
  const emu = await new EventStreamsEmulator({ rateLimit: { burst: 1000, perSecond: 1000 }, ...options }).start();
  started.push(emu);
  return { emu, client: await managementClient(emu) };
}

const webhook = (endpoint: string, token: string) => ({ type: 'webhook' as const, configuration: { webhook_endpoint: endpoint, webhook_authorization: { method: 'bearer' as const, token } } });

describe('node-auth0 ManagementClient against the Event Streams emulator', () => {
  it('creates, pages with from/take, reads without the token, updates and deletes streams', async () => {
    const { emu, client } = await sdk();
    const made = await client.eventStreams.create({ name: 'users', subscriptions: [{ event_type: 'user.created' }], destination: webhook('https://events.example.com/a', 'sdk-token-1') });
    expect(made).toMatchObject({ name: 'users', status: 'enabled', destination: { type: 'webhook', configuration: { webhook_endpoint: 'https://events.example.com/a', webhook_authorization: { method: 'bearer' } } } });
    expect(JSON.stringify(made)).not.toContain('sdk-token-1');
    expect(made.id).toMatch(/^est_[0-9A-Za-z]{22}$/);
    for (let i = 0; i < 4; i++) await client.eventStreams.create({ name: `s${i}`, subscriptions: [{ event_type: 'user.deleted' }], destination: webhook(`https://events.example.com/${i}`, `t-${i}`) });

    const names: string[] = [];
    const page = await client.eventStreams.list({ take: 2 });
    for await (const s of page) names.push(s.name!);
    expect(names).toEqual(['users', 's0', 's1', 's2', 's3']);
    expect(emu.server.requests({ method: 'GET' }).filter((r) => r.path.startsWith('/api/v2/event-streams?'))).toHaveLength(3);

    const updated = await client.eventStreams.update(made.id!, { status: 'disabled', subscriptions: [{ event_type: 'user.created' }, { event_type: 'user.updated' }] });
    expect(updated).toMatchObject({ status: 'disabled', subscriptions: [{ event_type: 'user.created' }, { event_type: 'user.updated' }] });
    expect(emu.all().find((s) => s.id === made.id)!.destination.configuration).toMatchObject({ webhook_authorization: { method: 'bearer', token: 'sdk-token-1' } });
    await client.eventStreams.delete(made.id!);
    const gone = await client.eventStreams.get(made.id!).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(ManagementError);
    expect((gone as ManagementError).statusCode).toBe(404);
  });

  it('gets our validation 400, the immutable destination type and a stream Auth0 disabled as errors', async () => {
    const { emu, client } = await sdk();
    const bad = await client.eventStreams.create({ name: 'x', destination: webhook('http://plain.example.com', 't') }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ManagementError);
    expect((bad as ManagementError).statusCode).toBe(400);
    expect((bad as ManagementError).body).toMatchObject({ errorCode: 'invalid_body', message: "Payload validation error: 'destination.configuration.webhook_endpoint' must be an https:// URL" });

    const s = emu.seed({ name: 'failing', failures: 6000 });
    expect(s.status).toBe('disabled');
    const refused = await client.eventStreams.update(s.id, { status: 'enabled' }).catch((e: unknown) => e);
    expect((refused as ManagementError).statusCode).toBe(409);
    const typeChange = await client.eventStreams.update(s.id, { destination: { type: 'eventbridge', configuration: { aws_account_id: '123456789012', aws_region: 'us-east-1' } } as never }).catch((e: unknown) => e);
    expect((typeChange as ManagementError).statusCode).toBe(400);
    expect((typeChange as ManagementError).body).toMatchObject({ message: 'Payload validation error: destination.type cannot be changed (it is webhook); delete the event stream and create it anew' });
  });
});
