/** GitHub: the webhooks of a repository or an organization. */
import type { HttpResponse } from '../../http/client.js';
import { defineProvider } from '../provider.js';
import { createGithubAdapter } from './adapter.js';
import { githubSpec } from './spec.js';
import { SELECTOR_SCHEMA } from './selector-schema.js';

/**
 * GitHub answers a spent quota or a secondary limit with 403 (or 429): a limit when the quota
 * is at 0 or the message says "secondary rate limit", waiting for retry-after or, without one,
 * at least a minute, as GitHub's guide says. Any other 403 is a permission: never waited on.
 */
function githubRateLimited(res: HttpResponse): { retryAfterSeconds?: number } | undefined {
  if (res.status !== 403 && res.status !== 429) return undefined;
  if (/\bsecondary rate limit/i.test(res.text)) return { retryAfterSeconds: 60 };
  if (res.headers['x-ratelimit-remaining'] === '0') return {};
  return undefined;
}

export const github = defineProvider({
  kind: 'github',
  spec: githubSpec,
  target: {
    auth: 'token',
    defaultEndpoint: 'https://api.github.com',
    properties: {
      repository: { type: 'string', pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$', description: 'owner/name: manage this repository\'s webhooks' },
      organization: { type: 'string', pattern: '^[A-Za-z0-9-]+$', description: 'manage this organization\'s webhooks (or, with repositories:, those of its repositories)' },
      repositories: { ...SELECTOR_SCHEMA, description: "With organization: manage the hooks of the organization's repositories this selects (every condition written must hold; archived repositories and forks are left out unless asked for), not the organization's own" },
    },
    plain: ['repository', 'organization'],
    selection: { field: 'repositories', within: 'organization', noun: 'repositories' },
    oneOf: [['repository'], ['organization']],
    scopeOf: (t) => (typeof t.repository === 'string' ? `repos/${t.repository.toLowerCase()}` : typeof t.organization === 'string' ? `orgs/${t.organization.toLowerCase()}` : undefined),
    // "Make requests for a single user or client ID serially ... wait at least one second
    // between each request" that mutates (GitHub's REST best practices).
    writeGapMs: 1000,
  },
  createAdapter: createGithubAdapter,
  // Only a target with repositories: selects; the file's other GitHub targets are themselves.
  expand: async (target, deps) => (await import('./expand.js')).expandSelection(target, deps),
  rateLimited: githubRateLimited,
  sandbox: {
    envPrefix: 'GITHUB',
    flags: [
      { name: 'github-primary-limit', type: { number: [1, 1_000_000] }, value: '<n>', description: "GitHub's primary quota: requests per hour", default: 5000 },
      { name: 'github-secondary-retry-after', type: 'boolean', description: 'GitHub sends retry-after on its secondary-limit refusals (not always documented)' },
    ],
    fromFlags: (v) => ({ primary: { limit: Number(v.githubPrimaryLimit ?? 5000), windowMs: 3_600_000 }, secondary: { retryAfter: v.githubSecondaryRetryAfter === true } }),
    emulator: async () => (await import('./emulator.js')).GithubEmulator,
    // An organization to select repositories from: its own repository, three services (one of
    // them legacy), an archived one and a fork, which a selection leaves out by default.
    defaults: {
      organizationRepositories: [
        { name: 'webhooks' },
        { name: 'svc-orders', topics: ['production'], properties: { team: 'payments' } },
        { name: 'svc-billing', topics: ['production'], properties: { team: 'payments' } },
        { name: 'svc-legacy-export', topics: ['production'] },
        { name: 'svc-archive', archived: true },
        { name: 'svc-orders-fork', fork: true },
      ],
    },
    env: (e) => ({ ENDPOINT: e.url, TOKEN: e.token, REPOSITORY: e.repository, ORGANIZATION: e.organization }),
  },
});
