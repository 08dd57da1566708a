/**
 * GitHub repository and organization webhooks over the REST API, version 2022-11-28 (pinned:
 * the 2026-03-10 version's breaking changes do not list hook endpoints, but nobody confirmed it).
 * A token from the target's auth, never a config read back: an update sends only the config
 * keys that changed through `PATCH .../config` (which keeps the others, the secret included),
 * and the rest (events, active) through `PATCH .../hooks/{id}` without `config`.
 * A 403 or 404 that is not a rate limit is a permission or existence problem, and says which
 * permission the token needs.
 */
import { ApiError, HooksyncError } from '../../core/errors.js';
import type { HttpRequest, HttpResponse } from '../../http/client.js';
import type { DeliveryHealth, Fields, LiveHook, TargetConfig } from '../../core/model.js';
import { isPlainObject } from '../../core/model.js';
import { VERSION } from '../../core/version.js';
import type { AdapterDeps } from '../adapter-deps.js';
import { readPages } from '../pages.js';
import { WRITE_ONLY } from '../../core/spec.js';
import type { ProviderAdapter } from '../../core/adapter.js';
import { deliveryRecordOf } from '../delivery-record.js';
import { readAnswer, vendorError } from '../vendor-json.js';

const API_VERSION = '2022-11-28';
const PER_PAGE = 100;
/** What GitHub shows where a secret is set. */
const MASKED = '********';

/** `repos/owner/name` or `orgs/name`: where a target's hooks live. */
function githubScope(target: TargetConfig): { path: string; org: boolean; name: string } {
  const repository = target.options?.repository;
  if (typeof repository === 'string') return { path: `repos/${repository}`, org: false, name: repository };
  const organization = String(target.options?.organization ?? '');
  return { path: `orgs/${organization}`, org: true, name: organization };
}

/**
 * Every item of a GitHub list (`url` ends in `?` or `&`), page by page at 100 a page, bounded and
 * checked as every list is (pages.ts); an answer that is not a list is one error, `then` says
 * what was not done.
 */
export function githubPages(call: GithubCall, url: string, what: string, pagesAtOnce: number | undefined, then: string): Promise<unknown[]> {
  return readPages<unknown>({
    vendor: 'GitHub',
    perPage: PER_PAGE,
    first: 1,
    pagesAtOnce,
    fetch: async (page) => {
      const body = await call({ method: 'GET', url: `${url}per_page=${PER_PAGE}&page=${page}` }, what, [200]);
      if (!Array.isArray(body)) throw new HooksyncError('HOOKSYNC_API', `GitHub answered ${what} with something that is not a list; ${then}`);
      return { items: body };
    },
  });
}

/** A GitHub REST call with the target's token and GitHub's headers: the answer's body, or its refusal explained. */
export type GithubCall = (req: Omit<HttpRequest, 'headers'>, what: string, ok: readonly number[]) => Promise<unknown>;

export function githubCaller(target: TargetConfig, deps: AdapterDeps, scope: { org: boolean; name: string } = githubScope(target)): GithubCall {
  const token = target.auth.token ?? '';
  return async (req, what, ok) => {
    const res = await deps.http.request({
      ...req,
      headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': API_VERSION, 'user-agent': `hooksync/${VERSION}` },
    });
    const success = ok.includes(res.status);
    const body = readAnswer('GitHub', res, what, success);
    if (success) return body;
    throw refusal(res, body, what, scope, target.name);
  };
}

