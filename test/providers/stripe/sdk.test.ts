/**
 * The Stripe emulator, driven by the unchanged official SDK (stripe@23) as providers-stripe.md §5
 * says it drives a server: create (200, the secret once), list with auto-paging, retrieve,
 * update (metadata merges, a key set to null is removed, null clears it all), delete, the
 * errors the SDK turns into its own classes, an idempotent replay and an idempotency mismatch.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import { StripeEmulator } from '../../../src/providers/stripe/emulator.js';

const running: StripeEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.stop()));
});

async function sdk(options: ConstructorParameters<typeof StripeEmulator>[0] = {}): Promise<{ emu: StripeEmulator; stripe: Stripe }> {
  const emu = await new StripeEmulator(options).start();
  running.push(emu);
  const { port } = new URL(emu.url);
  return { emu, stripe: new Stripe(emu.testKey, { host: '127.0.0.1', port: Number(port), protocol: 'http', maxNetworkRetries: 0, telemetry: false }) };
}

describe('the Stripe emulator, driven by the stripe SDK', () => {
  it('creates (the secret in that answer only), retrieves, updates with merged and removed metadata, lists newest first and deletes', async () => {
    const { stripe } = await sdk();
    const made = await stripe.webhookEndpoints.create({ url: 'https://pay.example.com/stripe', enabled_events: ['charge.succeeded', 'invoice.paid'], description: 'payments', metadata: { team: 'payments', tier: 'gold' } });
    expect(made.secret).toMatch(/^whsec_[A-Za-z0-9]{32}$/);
    expect(made).toMatchObject({ object: 'webhook_endpoint', status: 'enabled', livemode: false, api_version: null, enabled_events: ['charge.succeeded', 'invoice.paid'] });
    const got = await stripe.webhookEndpoints.retrieve(made.id);
    expect(got.secret).toBeUndefined();
    expect(got.metadata).toEqual({ team: 'payments', tier: 'gold' });

    const merged = await stripe.webhookEndpoints.update(made.id, { metadata: { tier: null as unknown as string, region: 'eu' }, disabled: true });
    expect(merged.metadata).toEqual({ team: 'payments', region: 'eu' });
    expect(merged.status).toBe('disabled');
    expect(merged.secret).toBeUndefined();
    const cleared = await stripe.webhookEndpoints.update(made.id, { metadata: null as unknown as Stripe.MetadataParam, description: '' });
    expect([cleared.metadata, cleared.description]).toEqual([{}, null]);

    const second = await stripe.webhookEndpoints.create({ url: 'https://b.example.com/s', enabled_events: ['*'] });
    expect((await stripe.webhookEndpoints.list()).data.map((e) => e.id)).toEqual([second.id, made.id]);
    expect(await stripe.webhookEndpoints.del(made.id)).toEqual({ id: made.id, object: 'webhook_endpoint', deleted: true });
    await expect(stripe.webhookEndpoints.retrieve(made.id)).rejects.toMatchObject({ type: 'StripeInvalidRequestError', statusCode: 404, code: 'resource_missing', message: `No such webhook endpoint: '${made.id}'` });
  });

  it('pages a list of many with the SDK\'s auto-paging (limit, then starting_after the last id)', async () => {
    const { emu, stripe } = await sdk({ maxEndpoints: 100 });
    for (let i = 0; i < 23; i++) emu.seed({ url: `https://h${i}.example.com/s`, enabled_events: ['charge.failed'] });
    const all = await stripe.webhookEndpoints.list({ limit: 5 }).autoPagingToArray({ limit: 1000 });
    expect(all).toHaveLength(23);
    expect(new Set(all.map((e) => e.id)).size).toBe(23);
    expect(all.map((e) => e.url)).toEqual(emu.all().map((e) => e.url));
    const gets = emu.server.requests().filter((r) => r.method === 'GET').map((r) => r.path);
    expect(gets).toHaveLength(5);
    expect(gets[1]).toMatch(/^\/v1\/webhook_endpoints\?limit=5&starting_after=we_/);
  });

  it('answers what the SDK makes its error classes of: unknown parameter, missing url, bad event, bad URL, bad key, the other mode\'s key', async () => {
    const { emu, stripe } = await sdk();
    const create = (p: Record<string, unknown>) => stripe.webhookEndpoints.create(p as unknown as Stripe.WebhookEndpointCreateParams);
    await expect(create({ url: 'https://x.example.com', enabled_events: ['*'], colour: 'red' })).rejects.toMatchObject({ type: 'StripeInvalidRequestError', statusCode: 400, code: 'parameter_unknown', param: 'colour', message: 'Received unknown parameter: colour' });
    await expect(create({ enabled_events: ['*'] })).rejects.toMatchObject({ statusCode: 400, code: 'parameter_missing', param: 'url' });
    await expect(create({ url: 'https://x.example.com', enabled_events: ['charge.succeeded', 'charge.exploded'] })).rejects.toMatchObject({ statusCode: 400, param: 'enabled_events[1]', message: expect.stringMatching(/^Invalid enabled_events\[1\]: must be one of account\.application\.authorized, /) });
    await expect(create({ url: 'not a url', enabled_events: ['*'] })).rejects.toMatchObject({ statusCode: 400, code: 'url_invalid', param: 'url' });
    const made = await create({ url: 'https://x.example.com', enabled_events: ['*'] });
    await expect(stripe.webhookEndpoints.update(made.id, { api_version: '2024-06-20' } as unknown as Stripe.WebhookEndpointUpdateParams)).rejects.toMatchObject({ code: 'parameter_unknown', param: 'api_version' });

    const { port } = new URL(emu.url);
    const wrong = new Stripe('sk_test_not-a-real-key-Xq7z', { host: '127.0.0.1', port: Number(port), protocol: 'http', maxNetworkRetries: 0 });
    await expect(wrong.webhookEndpoints.list()).rejects.toMatchObject({ type: 'StripeAuthenticationError', statusCode: 401, message: expect.stringMatching(/^Invalid API Key provided: sk_test_\*+Xq7z$/) });
    // The live account sees none of the test account's endpoints, and names the mode when asked for one.
    const live = new Stripe(emu.liveKey, { host: '127.0.0.1', port: Number(port), protocol: 'http', maxNetworkRetries: 0 });
    expect((await live.webhookEndpoints.list()).data).toEqual([]);
    await expect(live.webhookEndpoints.retrieve(made.id)).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing', message: expect.stringContaining('a similar object exists in test mode, but a live mode key was used') });
  });

  it('replays a POST repeated with its Idempotency-Key, and refuses the key with other parameters', async () => {
    const { emu, stripe } = await sdk();
    const params = { url: 'https://once.example.com/s', enabled_events: ['invoice.paid' as const] };
    const first = await stripe.webhookEndpoints.create(params, { idempotencyKey: 'key-for-one-create-0001' });
    const again = await stripe.webhookEndpoints.create(params, { idempotencyKey: 'key-for-one-create-0001' });
    expect(again.id).toBe(first.id);
    expect(again.secret).toBe(first.secret);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(emu.all()).toHaveLength(1);
    await expect(stripe.webhookEndpoints.create({ ...params, url: 'https://other.example.com/s' }, { idempotencyKey: 'key-for-one-create-0001' })).rejects.toMatchObject({ type: 'StripeIdempotencyError', statusCode: 400, message: expect.stringContaining("Try using a key other than 'key-for-one-create-0001'") });
    expect(emu.idempotency.map((x) => x.replayed)).toEqual([false, true, false]);
  });

  it('takes the SDK\'s indexed brackets and the docs\' [] alike, and refuses a scalar where a list belongs', async () => {
    const { emu } = await sdk();
    const post = (body: string) => fetch(`${emu.url}/v1/webhook_endpoints`, { method: 'POST', headers: { authorization: `Bearer ${emu.testKey}`, 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect((await post('url=https%3A%2F%2Fa.example.com&enabled_events[]=charge.failed&enabled_events[]=charge.succeeded')).status).toBe(200);
    expect((await post('url=https%3A%2F%2Fb.example.com&enabled_events%5B0%5D=charge.failed&metadata%5Bteam%5D=a+b')).status).toBe(200);
    expect(emu.all().map((e) => [e.url, e.enabled_events, e.metadata])).toEqual([
      ['https://b.example.com', ['charge.failed'], { team: 'a b' }],
      ['https://a.example.com', ['charge.failed', 'charge.succeeded'], {}],
    ]);
    const scalar = await post('url=https%3A%2F%2Fc.example.com&enabled_events=charge.failed');
    expect(scalar.status).toBe(400);
    expect(await scalar.json()).toEqual({ error: { type: 'invalid_request_error', message: 'Invalid array', param: 'enabled_events' } });
    const badVersion = await fetch(`${emu.url}/v1/webhook_endpoints`, { headers: { authorization: `Bearer ${emu.testKey}`, 'stripe-version': '2019-2-19' } });
    expect(badVersion.status).toBe(400);
    expect(((await badVersion.json()) as { error: { message: string } }).error.message).toBe('Invalid Stripe API version: 2019-2-19');
  });
});
