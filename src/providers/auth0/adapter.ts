/**
 * Auth0 Management API v2 hooks: client-credentials token (JSON, with the API audience), list
 * with include_totals across every page, create / PATCH / delete, and the separate /secrets calls.
 * Secret names are read only for hooks whose file entry manages them (one request per hook).
 */
import { HooksyncError } from '../../errors.js';
import type { Fields, LiveHook, TargetConfig } from '../../model.js';
import { isPlainObject } from '../../model.js';
import type { WriteOnlyPatch } from '../../plan/request.js';
import type { AdapterDeps } from '../adapter-deps.js';
import { createCaller, deleteIfPresent } from '../bearer.js';
import { requireRecord } from '../vendor-json.js';
import { WRITE_ONLY, type ProviderAdapter } from '../spec.js';

const PER_PAGE = 100;
const FIELDS = ['name', 'script', 'triggerId', 'enabled', 'dependencies'] as const;

export function createAuth0Adapter(target: TargetConfig, deps: AdapterDeps): ProviderAdapter {
  const { redactor } = deps;
  const api = `${target.endpoint}/api/v2`;
  const call = createCaller({
    target,
    deps,
    token: {
      vendor: 'Auth0',
      url: `${target.endpoint}/oauth/token`,
      style: 'json',
      params: { audience: `${api}/` },
      defaultTtlSeconds: 86400,
      hint: 'a machine-to-machine app authorized for the Management API with read:hooks, create:hooks, update:hooks and delete:hooks',
    },
    words: (body) => (isPlainObject(body) ? { code: body.errorCode, message: body.message } : {}),
  });

  const toLive = (answer: unknown, what: string): LiveHook => {
    const raw = requireRecord('Auth0', 'hook', answer, what);
    const fields: Fields = {};
    for (const f of FIELDS) if (raw[f] !== undefined) fields[f] = raw[f];
    return { id: raw.id, key: typeof raw.name === 'string' ? raw.name : '', fields };
  };

  const secretNames = async (id: string): Promise<Record<string, string>> => {
    const { body } = await call({ method: 'GET', url: `${api}/hooks/${encodeURIComponent(id)}/secrets` }, 'the secrets list', [200]);
    if (!isPlainObject(body)) throw new HooksyncError('HOOKSYNC_API', 'Auth0 answered the secrets list with something that is not an object');
    return Object.fromEntries(Object.keys(body).map((k) => [k, WRITE_ONLY]));
  };

  const writeSecrets = async (id: string, patch: WriteOnlyPatch, created: boolean): Promise<void> => {
    const set = Object.fromEntries(Object.entries(patch.set).filter(([, v]) => typeof v === 'string'));
    Object.values(set).forEach((v) => redactor.add(v));
    const steps: [string, () => Promise<unknown>][] = [];
    if (patch.remove.length > 0) steps.push([`remove secrets ${patch.remove.join(', ')}`, () => call({ method: 'DELETE', url: `${api}/hooks/${encodeURIComponent(id)}/secrets`, json: patch.remove }, 'the secrets delete', [204, 200])]);
    if (Object.keys(set).length > 0) steps.push([`add secrets ${Object.keys(set).join(', ')}`, () => call({ method: 'POST', url: `${api}/hooks/${encodeURIComponent(id)}/secrets`, json: set }, 'the secrets create', [201, 200])]);
    for (const [what, step] of steps) {
      try {
        await step();
      } catch (e) {
        // The hook itself was written; say so, so nobody believes the whole change failed.
        const done = created ? `the hook was created (id ${id})` : 'the hook fields were updated';
        throw new HooksyncError(isHooksyncCode(e), `${done}, but could not ${what}: ${(e as Error).message}; run apply again to finish`);
      }
    }
  };

  return {
    async list(options) {
      const hooks: LiveHook[] = [];
      for (let page = 0; ; page++) {
        const { body } = await call({ method: 'GET', url: `${api}/hooks?page=${page}&per_page=${PER_PAGE}&include_totals=true` }, 'the hook list', [200]);
        if (!isPlainObject(body) || !Array.isArray(body.hooks)) throw new HooksyncError('HOOKSYNC_API', `Auth0 answered the hook list (page ${page}) without a "hooks" list; nothing was changed`);
        hooks.push(...body.hooks.map((h) => toLive(h, 'the hook list')));
        const total = typeof body.total === 'number' ? body.total : hooks.length;
        if (body.hooks.length === 0 || hooks.length >= total) break;
      }
      const wanted = hooks.filter((h) => options?.detail?.(h) === true);
      const names = await Promise.all(wanted.map((h) => secretNames(h.id)));
      const withSecrets = new Map(wanted.map((h, i) => [h.id, names[i]!]));
      return hooks.map((h) => (withSecrets.has(h.id) ? { ...h, fields: { ...h.fields, secrets: withSecrets.get(h.id) } } : h));
    },

    async create(body) {
      const { secrets, ...hook } = body;
      const { body: created } = await call({ method: 'POST', url: `${api}/hooks`, json: hook }, 'the create', [201, 200]);
      const live = toLive(created, 'the create');
      if (isPlainObject(secrets)) await writeSecrets(live.id, { set: secrets, remove: [] }, true);
      return live;
    },

    async update(id, body) {
      const { secrets, ...hook } = body;
      let live: LiveHook = { id, key: '', fields: {} };
      // PATCH needs at least one property: a change of secrets alone sends no PATCH at all.
      if (Object.keys(hook).length > 0) {
        const { body: updated } = await call({ method: 'PATCH', url: `${api}/hooks/${encodeURIComponent(id)}`, json: hook }, 'the update', [200, 201]);
        live = toLive(updated, 'the update');
      }
      if (secrets !== undefined) await writeSecrets(id, secrets as WriteOnlyPatch, false);
      return live;
    },

    remove: (id) => deleteIfPresent(call, `${api}/hooks/${encodeURIComponent(id)}`),
  };
}

const isHooksyncCode = (e: unknown) => (e instanceof HooksyncError ? e.code : 'HOOKSYNC_API');
