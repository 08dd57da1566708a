/**
 * node-auth0's ManagementClient (the SDK the Auth0 Deploy CLI uses) against our Auth0 emulator:
 * hooks and their secrets, pagination with totals, and the errors it turns our answers into.
 * The SDK only speaks https to `domain`, so its fetch is pointed at the emulator on loopback.
 */
import { ManagementError } from 'auth0';
import { afterEach, describe, expect, it } from 'vitest';
import { managementClient } from '../../helpers/auth0-sdk.js';
import { Auth0Emulator } from '../../../src/providers/auth0/emulator.js';

const started: Auth0Emulator[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((e) => e.stop()));
});

async function sdk(options: ConstructorParameters<typeof Auth0Emulator>[0] = {}) {
  const emu = await new Auth0Emulator({ rateLimit: { burst: 1000, perSecond: 1000 }, ...options }).start();
  started.push(emu);
  return { emu, client: await managementClient(emu) };
}

describe('node-auth0 ManagementClient against the Auth0 emulator', () => {
  it('creates, lists with totals across pages, gets, updates and deletes hooks', async () => {
    const { emu, client } = await sdk();
    const made = await client.hooks.create({ name: 'enrich', script: 'module.exports = () => {};', triggerId: 'credentials-exchange', dependencies: { axios: '1.7.0' } });
    expect(made).toMatchObject({ name: 'enrich', triggerId: 'credentials-exchange', enabled: false, dependencies: { axios: '1.7.0' } });
    for (let i = 0; i < 3; i++) await client.hooks.create({ name: `h${i}`, script: 'x', triggerId: 'pre-user-registration' });

    const first = await client.hooks.list({ per_page: 3, include_totals: true });
    expect(first.data.map((h) => h.name)).toEqual(['enrich', 'h0', 'h1']);
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(second.data.map((h) => h.name)).toEqual(['h2']);

    const updated = await client.hooks.update(made.id!, { enabled: true, script: 'module.exports = () => 1;' });
    expect(updated).toMatchObject({ id: made.id, enabled: true, script: 'module.exports = () => 1;' });
    expect(await client.hooks.get(made.id!)).toMatchObject({ id: made.id, enabled: true });

    await client.hooks.delete(made.id!);
    expect(emu.all().map((h) => h.name)).toEqual(['h0', 'h1', 'h2']);
  });

  it('writes secrets it can never read back', async () => {
    const { emu, client } = await sdk();
    const made = await client.hooks.create({ name: 'with-secrets', script: 'x', triggerId: 'credentials-exchange' });
    await client.hooks.secrets.create(made.id!, { API_KEY: 'key-value-1', OTHER: 'other-value-1' });
    expect(await client.hooks.secrets.get(made.id!)).toEqual({ API_KEY: '_VALUE_NOT_SHOWN_', OTHER: '_VALUE_NOT_SHOWN_' });
    await client.hooks.secrets.update(made.id!, { API_KEY: 'key-value-2' });
    await client.hooks.secrets.delete(made.id!, ['OTHER']);
    expect(emu.secrets.get(made.id!)).toEqual({ API_KEY: 'key-value-2' });
  });

  it('gets Auth0 errors: 409 for a name taken, 400 for a triggerId in a PATCH, 404 for a hook that is gone', async () => {
    const { client } = await sdk();
    const made = await client.hooks.create({ name: 'taken', script: 'x', triggerId: 'credentials-exchange' });
    const failure = async (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as ManagementError);
    const conflict = await failure(client.hooks.create({ name: 'taken', script: 'x', triggerId: 'credentials-exchange' }));
    expect(conflict).toBeInstanceOf(ManagementError);
    expect([conflict!.statusCode, (conflict!.body as { message: string }).message]).toEqual([409, 'Hook with the same name already exists.']);
    const immutable = await failure(client.hooks.update(made.id!, { triggerId: 'pre-user-registration' } as never));
    expect([immutable!.statusCode, (immutable!.body as { errorCode: string }).errorCode]).toEqual([400, 'invalid_body']);
    await client.hooks.delete(made.id!);
    const gone = await failure(client.hooks.get(made.id!));
    expect([gone!.statusCode, (gone!.body as { errorCode: string }).errorCode]).toEqual([404, 'HookDoesNotExist']);
  });

  it('lists hooks without their script when the emulator plays a tenant whose list leaves it out', async () => {
    const { client } = await sdk({ listScript: false });
    const made = await client.hooks.create({ name: 'code', script: 'the-code', triggerId: 'credentials-exchange' });
    const listed = await client.hooks.list({ include_totals: true });
    expect(listed.data[0]).not.toHaveProperty('script');
    expect((await client.hooks.get(made.id!)).script).toBe('the-code');
  });
});
