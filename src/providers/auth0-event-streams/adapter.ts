/**
 * Auth0 Event Streams over the Management API v2: the same client-credentials token as the hooks
 * API, a cursor-paged list (`take`/`from`, `{eventStreams, next}`) that must add up, create /
 * PATCH / delete. A webhook's token or password is never returned: the stream's fields hold a
 * stand-in where one is set (bearer: token, basic: password), compared by presence and never
 * sent. `aws_partner_event_source`, which Auth0 adds to an EventBridge destination, is the
 * server's and is not part of the hook's fields.
 */
import { HooksyncError } from '../../core/errors.js';
import type { Fields, LiveHook, TargetConfig } from '../../core/model.js';
import { isPlainObject } from '../../core/model.js';
import type { Redactor } from '../../core/redact.js';
import type { AdapterDeps } from '../adapter-deps.js';
import { deleteIfPresent } from '../bearer.js';
import { auth0Caller, auth0Tenant } from '../auth0/management.js';
import { maxPages, MAX_HOOKS } from '../pages.js';
import { WRITE_ONLY } from '../../core/spec.js';
import type { ProviderAdapter } from '../../core/adapter.js';
import { requireRecord } from '../vendor-json.js';

const TAKE = 100;
const SERVER_KEYS = ['aws_partner_event_source'];

