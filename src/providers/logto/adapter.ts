/**
 * Logto Management API: client-credentials token, paged list (it must add up: see pages.ts),
 * create, update, delete.
 * Every secret it sees (token, signing keys, header values) goes to the redactor first.
 */
import { HooksyncError } from '../../core/errors.js';
import type { DeliveryHealth, Fields, LiveHook, TargetConfig } from '../../core/model.js';
import { isPlainObject } from '../../core/model.js';
import type { AdapterDeps } from '../adapter-deps.js';
import { createCaller, deleteIfPresent } from '../bearer.js';
import { readPages } from '../pages.js';
import { requireRecord } from '../vendor-json.js';
import type { DeliveryAttempt, ProviderAdapter } from '../../core/adapter.js';
import { LOGTO_SERVER_FIELDS } from './spec.js';

const PAGE_SIZE = 100;

/** The API resource indicator: per tenant on Logto Cloud, fixed on a self-hosted server. */
export function logtoResource(endpoint: string): string {
  const host = new URL(endpoint).hostname;
  const cloud = /^([a-z0-9]+)\.logto\.app$/.exec(host);
  return cloud ? `https://${cloud[1]}.logto.app/api` : 'https://default.logto.app/api';
}

export function createLogtoAdapter(target: TargetConfig, deps: AdapterDeps): ProviderAdapter {
  const { redactor } = deps;
  const base = target.endpoint;
  const call = createCaller({
    target,
    deps,
    token: {
      vendor: 'Logto',
      url: `${base}/oidc/token`,
      style: 'basic-form',
      params: { resource: logtoResource(base), scope: 'all' },
      defaultTtlSeconds: 3600,
      hint: 'a machine-to-machine app with the Management API "all" scope',
    },
    words: (body) => (isPlainObject(body) ? body : {}),
  });

  const toLive = (answer: unknown, what: string): LiveHook => {
    const raw = requireRecord('Logto', 'hook', answer, what);
    redactor.add(raw.signingKey);
    if (isPlainObject(raw.config)) redactor.addDeep(raw.config.headers);
    const fields: Fields = {};
    for (const [k, v] of Object.entries(raw)) if (!(LOGTO_SERVER_FIELDS as readonly string[]).includes(k)) fields[k] = v;
    const health = logtoHealth(raw.executionStats);
    return { id: raw.id, key: typeof raw.name === 'string' ? raw.name : '', fields, ...(health ? { health } : {}) };
  };

  return {
    list: () =>
      readPages({
        vendor: 'Logto',
        perPage: PAGE_SIZE,
        first: 1,
        pagesAtOnce: deps.pagesAtOnce,
        fetch: async (page) => {
          // The same list with each hook's deliveries of the last 24 hours counted (checked against the real server).
          const { res, body } = await call({ method: 'GET', url: `${base}/api/hooks?page=${page}&page_size=${PAGE_SIZE}&includeExecutionStats=true` }, 'the hook list', [200]);
          if (!Array.isArray(body)) throw new HooksyncError('HOOKSYNC_API', `Logto answered the hook list (page ${page}) with something that is not a list`);
          const header = res.headers['total-number'];
          return { items: body.map((h) => toLive(h, 'the hook list')), total: header === undefined ? undefined : Number(header) };
        },
      }),

    async create(body) {
      const { body: created } = await call({ method: 'POST', url: `${base}/api/hooks`, json: body }, 'the create', [201, 200]);
      // Logto generates every hook's signing key: the secret its receivers verify with.
      const signingKey = isPlainObject(created) && typeof created.signingKey === 'string' ? created.signingKey : undefined;
      return { ...toLive(created, 'the create'), ...(signingKey ? { generatedSecret: signingKey } : {}) };
    },

    async update(id, body) {
      const { body: updated } = await call({ method: 'PATCH', url: `${base}/api/hooks/${encodeURIComponent(id)}`, json: body }, 'the update', [200]);
      return toLive(updated, 'the update');
    },

    remove: (id) => deleteIfPresent(call, `${base}/api/hooks/${encodeURIComponent(id)}`),

    // Logto's test sends to the config in the body, signed with the hook's key (checked against
    // the real server): the live config, so the receiver is tested as the hook stands. The
    // receiver's answer body that a 422 carries is never shown.
    // executionStats, read with the list, count the last 24 hours; the recent-logs list (its
    // first page of 20, newest first, shape checked against the real server) gives each
    // delivery's status and time. Its entries also carry the request and the receiver's answer:
    // those are never read into the record.
    async deliveryRecord(hook) {
      const { body } = await call({ method: 'GET', url: `${base}/api/hooks/${encodeURIComponent(hook.id)}/recent-logs?page=1&page_size=${RECENT_LOGS}` }, 'the recent logs', [200]);
      if (!Array.isArray(body)) throw new HooksyncError('HOOKSYNC_API', `Logto answered the recent logs of hook ${hook.id} with something that is not a list`);
      const attempts = body.slice(0, RECENT_LOGS).map(logAttempt);
      const counted = hook.health?.text ?? 'no deliveries';
      const last = attempts[0];
      const lastWords = last ? `; the last ${last.status !== undefined ? `answered ${last.status}` : 'got no answer'}${last.at ? `, ${last.at}` : ''}` : '';
      return { covers: 'the last 24 hours', failing: hook.health?.failing === true, text: `${counted}${lastWords}`, attempts };
    },

    // A new signing key, made by Logto (checked against the real server): the old one stops
    // signing at once, so the caller hands the new one over before anything else.
    async rotateSecret(hook) {
      const { body } = await call({ method: 'PATCH', url: `${base}/api/hooks/${encodeURIComponent(hook.id)}/signing-key` }, 'the signing key rotation', [200]);
      const signingKey = isPlainObject(body) && typeof body.signingKey === 'string' ? body.signingKey : undefined;
      if (signingKey === undefined) throw new HooksyncError('HOOKSYNC_API', `Logto answered the signing key rotation of hook ${hook.id} without a new signingKey; whether the key changed is not known: read the hook in the Logto console`);
      return { ...toLive(body, 'the signing key rotation'), generatedSecret: signingKey };
    },

    async testDelivery(hook) {
      const config = isPlainObject(hook.fields.config) ? hook.fields.config : {};
      const events = Array.isArray(hook.fields.events) && hook.fields.events.length > 0 ? hook.fields.events : ['PostRegister'];
      const { res, body } = await call({ method: 'POST', url: `${base}/api/hooks/${encodeURIComponent(hook.id)}/test`, json: { events, config: { url: config.url, ...(isPlainObject(config.headers) ? { headers: config.headers } : {}) } } }, 'the test delivery', [204, 422]);
      if (res.status === 204) return { ok: true, text: 'test delivery answered 2xx' };
      const words = isPlainObject(body) ? body : {};
      const data = isPlainObject(words.data) ? words.data : {};
      if (words.code === 'hook.endpoint_responded_with_error' && typeof data.responseStatus === 'number') return { ok: false, status: data.responseStatus, text: `test delivery failed: ${data.responseStatus}` };
      return { ok: false, text: 'test delivery failed: the receiver could not be reached' };
    },

    // Logto's tokens are JWTs whose issuer is the server's own endpoint, whichever host name
    // or address the target wrote (checked against the real server).
    tenant() {
      const iss = call.claims()?.iss;
      return typeof iss === 'string' ? `issuer ${iss}` : undefined;
    },
  };
}

