/**
 * GitHub's own client, Octokit (@octokit/rest), against our GitHub emulator: repository and
 * organization webhooks through its typed methods, its paginate() following our Link headers,
 * the masked secret, config updates, and the errors it builds from our answers.
 */
import { Octokit } from '@octokit/rest';
import { afterEach, describe, expect, it } from 'vitest';
import { GithubEmulator } from '../../../src/providers/github/emulator.js';

const started: GithubEmulator[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((e) => e.stop()));
});

// Octokit logs every failed request; the refusals here are on purpose.
const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

async function octokit(options: ConstructorParameters<typeof GithubEmulator>[0] = {}) {
  const emu = await new GithubEmulator(options).start();
  started.push(emu);
  return { emu, client: new Octokit({ auth: emu.token, baseUrl: emu.url, userAgent: 'octokit-test', request: { retries: 0 }, log: quiet }) };
}

describe('Octokit against the GitHub emulator', () => {
  it('creates, pages through, reads, updates and deletes repository webhooks', async () => {
    const { emu, client } = await octokit();
    const owner = 'acme';
    const repo = 'webhooks';
    const made = await client.rest.repos.createWebhook({ owner, repo, config: { url: 'https://ci.example.com/h', content_type: 'json', secret: 'octo-secret-1' }, events: ['push', 'pull_request'] });
    expect(made.status).toBe(201);
    expect(made.headers.location).toBe(`${emu.url}/repos/acme/webhooks/hooks/${made.data.id}`);
    expect(made.data).toMatchObject({ type: 'Repository', name: 'web', active: true, events: ['push', 'pull_request'], config: { url: 'https://ci.example.com/h', content_type: 'json', secret: '********', insecure_ssl: '0' }, last_response: { code: null, status: 'unused', message: null } });
    for (let i = 0; i < 4; i++) await client.rest.repos.createWebhook({ owner, repo, config: { url: `https://h${i}.example.com/h` }, events: ['issues'] });

    const all = await client.paginate(client.rest.repos.listWebhooks, { owner, repo, per_page: 2 });
    expect(all.map((h) => h.config.url)).toEqual(['https://ci.example.com/h', 'https://h0.example.com/h', 'https://h1.example.com/h', 'https://h2.example.com/h', 'https://h3.example.com/h']);
    expect(emu.server.requests({ method: 'GET' }).filter((r) => r.path.startsWith('/repos/acme/webhooks/hooks?'))).toHaveLength(3);

    const config = await client.rest.repos.updateWebhookConfigForRepo({ owner, repo, hook_id: made.data.id, content_type: 'form' });
    expect(config.data).toEqual({ url: 'https://ci.example.com/h', content_type: 'form', insecure_ssl: '0', secret: '********' });
    expect(emu.all()[0]!.config.secret).toBe('octo-secret-1');

    const updated = await client.rest.repos.updateWebhook({ owner, repo, hook_id: made.data.id, add_events: ['issues'], remove_events: ['push'], active: false });
    expect(updated.data).toMatchObject({ events: ['pull_request', 'issues'], active: false });

    // A PATCH that carries config replaces it whole: the secret it leaves out is gone.
    await client.rest.repos.updateWebhook({ owner, repo, hook_id: made.data.id, config: { url: 'https://ci.example.com/h' } });
    expect(emu.all()[0]!.config.secret).toBeUndefined();

    expect((await client.rest.repos.pingWebhook({ owner, repo, hook_id: made.data.id })).status).toBe(204);
    expect((await client.rest.repos.deleteWebhook({ owner, repo, hook_id: made.data.id })).status).toBe(204);
    const gone = await client.rest.repos.getWebhook({ owner, repo, hook_id: made.data.id }).catch((e: { status: number }) => e);
    expect((gone as { status: number }).status).toBe(404);
  });

  it('manages organization webhooks, which take no add_events', async () => {
    const { client } = await octokit();
    const made = await client.rest.orgs.createWebhook({ org: 'acme', name: 'web', config: { url: 'https://o.example.com/h' }, events: ['member'] });
    expect(made.data).toMatchObject({ type: 'Organization', name: 'web', events: ['member'] });
    expect(made.data).not.toHaveProperty('test_url');
    const updated = await client.rest.orgs.updateWebhook({ org: 'acme', hook_id: made.data.id, events: ['member', 'organization'] });
    expect(updated.data.events).toEqual(['member', 'organization']);
    const refused = await client.request('PATCH /orgs/{org}/hooks/{hook_id}', { org: 'acme', hook_id: made.data.id, add_events: ['team'] }).catch((e: { status: number; message: string }) => e);
    expect((refused as { status: number }).status).toBe(422);
    expect((refused as { message: string }).message).toContain('"add_events" is not a permitted key.');
  });

  it('gets our 422 Validation Failed bodies, duplicates and bad names included, as RequestErrors', async () => {
    const { client } = await octokit();
    await client.rest.repos.createWebhook({ owner: 'acme', repo: 'webhooks', config: { url: 'https://dup.example.com/h' }, events: ['push'] });
    const dup = await client.rest.repos.createWebhook({ owner: 'acme', repo: 'webhooks', config: { url: 'https://dup.example.com/h' }, events: ['push', 'issues'] }).catch((e: unknown) => e);
    expect(dup).toMatchObject({ status: 422, response: { data: { message: 'Validation Failed', errors: [{ resource: 'Hook', code: 'custom', message: 'Hook already exists on this repository' }] } } });
    const badName = await client.request('POST /repos/{owner}/{repo}/hooks', { owner: 'acme', repo: 'webhooks', name: 'slack', config: { url: 'https://x.example.com/h' } }).catch((e: unknown) => e);
    expect(badName).toMatchObject({ status: 422, response: { data: { errors: [{ resource: 'Hook', field: 'name', code: 'invalid' }] } } });
  });

  it('sees our rate-limit headers, and a read-only token gets 403 with the permission GitHub accepts', async () => {
    const { client, emu } = await octokit({ access: 'read', primary: { limit: 100, windowMs: 3_600_000 } });
    const list = await client.rest.repos.listWebhooks({ owner: 'acme', repo: 'webhooks' });
    expect(list.headers['x-ratelimit-limit']).toBe('100');
    expect(list.headers['x-ratelimit-remaining']).toBe('99');
    expect(list.headers['x-ratelimit-resource']).toBe('core');
    const refused = await client.rest.repos.createWebhook({ owner: 'acme', repo: 'webhooks', config: { url: 'https://x.example.com/h' } }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 403, response: { headers: { 'x-accepted-github-permissions': 'repository_hooks=write' } } });
    expect(emu.all()).toEqual([]);
  });
});
