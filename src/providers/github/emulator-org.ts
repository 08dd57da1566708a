/**
 * The repositories of the emulated GitHub organizations, as GitHub's REST reference describes the
 * two lists a selecting target reads: `GET /orgs/{org}/repos` (minimal repositories, with
 * `visibility`, `archived`, `fork`, `topics` and the token's `permissions`, paged by page and
 * per_page up to 100, with a Link header) and `GET /orgs/{org}/properties/values` (each
 * repository's custom property values, `{repository_id, repository_name,
 * repository_full_name, properties: [{property_name, value}]}`, paged the same way). A token
 * that is not an admin of a repository sees it in the list with `permissions.admin: false` and
 * gets 404 for its hooks, as GitHub hides what may not be seen.
 */
import type { EmulatorAnswer, EmulatorRequest } from '../../sandbox/server.js';

export type Visibility = 'public' | 'private' | 'internal';

export interface GithubRepo {
  readonly id: number;
  readonly org: string;
  readonly name: string;
  readonly topics: readonly string[];
  readonly visibility: Visibility;
  readonly archived: boolean;
  readonly fork: boolean;
  /** Custom property values: a string, or a list for multi-select properties. */
  readonly properties: Readonly<Record<string, string | readonly string[]>>;
  /** Whether the emulator's token is an admin here (may read and write its hooks). */
  readonly admin: boolean;
}

export type RepoSeed = Partial<Omit<GithubRepo, 'id' | 'org' | 'name'>> & { readonly name: string };

export class GithubOrgs {
  private readonly repos = new Map<string, GithubRepo>();
  private nextId = 700_000_001;

  add(org: string, seed: RepoSeed): GithubRepo {
    const repo: GithubRepo = {
      id: this.nextId++,
      org,
      name: seed.name,
      topics: [...(seed.topics ?? [])],
      visibility: seed.visibility ?? 'private',
      archived: seed.archived ?? false,
      fork: seed.fork ?? false,
      properties: { ...(seed.properties ?? {}) },
      admin: seed.admin ?? true,
    };
    this.repos.set(`${org}/${seed.name}`.toLowerCase(), repo);
    return repo;
  }

  get(fullName: string): GithubRepo | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  of(org: string): GithubRepo[] {
    return [...this.repos.values()].filter((r) => r.org.toLowerCase() === org.toLowerCase());
  }

  /** `GET /orgs/{org}/repos` and `GET /orgs/{org}/properties/values`, or undefined for other paths. */
  answer(req: EmulatorRequest, base: string, orgExists: (org: string) => boolean): EmulatorAnswer | undefined {
    const m = /^\/orgs\/([^/]+)\/(repos|properties\/values)\/?$/.exec(req.path);
    if (!m) return undefined;
    if (req.method !== 'GET') return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
    const org = m[1]!;
    if (!orgExists(org)) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
    const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
    const all = this.of(org).sort((a, b) => a.id - b.id);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const path = `orgs/${org}/${m[2]}`;
    const link = (p: number, rel: string) => `<${base}/${path}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
    const rels = [...(page > 1 ? [link(page - 1, 'prev')] : []), ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first')] : [])];
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const body = m[2] === 'repos' ? slice.map((r) => shownRepo(r, base)) : slice.map((r) => ({ repository_id: r.id, repository_name: r.name, repository_full_name: `${r.org}/${r.name}`, properties: Object.entries(r.properties).map(([property_name, value]) => ({ property_name, value })) }));
    return { status: 200, body, headers: rels.length > 0 && all.length > perPage ? { link: rels.join(', ') } : {} };
  }
}

function shownRepo(r: GithubRepo, base: string): Record<string, unknown> {
  return {
    id: r.id,
    node_id: `R_${r.id.toString(36)}`,
    name: r.name,
    full_name: `${r.org}/${r.name}`,
    owner: { login: r.org, id: 9_000_001, type: 'Organization' },
    private: r.visibility !== 'public',
    visibility: r.visibility,
    fork: r.fork,
    archived: r.archived,
    disabled: false,
    topics: [...r.topics],
    url: `${base}/repos/${r.org}/${r.name}`,
    hooks_url: `${base}/repos/${r.org}/${r.name}/hooks`,
    permissions: { admin: r.admin, maintain: r.admin, push: true, triage: true, pull: true },
  };
}