/** `executionStats` (the last 24 hours) as health: failing when any delivery failed. */
export function logtoHealth(stats: unknown): DeliveryHealth | undefined {
  if (!isPlainObject(stats) || typeof stats.requestCount !== 'number' || typeof stats.successCount !== 'number') return undefined;
  const attempts = stats.requestCount;
  if (attempts <= 0) return undefined;
  const failed = Math.max(0, attempts - stats.successCount);
  return { failing: failed > 0, text: failed > 0 ? `${failed} of ${attempts} deliveries failed in 24 h` : `${attempts} of ${attempts} deliveries answered in 24 h`, attempts, failed };
}

/** The recent logs read for `status`: one page, as Logto pages them by default. */
const RECENT_LOGS = 20;

/** A recent-logs entry as an attempt: its result, the receiver's status and when; nothing of the request or answer. */
function logAttempt(raw: unknown): DeliveryAttempt {
  const log = isPlainObject(raw) ? raw : {};
  const payload = isPlainObject(log.payload) ? log.payload : {};
  const response = isPlainObject(payload.response) ? payload.response : {};
  const status = typeof response.statusCode === 'number' ? response.statusCode : undefined;
  const event = typeof log.key === 'string' && log.key.startsWith('TriggerHook.') ? log.key.slice('TriggerHook.'.length) : undefined;
  const at = typeof log.createdAt === 'number' && Number.isFinite(log.createdAt) ? new Date(log.createdAt).toISOString() : undefined;
  return { ok: payload.result === 'Success', ...(status !== undefined ? { status } : {}), ...(event ? { event } : {}), ...(at ? { at } : {}) };
}
