/**
 * Nursa Public API v2 user webhooks: client-credentials token at the auth host, answers wrapped
 * in `{data: ...}`, a 400 that lists every failed rule, any 2xx accepted (the docs say 201, the
 * NestJS server likely answers 200), and no get-by-id.
 */
import { HooksyncError } from '../../core/errors.js';
import type { LiveHook, TargetConfig } from '../../core/model.js';
import { isPlainObject } from '../../core/model.js';
import type { AdapterDeps } from '../adapter-deps.js';
import { createCaller, deleteIfPresent } from '../bearer.js';
import { checkSize } from '../pages.js';
import { requireRecord } from '../vendor-json.js';
import type { DeliveryAttempt, ProviderAdapter } from '../../core/adapter.js';
import { deliveryRecordOf } from '../delivery-record.js';

const PATH = '/api/v2/public/webhooks/user';
const LOGS = '/api/v2/public/webhooks/logs';
/** One page of the logs, the most Nursa gives at once: whatever of it is this webhook's. */
const LOG_PAGE = 100;
const SUCCESS = [200, 201, 202, 204];

export function nursaTokenUrl(endpoint: string): string {
  const host = new URL(endpoint).hostname;
  if (host === 'public-api.prod.nursa.com') return 'https://auth.nursa.com/oidc/oauth/token';
  if (host === 'public-api.sandbox.nursa.com') return 'https://auth.sandbox.nursa.com/oidc/oauth/token';
  return `${endpoint}/oidc/oauth/token`;
}

export function createNursaAdapter(target: TargetConfig, deps: AdapterDeps): ProviderAdapter {
  const { redactor } = deps;
  const base = target.endpoint;
  const call = createCaller({
    target,
    deps,
    token: { vendor: 'Nursa', url: nursaTokenUrl(base), style: 'basic-form', defaultTtlSeconds: 3600 },
    words: (body, res) => (isPlainObject(body) ? { code: res.status === 400 ? undefined : body.error, message: body.message } : {}),
  });

  const unwrap = (body: unknown, what: string): unknown => {
    if (!isPlainObject(body) || !('data' in body)) throw new HooksyncError('HOOKSYNC_API', `Nursa answered ${what} without the {"data": ...} wrapper it always uses; nothing more was done with it`);
    return body.data;
  };
  const toLive = (answer: unknown, what: string): LiveHook => {
    const raw = requireRecord('Nursa', 'webhook', answer, what);
    redactor.addDeep(raw.secrets);
    return { id: raw.id, key: typeof raw.url === 'string' ? raw.url : '', fields: { url: raw.url, events: raw.events, secrets: raw.secrets } };
  };

  return {
    async list() {
      const { body } = await call({ method: 'GET', url: `${base}${PATH}` }, 'the webhook list', SUCCESS);
      const data = unwrap(body, 'the webhook list');
      if (!Array.isArray(data)) throw new HooksyncError('HOOKSYNC_API', 'Nursa answered the webhook list with data that is not a list');
      checkSize('Nursa', data.length);
      return data.map((h) => toLive(h, 'the webhook list'));
    },
    async create(body) {
      const { body: created } = await call({ method: 'POST', url: `${base}${PATH}`, json: body }, 'the create', SUCCESS);
      const hook = toLive(unwrap(created, 'the create'), 'the create');
      // Nursa generates two secrets when none are sent: the first is what a receiver verifies with.
      const made = body.secrets === undefined && Array.isArray(hook.fields.secrets) && typeof hook.fields.secrets[0] === 'string' ? hook.fields.secrets[0] : undefined;
      return { ...hook, ...(made ? { generatedSecret: made } : {}) };
    },
    async update(id, body) {
      const { body: updated } = await call({ method: 'PATCH', url: `${base}${PATH}/${encodeURIComponent(id)}`, json: body }, 'the update', SUCCESS);
      return toLive(unwrap(updated, 'the update'), 'the update');
    },
    remove: (id) => deleteIfPresent(call, `${base}${PATH}/${encodeURIComponent(id)}`),

    // Nursa's webhook logs are of the whole application, filtered by facility, not by webhook:
    // the newest page is read and this webhook's entries (by url) kept. Whether user webhooks
    // appear there at all is not confirmed, so an empty record says so rather than "healthy".
    async deliveryRecord(hook) {
      const { body } = await call({ method: 'GET', url: `${base}${LOGS}?limit=${LOG_PAGE}&offset=0&sortDirection=DESC` }, 'the webhook logs', SUCCESS);
      const data = unwrap(body, 'the webhook logs');
      if (!Array.isArray(data)) throw new HooksyncError('HOOKSYNC_API', 'Nursa answered the webhook logs with data that is not a list');
      const attempts = data.slice(0, LOG_PAGE).filter((l) => isPlainObject(l) && l.url === hook.key).map(logAttempt);
      if (attempts.length === 0) return { covers: `its entries among Nursa's newest ${LOG_PAGE} logs`, failing: false, text: "no deliveries of this webhook in Nursa's newest logs (whether Nursa logs user webhooks there is not confirmed)", attempts };
      return deliveryRecordOf(attempts, `its ${attempts.length === 1 ? 'entry' : `${attempts.length} entries`} among Nursa's newest ${LOG_PAGE} logs`);
    },
  };
}

/** A log entry as an attempt: its outcome, the receiver's last status, the event and when; never its payloads. */
function logAttempt(raw: unknown): DeliveryAttempt {
  const log = isPlainObject(raw) ? raw : {};
  const status = typeof log.responseStatus === 'number' ? log.responseStatus : undefined;
  return {
    ok: log.status === 'success',
    ...(status !== undefined ? { status } : {}),
    ...(typeof log.eventType === 'string' ? { event: log.eventType } : {}),
    ...(typeof log.createdAt === 'string' ? { at: log.createdAt } : {}),
  };
}
