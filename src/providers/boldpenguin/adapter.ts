/**
 * Bold Penguin hookshot API: Basic-auth token at the auth host, then GET/POST/PATCH/DELETE
 * /hooks. Answers are flattened (`config.url` → `url`, ...) into the file's shape.
 */
import { HooksyncError } from '../../core/errors.js';
import type { LiveHook, TargetConfig } from '../../core/model.js';
import { isPlainObject } from '../../core/model.js';
import type { AdapterDeps } from '../adapter-deps.js';
import { createCaller, deleteIfPresent } from '../bearer.js';
import type { ProviderAdapter } from '../../core/adapter.js';
import { deliveryRecordOf } from '../delivery-record.js';
import type { VendorWords } from '../vendor-json.js';
import { checkSize } from '../pages.js';
import { requireRecord } from '../vendor-json.js';

/** The auth host that goes with a hookshot host; anything else (the sandbox) serves its own. */
export function boldPenguinTokenUrl(endpoint: string): string {
  const host = new URL(endpoint).hostname;
  if (host === 'hookshot.boldpenguin.com') return 'https://boldpenguin-auth.boldpenguin.com/auth/token';
  if (host === 'hookshot-uat.beta.boldpenguin.com') return 'https://boldpenguin-auth-uat.beta.boldpenguin.com/auth/token';
  return `${endpoint}/auth/token`;
}

/** Rails-style 422 bodies, `{"url":["can't be blank"]}`, as one readable message. */
export function railsWords(body: unknown): VendorWords {
  if (!isPlainObject(body)) return {};
  if (typeof body.message === 'string' || typeof body.error === 'string') return { message: body.message ?? body.error };
  const parts = Object.entries(body).flatMap(([field, msgs]) => (Array.isArray(msgs) ? [`${field} ${msgs.map(String).join(', ')}`] : []));
  return parts.length > 0 ? { message: parts.join('; ') } : {};
}

export function createBoldPenguinAdapter(target: TargetConfig, deps: AdapterDeps): ProviderAdapter {
  const { redactor } = deps;
  const base = target.endpoint;
  const call = createCaller({
    target,
    deps,
    token: { vendor: 'Bold Penguin', url: boldPenguinTokenUrl(base), style: 'basic-query', defaultTtlSeconds: 43200 },
    words: railsWords,
  });

  let tenantId: string | undefined;
  const toLive = (answer: unknown, what: string): LiveHook => {
    const raw = requireRecord('Bold Penguin', 'subscription', answer, what);
    if (typeof raw.tenant_id === 'string' && raw.tenant_id !== '') tenantId ??= raw.tenant_id;
    const config = isPlainObject(raw.config) ? raw.config : {};
    redactor.add(config.secret);
    redactor.add(config.header);
    const fields: Record<string, unknown> = { url: config.url, events: raw.events, active: raw.active };
    if (config.secret !== undefined && config.secret !== null) fields.secret = config.secret;
    if (config.header !== undefined && config.header !== null) fields.header = config.header;
    return { id: raw.id, key: typeof config.url === 'string' ? config.url : '', fields };
  };

  return {
    async list() {
      const { body } = await call({ method: 'GET', url: `${base}/hooks` }, 'the subscription list', [200]);
      if (!Array.isArray(body)) throw new HooksyncError('HOOKSYNC_API', 'Bold Penguin answered the subscription list with something that is not a list');
      checkSize('Bold Penguin', body.length);
      return body.map((h) => toLive(h, 'the subscription list'));
    },
    async create(body) {
      const { body: created } = await call({ method: 'POST', url: `${base}/hooks`, json: body }, 'the create', [200, 201]);
      return toLive(created, 'the create');
    },
    async update(id, body) {
      const { body: updated } = await call({ method: 'PATCH', url: `${base}/hooks/${encodeURIComponent(id)}`, json: body }, 'the update', [200]);
      return toLive(updated, 'the update');
    },
    remove: (id) => deleteIfPresent(call, `${base}/hooks/${encodeURIComponent(id)}`),

    // The subscription's recent requests (Bold Penguin's word for deliveries), newest first:
    // failing when the last one did not get a 2xx. At most the first 30 are kept.
    async deliveryRecord(hook) {
      const { body } = await call({ method: 'GET', url: `${base}/hooks/${encodeURIComponent(hook.id)}/requests` }, 'the recent requests', [200]);
      if (!Array.isArray(body)) throw new HooksyncError('HOOKSYNC_API', "Bold Penguin answered a subscription's recent requests with something that is not a list");
      const attempts = body.filter(isPlainObject).slice(0, 30).map((d) => {
        const status = typeof d.response_status === 'number' ? d.response_status : undefined;
        return { ...(typeof d.created_at === 'string' ? { at: d.created_at } : {}), ...(typeof d.event === 'string' ? { event: d.event } : {}), ...(status !== undefined ? { status } : {}), ok: status !== undefined && status >= 200 && status < 300, ...(typeof d.response_duration_ms === 'number' ? { durationMs: d.response_duration_ms } : {}) };
      });
      return deliveryRecordOf(attempts, attempts.length === 1 ? 'the last request' : `the last ${attempts.length} requests`);
    },
    // Every subscription names its tenant; a tenant with none tells nothing.
    tenant: () => (tenantId === undefined ? undefined : `tenant_id ${tenantId}`),
  };
}
