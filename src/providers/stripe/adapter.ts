/**
 * Stripe webhook endpoints over `/v1/webhook_endpoints` (providers-stripe.md), with the
 * target's secret key as a bearer, `Stripe-Version` pinned (STRIPE_VERSION: stripe@23.1.0's, so
 * answers read as the SDK of the same date reads them), and form bodies in the SDK's spelling.
 *
 * - A key of the other mode than the target says (`mode: test | live`) is refused before any
 *   request, and so is an endpoint listed with the other `livemode`.
 * - Every POST carries an `Idempotency-Key` made from this run and the request, so a retry, by
 *   the client after a lost answer or by apply after a re-list found nothing, is the same key:
 *   Stripe answers it with the saved answer, and a create is never made twice.
 * - Create cannot take `disabled`: a disabled endpoint is created, then disabled.
 * - The `whsec_` secret is in the create answer only: it is registered with the redactor and
 *   returned as the new hook's `generatedSecret`, which apply hands to where the file's
 *   `secretTo` says (src/secrets/); it is never one of the hook's fields.
 */
import { createHash, randomUUID } from 'node:crypto';
import { ApiError, HooksyncError } from '../../core/errors.js';
import type { HttpRequest } from '../../http/client.js';
import type { Fields, LiveHook, TargetConfig } from '../../core/model.js';
import { isPlainObject } from '../../core/model.js';
import type { AdapterDeps } from '../adapter-deps.js';
import { MAX_HOOKS } from '../pages.js';
import type { ProviderAdapter } from '../../core/adapter.js';
import { readAnswer, vendorError } from '../vendor-json.js';
import { STRIPE_VERSION } from './events.js';
import { toForm } from './form.js';

const PATH = '/v1/webhook_endpoints';
const PAGE = 100;

export type StripeMode = 'test' | 'live';

/** The mode a Stripe key is for, from its prefix (`sk_test_`, `rk_live_`, ...), or undefined. */
export function keyMode(key: string): StripeMode | undefined {
  const m = /^(?:sk|rk)_(test|live)_\S+$/.exec(key);
  return m ? (m[1] as StripeMode) : undefined;
}

/** The target's mode, checked against its key: an error before any request when they disagree. */
export function checkedMode(target: TargetConfig): StripeMode {
  const mode = target.options?.mode === 'live' ? 'live' : 'test';
  const key = target.auth.token ?? '';
  const of = keyMode(key);
  if (of === undefined) throw new HooksyncError('HOOKSYNC_CONFIG_INVALID', `target ${target.name}: its auth.token is not a Stripe secret or restricted key (sk_test_…, sk_live_…, rk_test_…, rk_live_…); nothing was sent`);
  if (of !== mode) throw new HooksyncError('HOOKSYNC_CONFIG_INVALID', `target ${target.name} says mode: ${mode}, but its key is a ${of}-mode key; a ${of} key manages the ${of} account's endpoints, not these. Give it a ${mode} key, or write mode: ${of}; nothing was sent`);
  return mode;
}