export function createEventStreamsAdapter(target: TargetConfig, deps: AdapterDeps): ProviderAdapter {
  const api = `${target.endpoint}/api/v2/event-streams`;
  const call = auth0Caller(target, deps, 'read:event_streams, create:event_streams, update:event_streams and delete:event_streams');

  const toLive = (answer: unknown, what: string): LiveHook => {
    const raw = requireRecord('Auth0', 'event stream', answer, what);
    const fields: Fields = {};
    for (const f of ['name', 'status', 'subscriptions'] as const) if (raw[f] !== undefined) fields[f] = raw[f];
    if (isPlainObject(raw.destination)) fields.destination = readableDestination(raw.destination, deps.redactor);
    return { id: raw.id, key: typeof raw.name === 'string' ? raw.name : '', fields };
  };

  return {
    // The token says which tenant answered (its audience), whichever domain the target wrote.
    tenant: () => auth0Tenant(call),
    async list() {
      const untrusted = (why: string) => new HooksyncError('HOOKSYNC_API', `Auth0's event stream list does not add up: ${why}; the list cannot be trusted, so nothing was planned or changed for this target`);
      const out: LiveHook[] = [];
      const seen = new Set<string>();
      let from: string | undefined;
      for (let page = 1; ; page++) {
        // Pages are bounded as well as streams: empty pages with a fresh cursor add none.
        if (page > maxPages(TAKE)) throw untrusted(`it goes on past ${maxPages(TAKE)} pages (${out.length} streams so far), more than ${MAX_HOOKS} streams would take`);
        const { body } = await call({ method: 'GET', url: `${api}?take=${TAKE}${from === undefined ? '' : `&from=${encodeURIComponent(from)}`}` }, 'the event stream list', [200]);
        // A bare array (one SDK typed the list so) is every stream at once, with no cursor.
        if (Array.isArray(body) && page === 1) {
          if (body.length > MAX_HOOKS) throw untrusted(`it lists ${body.length} streams, more than any tenant has`);
          return body.map((s) => toLive(s, 'the event stream list'));
        }
        if (!isPlainObject(body) || !Array.isArray(body.eventStreams)) throw new HooksyncError('HOOKSYNC_API', 'Auth0 answered the event stream list without an "eventStreams" list; nothing was planned or changed for this target');
        if (body.eventStreams.length > TAKE) throw untrusted(`page ${page} holds ${body.eventStreams.length} streams, more than the ${TAKE} asked for`);
        for (const s of body.eventStreams) out.push(toLive(s, 'the event stream list'));
        if (out.length > MAX_HOOKS) throw untrusted(`it goes on past ${MAX_HOOKS} streams, more than any tenant has`);
        if (body.next === undefined || body.next === null || body.next === '') return out;
        if (typeof body.next !== 'string') throw untrusted(`page ${page} gives a "next" that is not a cursor`);
        // A cursor seen before would page in a circle.
        if (seen.has(body.next)) throw untrusted(`page ${page} points back to a page already read`);
        seen.add(body.next);
        from = body.next;
      }
    },
    async create(body) {
      const { body: created } = await call({ method: 'POST', url: api, json: body }, 'the create', [201, 200]);
      return toLive(created, 'the create');
    },
    async update(id, body) {
      const { body: updated } = await call({ method: 'PATCH', url: `${api}/${encodeURIComponent(id)}`, json: body }, 'the update', [200]);
      return toLive(updated, 'the update');
    },
    remove: (id) => deleteIfPresent(call, `${api}/${encodeURIComponent(id)}`),

    // Auth0's test: one event of the stream's first subscribed type, answered with the attempt.
    async testDelivery(hook) {
      const subs = Array.isArray(hook.fields.subscriptions) ? hook.fields.subscriptions.filter(isPlainObject) : [];
      const eventType = typeof subs[0]?.event_type === 'string' ? subs[0].event_type : 'user.created';
      const { body } = await call({ method: 'POST', url: `${api}/${encodeURIComponent(hook.id)}/test`, json: { event_type: eventType } }, 'the test delivery', [200, 202]);
      const status = isPlainObject(body) ? body.status : undefined;
      if (status === 'success') return { ok: true, text: `test delivery of ${eventType} succeeded` };
      if (status === 'failed') return { ok: false, text: `test delivery of ${eventType} failed` };
      return { ok: undefined, text: `test delivery of ${eventType} sent; Auth0 did not say what came of it` };
    },

    // Auth0 keeps a log of failed deliveries only: one page of 50, newest first.
    async deliveryRecord(hook) {
      const { body } = await call({ method: 'GET', url: `${api}/${encodeURIComponent(hook.id)}/deliveries?take=50` }, 'the failed deliveries', [200]);
      if (!Array.isArray(body)) throw new HooksyncError('HOOKSYNC_API', "Auth0 answered the event stream's failed deliveries with something that is not a list");
      const attempts = body.filter(isPlainObject).map((d) => {
        const tries = Array.isArray(d.attempts) ? d.attempts.filter(isPlainObject) : [];
        const last = tries.at(-1);
        return { ...(typeof last?.timestamp === 'string' ? { at: last.timestamp } : {}), ...(typeof d.event_type === 'string' ? { event: d.event_type } : {}), ok: false };
      });
      const failing = attempts.length > 0;
      const text = attempts.length === 0 ? (hook.fields.status === 'disabled' ? 'no failed deliveries recorded, but the stream is disabled' : 'no failed deliveries recorded') : `${attempts.length}${attempts.length === 50 ? ' or more' : ''} failed ${attempts.length === 1 ? 'delivery' : 'deliveries'} recorded, the last ${attempts[0]!.at ?? 'at an unknown time'}`;
      return { covers: 'the failed deliveries Auth0 keeps', failing, text, attempts };
    },
  };
}

/**
 * The destination as the file writes it: server-owned keys out, hidden secrets as stand-ins. A
 * secret Auth0 should never show but does is registered with the redactor, so no later message
 * that echoes it can print it.
 */
function readableDestination(destination: Record<string, unknown>, redactor: Redactor): Fields {
  const configuration = isPlainObject(destination.configuration) ? { ...destination.configuration } : {};
  for (const k of SERVER_KEYS) delete configuration[k];
  const auth = configuration.webhook_authorization;
  if (isPlainObject(auth)) {
    const hidden = auth.method === 'bearer' ? 'token' : auth.method === 'basic' ? 'password' : undefined;
    redactor.add(auth.token);
    redactor.add(auth.password);
    configuration.webhook_authorization = hidden ? { ...auth, [hidden]: WRITE_ONLY } : { ...auth };
  }
  return { ...destination, configuration };
}