export function createGithubAdapter(target: TargetConfig, deps: AdapterDeps): ProviderAdapter {
  const scope = githubScope(target);
  const base = `${target.endpoint}/${scope.path}/hooks`;
  const call = githubCaller(target, deps, scope);

  let home: string | undefined;
  const toLive = (raw: unknown, what: string): LiveHook => {
    // GitHub names a hook's repository or organization in its url as GitHub spells it.
    if (isPlainObject(raw) && typeof raw.url === 'string') home ??= hookHome(raw.url);
    if (!isPlainObject(raw) || (typeof raw.id !== 'number' && typeof raw.id !== 'string')) throw new HooksyncError('HOOKSYNC_API', `GitHub answered ${what} with something that is not a webhook (no "id"); nothing more was done with it`);
    const config = isPlainObject(raw.config) ? raw.config : {};
    const { secret, ...readable } = config;
    // A secret is never read back: only that one is set, as the same stand-in the file's compares to.
    const fields: Fields = { name: raw.name, config: { ...readable, ...(secret !== undefined && secret !== null && secret !== '' ? { secret: WRITE_ONLY } : {}) }, events: raw.events, active: raw.active };
    if (secret !== undefined && secret !== MASKED && typeof secret === 'string') deps.redactor.add(secret);
    const health = githubHealth(raw.last_response);
    return { id: String(raw.id), key: typeof config.url === 'string' ? config.url : '', fields, ...(health ? { health } : {}) };
  };

  return {
    async list() {
      const hooks = await githubPages(call, `${base}?`, 'the webhook list', deps.pagesAtOnce, 'nothing was planned or changed for this target');
      return hooks.map((h) => toLive(h, 'the webhook list'));
    },
    tenant: () => home,
    async create(body) {
      // An organization hook must say its name; "web" is the only one there is.
      const created = await call({ method: 'POST', url: base, json: { name: 'web', ...body } }, 'the create', [201]);
      return toLive(created, 'the create');
    },
    async update(id, body) {
      const { config, ...rest } = body;
      let answer: LiveHook = { id, key: '', fields: {} };
      if (isPlainObject(config) && Object.keys(config).length > 0) {
        // null removes a key; GitHub takes an empty secret for "no secret" [unsure].
        const keys = Object.fromEntries(Object.entries(config).map(([k, v]) => [k, v === null ? '' : v]));
        const shown = await call({ method: 'PATCH', url: `${base}/${encodeURIComponent(id)}/config`, json: keys }, 'the config update', [200]);
        answer = { id, key: isPlainObject(shown) && typeof shown.url === 'string' ? shown.url : '', fields: { config: shown } };
      }
      if (Object.keys(rest).length > 0) {
        const updated = await call({ method: 'PATCH', url: `${base}/${encodeURIComponent(id)}`, json: rest }, 'the update', [200]);
        answer = toLive(updated, 'the update');
      }
      return answer;
    },
    // A ping (GitHub's test delivery), then the hook read again for what its last delivery
    // came to. GitHub sends the ping after it answers, so the outcome may not be there yet.
    async testDelivery(hook) {
      const before = await call({ method: 'GET', url: `${base}/${encodeURIComponent(hook.id)}` }, 'the webhook', [200]);
      await call({ method: 'POST', url: `${base}/${encodeURIComponent(hook.id)}/pings` }, 'the ping', [204]);
      const after = await call({ method: 'GET', url: `${base}/${encodeURIComponent(hook.id)}` }, 'the webhook', [200]);
      const was = isPlainObject(before) ? JSON.stringify(before.last_response ?? null) : '';
      const last = isPlainObject(after) ? after.last_response : undefined;
      const health = githubHealth(last);
      if (scope.org && !isPlainObject(last)) return { ok: undefined, text: 'ping sent; GitHub shows an organization hook\'s deliveries only in its delivery log' };
      if (!health || JSON.stringify(last ?? null) === was) return { ok: undefined, text: 'ping sent; GitHub had not recorded what came of it yet (see the hook\'s Recent Deliveries)' };
      return { ok: !health.failing, ...(health.lastStatus !== undefined ? { status: health.lastStatus } : {}), text: health.failing ? health.text.replace('last delivery failed', 'ping failed') : `ping answered ${health.lastStatus ?? ''}`.trim() };
    },
    // The hook's delivery list, newest first, one page of 30: statuses and times, never payloads.
    async deliveryRecord(hook) {
      const body = await call({ method: 'GET', url: `${base}/${encodeURIComponent(hook.id)}/deliveries?per_page=30` }, 'the delivery list', [200]);
      if (!Array.isArray(body)) throw new HooksyncError('HOOKSYNC_API', 'GitHub answered the delivery list with something that is not a list');
      const attempts = body.filter(isPlainObject).map((d) => {
        const status = typeof d.status_code === 'number' && d.status_code > 0 ? d.status_code : undefined;
        return { ...(typeof d.delivered_at === 'string' ? { at: d.delivered_at } : {}), ...(typeof d.event === 'string' ? { event: d.event } : {}), ...(status !== undefined ? { status } : {}), ok: status !== undefined && status >= 200 && status < 300, ...(typeof d.duration === 'number' ? { durationMs: Math.round(d.duration * 1000) } : {}) };
      });
      return deliveryRecordOf(attempts, attempts.length === 1 ? 'the last delivery' : `the last ${attempts.length} deliveries`);
    },
    async remove(id) {
      try {
        await call({ method: 'DELETE', url: `${base}/${encodeURIComponent(id)}` }, 'the delete', [204]);
      } catch (e) {
        // Already gone is what a retried delete hopes to find. (A 404 for a token that cannot
        // see the hooks never gets here: the list before it would have failed.)
        if (e instanceof ApiError && e.status === 404) return;
        throw e;
      }
    },
  };
}

