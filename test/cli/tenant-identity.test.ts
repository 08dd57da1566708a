/**
 * One tenant, two spellings: where the vendor's answers say which tenant answered, two targets
 * that reach one tenant by different names are held to the rule for one endpoint (disjoint
 * owns, or refused before any write). All of 127.0.0.0/8 is loopback.
 */
import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from '../helpers/cli.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox();
const localhost = (url: string) => url.replace('127.0.0.1', 'localhost');

const twoLogto = (a: string, b: string, ownsA = '', ownsB = '') => `version: 1
targets:
  one:
    provider: logto
    endpoint: ${a}
    auth: { clientId: "\${LOGTO_CLIENT_ID}", clientSecret: "\${LOGTO_CLIENT_SECRET}" }
    prune: true${ownsA}
    hooks:
      - { name: a-new, events: [PostRegister], config: { url: "https://a.example.com" } }
  two:
    provider: logto
    endpoint: ${b}
    auth: { clientId: "\${LOGTO_CLIENT_ID}", clientSecret: "\${LOGTO_CLIENT_SECRET}" }
    prune: true${ownsB}
    hooks:
      - { name: b-new, events: [PostRegister], config: { url: "https://b.example.com" } }
`;

describe('one tenant, two spellings', () => {
  it('Logto: localhost and 127.0.0.1 are one server by its token\'s issuer, refused without disjoint owns before any write', async () => {
    const s = await sandbox();
    s.logto.seed({ name: 'a-live' });
    const url = s.env.LOGTO_ENDPOINT!;
    const r = await runCli(['apply', '-c', writeTemp(twoLogto(url, localhost(url))), '--yes'], s.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: HOOKSYNC_CONFIG_INVALID: targets "one" (${url}) and "two" (${localhost(url)}) reach one tenant (Logto says so: issuer ${url}/oidc), so each would undo the other and prune the other's hooks`);
    expect(s.logto.server.requests().filter((q) => q.method !== 'GET' && q.path.startsWith('/api/'))).toEqual([]);
    const owned = await runCli(['apply', '-c', writeTemp(twoLogto(url, localhost(url), '\n    owns: a-', '\n    owns: b-')), '--yes'], s.env);
    expect(owned.code, owned.stderr).toBe(0);
    expect(s.logto.all().map((h) => h.name).sort()).toEqual(['a-new', 'b-new']);
  });

  it('Bold Penguin: the tenant_id on its subscriptions tells two spellings apart', async () => {
    const s = await sandbox();
    s.boldpenguin.seed({ url: 'https://live.example.com/bp', events: ['quote_request'] });
    const url = s.env.BOLDPENGUIN_ENDPOINT!;
    const target = (name: string, endpoint: string) => `  ${name}:\n    provider: boldpenguin\n    endpoint: ${endpoint}\n    auth: { clientId: "\${BOLDPENGUIN_CLIENT_ID}", clientSecret: "\${BOLDPENGUIN_CLIENT_SECRET}" }\n    hooks:\n      - { url: "https://${name}.example.com/bp", events: [quote_request] }\n`;
    const r = await runCli(['plan', '-c', writeTemp(`version: 1\ntargets:\n${target('one', url)}${target('two', localhost(url))}`)], s.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('reach one tenant (Bold Penguin says so: tenant_id tenant-sandbox)');
  });

  it('GitHub: the repository its hooks name, as GitHub spells it', async () => {
    const s = await sandbox();
    s.github.seed(`repos/${s.env.GITHUB_REPOSITORY}`, { config: { url: 'https://live.example.com/h' } });
    const url = s.env.GITHUB_ENDPOINT!;
    const target = (name: string, endpoint: string) => `  ${name}:\n    provider: github\n    endpoint: ${endpoint}\n    repository: \${GITHUB_REPOSITORY}\n    auth: { token: "\${GITHUB_TOKEN}" }\n    hooks:\n      - { config: { url: "https://${name}.example.com/h" } }\n`;
    const r = await runCli(['plan', '-c', writeTemp(`version: 1\ntargets:\n${target('one', url)}${target('two', localhost(url))}`)], s.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/reach one tenant \(GitHub says so: 127\.0\.0\.1:\d+ repos\/acme\/webhooks\)/);
  });

  it('Auth0 hooks: the Management API audience on its token names the tenant whichever domain asked, and disjoint owns let both work', async () => {
    const s = await sandbox();
    s.auth0.seed({ name: 'live-one', triggerId: 'credentials-exchange', script: 'x' });
    const url = s.env.AUTH0_ENDPOINT!;
    const target = (name: string, endpoint: string, owns = '') => `  ${name}:\n    provider: auth0\n    endpoint: ${endpoint}\n    auth: { clientId: "\${AUTH0_CLIENT_ID}", clientSecret: "\${AUTH0_CLIENT_SECRET}" }\n    prune: true${owns}\n    hooks:\n      - { name: ${name}-hook, triggerId: post-user-registration, script: "module.exports = () => {};" }\n`;
    const r = await runCli(['apply', '--yes', '-c', writeTemp(`version: 1\ntargets:\n${target('one', url)}${target('two', localhost(url))}`)], s.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`targets "one" (${url}) and "two" (${localhost(url)}) reach one tenant (Auth0 says so: audience ${url}/api/v2/)`);
    expect(s.auth0.server.requests({ pathPrefix: '/api/v2/hooks' }).filter((q) => q.method !== 'GET')).toEqual([]);
    const owned = await runCli(['apply', '--yes', '-c', writeTemp(`version: 1\ntargets:\n${target('one', url, '\n    owns: one-')}${target('two', localhost(url), '\n    owns: two-')}`)], s.env);
    expect(owned.code, owned.stderr).toBe(0);
    expect(s.auth0.all().map((h) => h.name).sort()).toEqual(['live-one', 'one-hook', 'two-hook']);
  });

  it('Auth0 Event Streams: the same token audience tells, and the client id is never shown', async () => {
    const s = await sandbox();
    const url = s.env.AUTH0_EVENTS_ENDPOINT!;
    const target = (name: string, endpoint: string) => `  ${name}:\n    provider: auth0-event-streams\n    endpoint: ${endpoint}\n    auth: { clientId: "\${AUTH0_EVENTS_CLIENT_ID}", clientSecret: "\${AUTH0_EVENTS_CLIENT_SECRET}" }\n    hooks: []\n`;
    const r = await runCli(['plan', '-c', writeTemp(`version: 1\ntargets:\n${target('one', url)}${target('two', localhost(url))}`)], s.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`reach one tenant (Auth0 Event Streams says so: audience ${url}/api/v2/)`);
    expect(r.stderr).not.toContain(s.env.AUTH0_EVENTS_CLIENT_ID!);
  });

  it('takes every address of 127.0.0.0/8 for loopback, where plain http is allowed', async () => {
    const file = writeTemp(`version: 1\ntargets:\n  t:\n    provider: logto\n    endpoint: http://127.0.0.2:3001\n    auth: { clientId: a, clientSecret: b }\n    hooks: []\n`);
    expect((await runCli(['validate', '-c', file], {})).code).toBe(0);
    const off = writeTemp(`version: 1\ntargets:\n  t:\n    provider: logto\n    endpoint: http://10.0.0.2:3001\n    auth: { clientId: a, clientSecret: b }\n    hooks: []\n`);
    expect((await runCli(['validate', '-c', off], {})).stderr).toContain('must start with https://');
  });
});
