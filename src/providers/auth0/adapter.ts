/**
 * Auth0 Management API v2 hooks: client-credentials token (JSON, with the API audience), list
 * with include_totals across every page, create / PATCH / delete, and the separate /secrets calls.
 * Secret names are read only for hooks whose file entry manages them or that will be replaced
 * (one request per hook).
 */
import { ApiError, HooksyncError } from '../../core/errors.js';
import { sendOnce } from '../../http/lost-answer.js';
import type { Fields, LiveHook, TargetConfig } from '../../core/model.js';
import { isPlainObject } from '../../core/model.js';
import type { AdapterDeps } from '../adapter-deps.js';
import { deleteIfPresent } from '../bearer.js';
import { auth0Caller, auth0Tenant } from './management.js';
import { readPages } from '../pages.js';
import { requireRecord } from '../vendor-json.js';
import { WRITE_ONLY } from '../../core/spec.js';
import type { ListOptions, ProviderAdapter, WriteOnlyPatch } from '../../core/adapter.js';

const PER_PAGE = 100;
const FIELDS = ['name', 'script', 'triggerId', 'enabled', 'dependencies'] as const;

export function createAuth0Adapter(target: TargetConfig, deps: AdapterDeps): ProviderAdapter {
  const { redactor } = deps;
  const api = `${target.endpoint}/api/v2`;
  const call = auth0Caller(target, deps, 'read:hooks, create:hooks, update:hooks and delete:hooks');

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

  /**
   * What the list left out and the plan needs: secret names (write-only, their own call), and
   * the script if this tenant's list does not carry it (the Deploy CLI says it does not; the
   * API reference shows it does): then the hook is read by id, and only if its entry manages
   * the script or it is about to be replaced.
   */
  const complete = async (hook: LiveHook, detail: ListOptions['detail']): Promise<LiveHook> => {
    let fields = hook.fields;
    if (fields.script === undefined && detail?.(hook, 'script') === true) {
      const { body } = await call({ method: 'GET', url: `${api}/hooks/${encodeURIComponent(hook.id)}` }, 'the hook read', [200]);
      const full = toLive(body, 'the hook read');
      if (full.id !== hook.id) throw new HooksyncError('HOOKSYNC_API', `Auth0 answered the read of hook ${hook.id} with hook ${full.id}; nothing was changed`);
      fields = { ...fields, ...full.fields };
    }
    if (detail?.(hook, 'secrets') === true) fields = { ...fields, secrets: await secretNames(hook.id) };
    return fields === hook.fields ? hook : { ...hook, fields };
  };

  /**
   * POST of new secret names. Not blindly repeated: after a lost answer the names are read again
   * and only the ones still missing are sent, so a retry never meets a 409 for its own write.
   */
  const addSecrets = async (id: string, set: Record<string, string>): Promise<void> => {
    let missing = set;
    await sendOnce(
      async () => {
        await call({ method: 'POST', url: `${api}/hooks/${encodeURIComponent(id)}/secrets`, json: missing }, 'the secrets create', [201, 200]);
        return true;
      },
      async () => {
        const have = await secretNames(id);
        missing = Object.fromEntries(Object.entries(missing).filter(([k]) => !(k in have)));
        return Object.keys(missing).length === 0 ? true : undefined;
      },
    );
  };

  const writeSecrets = async (id: string, patch: WriteOnlyPatch, done: string | undefined): Promise<void> => {
    const set = Object.fromEntries(Object.entries(patch.set).filter((e): e is [string, string] => typeof e[1] === 'string'));
    Object.values(set).forEach((v) => redactor.add(v));
    const steps: [string, () => Promise<unknown>][] = [];
    if (patch.remove.length > 0) steps.push([`remove secrets ${patch.remove.join(', ')}`, () => call({ method: 'DELETE', url: `${api}/hooks/${encodeURIComponent(id)}/secrets`, json: patch.remove }, 'the secrets delete', [204, 200])]);
    if (Object.keys(set).length > 0) steps.push([`add secrets ${Object.keys(set).join(', ')}`, () => addSecrets(id, set)]);
    for (const [what, step] of steps) {
      try {
        await step();
      } catch (e) {
        // Say what was written already, so nobody believes the whole change failed.
        const before = done ? `${done}, but ` : '';
        throw new HooksyncError(isHooksyncCode(e), `${before}could not ${what}: ${(e as Error).message}; run apply again to finish`);
      }
    }
  };

  return {
    // The token says which tenant answered (its audience), whichever domain the target wrote.
    tenant: () => auth0Tenant(call),
    async list(options) {
      const hooks = await readPages({
        vendor: 'Auth0',
        perPage: PER_PAGE,
        first: 0,
        pagesAtOnce: deps.pagesAtOnce,
        fetch: async (page) => {
          const { body } = await call({ method: 'GET', url: `${api}/hooks?page=${page}&per_page=${PER_PAGE}&include_totals=true` }, 'the hook list', [200]).catch((e: unknown) => {
            throw hooksGone(e);
          });
          // With include_totals the answer is {total, start, limit, hooks}; a bare array has no count.
          const items = Array.isArray(body) ? body : isPlainObject(body) && Array.isArray(body.hooks) ? body.hooks : undefined;
          if (!items) throw new HooksyncError('HOOKSYNC_API', `Auth0 answered the hook list (page ${page}) without a "hooks" list`);
          const total = isPlainObject(body) && body.total !== undefined ? Number(body.total) : undefined;
          return { items: items.map((h) => toLive(h, 'the hook list')), total };
        },
      });
      return Promise.all(hooks.map((h) => complete(h, options?.detail)));
    },

    async create(body) {
      const { secrets, ...hook } = body;
      const { body: created } = await call({ method: 'POST', url: `${api}/hooks`, json: hook }, 'the create', [201, 200]);
      const live = toLive(created, 'the create');
      if (isPlainObject(secrets)) await writeSecrets(live.id, { set: secrets, remove: [] }, `the hook was created (id ${live.id})`);
      return live;
    },

    async update(id, hook, writeOnly) {
      const secrets = writeOnly?.['secrets'];
      let live: LiveHook = { id, key: '', fields: {} };
      // PATCH needs at least one property: a change of secrets alone sends no PATCH at all.
      const patched = Object.keys(hook).length > 0;
      if (patched) {
        const { body: updated } = await call({ method: 'PATCH', url: `${api}/hooks/${encodeURIComponent(id)}`, json: hook }, 'the update', [200, 201]);
        live = toLive(updated, 'the update');
      }
      if (secrets !== undefined) await writeSecrets(id, secrets, patched ? 'the hook fields were updated' : undefined);
      return live;
    },

    remove: (id) => deleteIfPresent(call, `${api}/hooks/${encodeURIComponent(id)}`),

    // The POST made the hook but its answer was lost, so its secrets were never sent: send the
    // ones the hook does not have yet (a second try of this must not meet a 409).
    async finishCreate(id, body) {
      if (!isPlainObject(body.secrets)) return;
      const have = await secretNames(id);
      const missing = Object.fromEntries(Object.entries(body.secrets).filter(([k]) => !(k in have)));
      if (Object.keys(missing).length > 0) await writeSecrets(id, { set: missing, remove: [] }, `the hook was created (id ${id})`);
    },
  };
}

const isHooksyncCode = (e: unknown) => (e instanceof HooksyncError ? e.code : 'HOOKSYNC_API');

/**
 * A tenant without Hooks (created after 2023-10-16, or any tenant past their end of life on
 * 2026-11-18) answers 403 "disabled for your tenant": say where its webhooks live now.
 */
function hooksGone(e: unknown): unknown {
  if (!(e instanceof ApiError) || e.status !== 403 || !(e.vendorCode === 'hooks_not_allowed' || /disabled for your tenant/i.test(e.message))) return e;
  return new ApiError({ status: 403, vendorCode: e.vendorCode, message: `${e.message.replace(/\.$/, "")}; Auth0 Hooks reached end of life on 2026-11-18 and this tenant has none: its events go to webhooks through Event Streams now (provider: auth0-event-streams, with the same endpoint and credentials)` });
}
