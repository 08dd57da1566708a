/**
 * Logto's own Management API client (@logto/api, typed from Logto's OpenAPI document) against
 * our emulator: if the emulator drifted from the real API's shapes, this client would notice
 * first. The emulator's event list is held to @logto/schemas' `hookEvents`, as is our schema's.
 */
import { readFileSync } from 'node:fs';
import { createManagementApi } from '@logto/api/management';
import { hookEvents } from '@logto/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { LogtoEmulator } from '../../../src/providers/logto/emulator.js';
import { LOGTO_EVENTS } from '../../../src/providers/logto/emulator-rules.js';

const started: LogtoEmulator[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((e) => e.stop()));
});

async function client() {
  const emu = await new LogtoEmulator().start();
  started.push(emu);
  const { apiClient } = createManagementApi('default', { clientId: emu.clientId, clientSecret: emu.clientSecret, baseUrl: emu.url, apiIndicator: 'https://default.logto.app/api' });
  return { emu, api: apiClient };
}

describe('@logto/api against the Logto emulator', () => {
  it('creates, lists, pages, gets, patches, rotates the signing key and deletes a hook', async () => {
    const { emu, api } = await client();
    const created = await api.POST('/api/hooks', { body: { name: 'crm', events: ['PostRegister', 'User.Created'], config: { url: 'https://crm.example.com/h', headers: { 'X-Key': 'value-1' } } } });
    expect(created.response.status).toBe(201);
    const hook = created.data!;
    expect(hook).toMatchObject({ name: 'crm', events: ['PostRegister', 'User.Created'], enabled: true, config: { url: 'https://crm.example.com/h', headers: { 'X-Key': 'value-1' } } });
    expect(hook.id).toMatch(/^[0-9a-z]{21}$/);
    expect(hook.signingKey).toHaveLength(32);

    await api.POST('/api/hooks', { body: { name: 'second', events: ['PostSignIn'], config: { url: 'https://two.example.com/h' } } });
    const all = await api.GET('/api/hooks');
    expect(all.data!.map((h) => h.name)).toEqual(['second', 'crm']); // newest first
    expect(all.response.headers.get('total-number')).toBeNull();
    const paged = await api.GET('/api/hooks', { params: { query: { page: 2, page_size: 1 } } });
    expect(paged.data!.map((h) => h.name)).toEqual(['crm']);
    expect(paged.response.headers.get('total-number')).toBe('2');

    const patched = await api.PATCH('/api/hooks/{id}', { params: { path: { id: hook.id } }, body: { enabled: false, config: { url: 'https://crm.example.com/v2' } } });
    expect(patched.data).toMatchObject({ id: hook.id, enabled: false, config: { url: 'https://crm.example.com/v2' } });
    expect(patched.data!.config.headers).toBeUndefined(); // config is replaced whole, as Logto does

    const got = await api.GET('/api/hooks/{id}', { params: { path: { id: hook.id } } });
    expect(got.data).toMatchObject({ id: hook.id, name: 'crm', enabled: false });

    const rotated = await api.PATCH('/api/hooks/{id}/signing-key', { params: { path: { id: hook.id } } });
    expect(rotated.data!.signingKey).not.toBe(hook.signingKey);

    const removed = await api.DELETE('/api/hooks/{id}', { params: { path: { id: hook.id } } });
    expect(removed.response.status).toBe(204);
    const gone = await api.GET('/api/hooks/{id}', { params: { path: { id: hook.id } } });
    expect(gone.response.status).toBe(404);
    expect(gone.error).toMatchObject({ code: 'entity.not_exists_with_id' });
    expect(emu.all().map((h) => h.name)).toEqual(['second']);
  });

  it('gets the validation errors Logto gives', async () => {
    const { api } = await client();
    const noEvents = await api.POST('/api/hooks', { body: { name: 'x', config: { url: 'https://x.example.com' } } as never });
    expect(noEvents.response.status).toBe(400);
    expect(noEvents.error).toMatchObject({ code: 'hook.missing_events' });
    const badEvent = await api.POST('/api/hooks', { body: { name: 'x', events: ['Nope'], config: { url: 'https://x.example.com' } } as never });
    expect(badEvent.response.status).toBe(400);
    expect(badEvent.error).toMatchObject({ code: 'guard.invalid_input' });
  });

  it('knows exactly the events @logto/schemas lists, and so does our schema', () => {
    expect([...LOGTO_EVENTS].sort()).toEqual([...hookEvents].sort());
    const schema = JSON.parse(readFileSync(new URL('../../../schemas/providers/logto.json', import.meta.url), 'utf8')) as { properties: { events: { items: { enum: string[] } } } };
    expect([...schema.properties.events.items.enum].sort()).toEqual([...hookEvents].sort());
  });
});