/**
 * What a refusal means, in GitHub's words plus what to do. 401: the token. 404: GitHub hides
 * what a token may not see, so it is "no such repository, or no permission". 403: a permission
 * the token lacks, named. 422: the validation errors, each.
 */
function refusal(res: HttpResponse, body: unknown, what: string, scope: { org: boolean; name: string }, target: string): ApiError {
  const words = isPlainObject(body) ? body : {};
  const errors = Array.isArray(words.errors) ? words.errors.filter(isPlainObject).map((e) => (typeof e.message === 'string' ? e.message : [e.field, e.code].filter(Boolean).join(' '))).join('; ') : '';
  const base = vendorError('GitHub', res, what, { message: words.message, details: errors });
  const where = scope.org ? `organization ${scope.name}` : `repository ${scope.name}`;
  const needs = scope.org ? '"Webhooks" organization permission (fine-grained token or GitHub App: organization_hooks), or the admin:org_hook scope (classic token), held by an organization owner' : '"Webhooks" repository permission (fine-grained token or GitHub App: repository_hooks), or the admin:repo_hook scope (classic token), held by a repository admin';
  const level = what === 'the webhook list' ? 'read' : 'write';
  if (res.status === 401) return new ApiError({ status: 401, message: `${base.message}; the token of target ${target} is wrong or expired` });
  if (res.status === 404 && what === 'the webhook list') {
    return new ApiError({ status: 404, message: `${base.message}; either ${where} does not exist, or the token cannot see its webhooks: it needs the ${needs.replace('"Webhooks"', `"Webhooks: ${level}"`)} (with the workflow's own GITHUB_TOKEN, pass a token that has it instead)` });
  }
  if (res.status === 403) {
    const accepted = res.headers['x-accepted-github-permissions'];
    return new ApiError({ status: 403, message: `${base.message}; the token may not change webhooks of ${where}: it needs the ${needs.replace('"Webhooks"', '"Webhooks: write"')}${accepted ? ` (GitHub says: ${accepted})` : ''} (with the workflow's own GITHUB_TOKEN, pass a fine-grained or GitHub App token that has it instead)` });
  }
  return base;
}

/**
 * `last_response` as health: the last delivery's status code, or GitHub's word for why there is
 * none ("timed out", "failed to connect"). A hook that never delivered ("unused") says nothing.
 */
export function githubHealth(last: unknown): DeliveryHealth | undefined {
  if (!isPlainObject(last)) return undefined;
  const code = typeof last.code === 'number' ? last.code : undefined;
  const status = typeof last.status === 'string' ? last.status : undefined;
  if (code === undefined && (status === undefined || status === 'unused')) return undefined;
  if (code !== undefined) {
    const ok = code >= 200 && code < 300;
    return { failing: !ok, text: ok ? `last delivery answered ${code}` : `last delivery failed: ${code}`, lastStatus: code };
  }
  return { failing: status !== 'active', text: status === 'active' ? 'last delivery answered' : `last delivery failed: ${status ?? 'unknown'}` };
}

/** `api.github.com repos/acme/webhooks`: the host and the repository (or organization) a hook's own url names. */
function hookHome(url: string): string | undefined {
  try {
    const u = new URL(url);
    const m = /^\/(?:api\/v3\/)?((?:repos\/[^/]+\/[^/]+)|(?:orgs\/[^/]+))\/hooks\//.exec(u.pathname);
    return m ? `${u.host} ${m[1]!.toLowerCase()}` : undefined;
  } catch {
    return undefined;
  }
}