export function createStripeAdapter(target: TargetConfig, deps: AdapterDeps): ProviderAdapter {
  const mode = checkedMode(target);
  const key = target.auth.token ?? '';
  const base = `${target.endpoint}${PATH}`;
  // One run, one prefix: the same request sent again in this run is the same key.
  const run = randomUUID();

  const call = async (req: Omit<HttpRequest, 'headers'>, what: string): Promise<unknown> => {
    const idempotency: Record<string, string> = req.method === 'POST' ? { 'idempotency-key': `hooksync-${run}-${createHash('sha256').update(`${req.url}\n${JSON.stringify(req.form ?? {})}`).digest('hex').slice(0, 32)}` } : {};
    const res = await deps.http.request({ ...req, headers: { authorization: `Bearer ${key}`, 'stripe-version': STRIPE_VERSION, ...idempotency }, ...(req.method === 'POST' ? { repeatable: true } : {}) });
    const success = res.status === 200;
    const body = readAnswer('Stripe', res, what, success);
    if (success) return body;
    const err = isPlainObject(body) && isPlainObject(body.error) ? body.error : {};
    const param = typeof err.param === 'string' ? `${err.param}: ` : '';
    throw vendorError('Stripe', res, what, { code: err.code ?? err.type, message: typeof err.message === 'string' ? `${param}${err.message}` : undefined });
  };

  const toLive = (raw: unknown, what: string): LiveHook => {
    if (!isPlainObject(raw) || typeof raw.id !== 'string' || raw.id === '') throw new HooksyncError('HOOKSYNC_API', `Stripe answered ${what} with an endpoint that has no id; nothing more was done with it`);
    if (typeof raw.secret === 'string') deps.redactor.add(raw.secret);
    if (typeof raw.livemode === 'boolean' && raw.livemode !== (mode === 'live')) {
      throw new HooksyncError('HOOKSYNC_API', `Stripe answered ${what} with a ${raw.livemode ? 'live' : 'test'}-mode endpoint (${raw.id}) to a ${mode}-mode key; the answer cannot be trusted, so nothing more was done for target ${target.name}`);
    }
    // An unset description or api_version is absent, as the file leaves it out (null in the file means the same).
    const fields: Fields = {
      url: raw.url,
      enabled_events: raw.enabled_events,
      ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
      metadata: isPlainObject(raw.metadata) ? raw.metadata : {},
      disabled: raw.status === 'disabled',
      ...(typeof raw.api_version === 'string' ? { api_version: raw.api_version } : {}),
    };
    return { id: raw.id, key: typeof raw.url === 'string' ? raw.url : '', fields };
  };

  const update = async (id: string, body: Fields): Promise<LiveHook> => toLive(await call({ method: 'POST', url: `${base}/${encodeURIComponent(id)}`, form: toForm(body) }, 'the update'), 'the update');

  return {
    async list() {
      const out: LiveHook[] = [];
      const seen = new Set<string>();
      let after: string | undefined;
      for (let pages = 0; ; pages++) {
        if (pages > MAX_HOOKS / PAGE) throw new HooksyncError('HOOKSYNC_API', `Stripe kept answering has_more past ${MAX_HOOKS} endpoints; the list cannot be trusted, so nothing was planned or changed for target ${target.name}`);
        const body = await call({ method: 'GET', url: `${base}?limit=${PAGE}${after ? `&starting_after=${encodeURIComponent(after)}` : ''}` }, 'the endpoint list');
        if (!isPlainObject(body) || body.object !== 'list' || !Array.isArray(body.data) || typeof body.has_more !== 'boolean') {
          throw new HooksyncError('HOOKSYNC_API', `Stripe answered the endpoint list with something that is not a list ({object: "list", data, has_more}); nothing was planned or changed for target ${target.name}`);
        }
        // A list must add up: no more than asked for, no id twice, and more only with a next page.
        if (body.data.length > PAGE) throw new HooksyncError('HOOKSYNC_API', `Stripe answered a page of ${body.data.length} endpoints to a limit of ${PAGE}; the list cannot be trusted, so nothing was planned or changed for target ${target.name}`);
        if (body.has_more && body.data.length === 0) throw new HooksyncError('HOOKSYNC_API', `Stripe said has_more on an empty page; the list cannot be trusted, so nothing was planned or changed for target ${target.name}`);
        for (const raw of body.data) {
          const hook = toLive(raw, 'the endpoint list');
          if (seen.has(hook.id)) throw new HooksyncError('HOOKSYNC_API', `Stripe listed endpoint ${hook.id} twice; the list cannot be trusted, so nothing was planned or changed for target ${target.name}`);
          seen.add(hook.id);
          out.push(hook);
        }
        if (!body.has_more) return out;
        after = out[out.length - 1]!.id;
      }
    },

    async create(body) {
      const { disabled, ...rest } = body;
      // Nothing to unset on a new endpoint: a null the file writes means "absent".
      const fields = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null));
      if (isPlainObject(fields.metadata)) fields.metadata = Object.fromEntries(Object.entries(fields.metadata).filter(([, v]) => v !== null));
      const created = await call({ method: 'POST', url: base, form: toForm(fields) }, 'the create');
      const hook = toLive(created, 'the create');
      const secret = isPlainObject(created) && typeof created.secret === 'string' ? created.secret : undefined;
      if (disabled === true) {
        try {
          return { ...(await update(hook.id, { disabled: true })), ...(secret ? { generatedSecret: secret } : {}) };
        } catch (e) {
          const why = e instanceof Error ? e.message : String(e);
          throw new ApiError({ status: e instanceof ApiError ? e.status : 0, message: `endpoint ${hook.id} was created but could not be disabled (${why}); it is enabled now: run apply again to disable it` });
        }
      }
      return { ...hook, ...(secret ? { generatedSecret: secret } : {}) };
    },

    update: (id, body) => update(id, body),

    async remove(id) {
      try {
        await call({ method: 'DELETE', url: `${base}/${encodeURIComponent(id)}` }, 'the delete');
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return; // already gone: what a retried delete hopes to find
        throw e;
      }
    },
  };
}
