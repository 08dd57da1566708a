/**
 * The deliveries of the Logto emulator, as the real server makes them (checked against it on
 * 2026-12-01: test/providers/logto/recorded-deliveries.json): a JSON POST to the hook's URL,
 * signed in `logto-signature-sha-256` with the hex HMAC-SHA256 of the body under the hook's
 * signing key, `user-agent: Logto (https://logto.io/)`. An event a hook subscribes to is
 * delivered and counted in `executionStats` (the last 24 hours); a test (`POST
 * /api/hooks/{id}/test`) goes to the config in its body and is not counted, and answers 204, or
 * 422 `hook.endpoint_responded_with_error` with the receiver's status and body, or 422
 * `hook.send_test_payload_failed` when nothing answered. One try per event: Logto's source sets
 * `retry: { limit: retries ?? 3 }` on a ky client whose retries exclude POST by default (the
 * real server's log of a failing delivery shows that option and one try).
 *
 * Each delivery of an event is also a log, read with `GET /api/hooks/{id}/recent-logs` (the last
 * 24 hours, newest first, paged 20 at a time by default, `Total-Number`): `{id, key, payload:
 * {key, result, hookId, response: {statusCode, body}, hookRequest: {body}, error?}, createdAt}`,
 * with `createdAt` in milliseconds, as the real server answered on 2026-12-01. An unknown hook
 * id is an empty list, not a 404, also as there.
 */
import type { EmulatorAnswer, EmulatorRequest } from '../../sandbox/server.js';
import { randomId } from '../../sandbox/tokens.js';
import { deliver, hmacSha256 } from '../../sandbox/deliver.js';
import { isPlainObject } from '../../core/model.js';

const DAY_MS = 24 * 3600 * 1000;

interface Hook {
  readonly id: string;
  readonly events: readonly string[];
  readonly config: Record<string, unknown>;
  readonly signingKey: string;
  readonly enabled: boolean;
}

/** One log of the recent-logs list, as the real server keeps it (its tenant left out). */
export interface LogtoLog {
  readonly id: string;
  readonly key: string;
  readonly payload: Record<string, unknown>;
  readonly createdAt: number;
}

export class LogtoDeliveries {
  private readonly attempts = new Map<string, { at: number; ok: boolean }[]>();
  private readonly logs = new Map<string, LogtoLog[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** `executionStats`: the hook's deliveries of the last 24 hours. */
  stats(id: string): { successCount: number; requestCount: number } {
    const since = this.now() - DAY_MS;
    const recent = (this.attempts.get(id) ?? []).filter((a) => a.at >= since);
    return { successCount: recent.filter((a) => a.ok).length, requestCount: recent.length };
  }

  /** Delivers `event` to each enabled hook subscribed to it, counting each attempt. */
  async trigger(hooks: readonly Hook[], event: string): Promise<void> {
    for (const h of hooks.filter((x) => x.enabled && x.events.includes(event))) {
      const d = await this.send(h, String(h.config.url ?? ''), event, h.config.headers, true);
      const ok = d.status !== undefined && d.status >= 200 && d.status < 300;
      (this.attempts.get(h.id) ?? this.attempts.set(h.id, []).get(h.id)!).push({ at: d.at, ok });
      const key = `TriggerHook.${event}`;
      const response = d.status === undefined ? {} : { response: { body: d.body ?? '', statusCode: d.status } };
      const error = ok ? {} : { error: d.status === undefined ? 'TypeError: fetch failed' : `HTTPError: Request failed with status code ${d.status}` };
      const payload = { key, result: ok ? 'Success' : 'Error', ...error, hookId: h.id, ...response, hookRequest: { body: JSON.parse(d.payload) as unknown } };
      (this.logs.get(h.id) ?? this.logs.set(h.id, []).get(h.id)!).push({ id: randomId(21), key, payload, createdAt: d.at });
    }
  }

  /** `GET /api/hooks/{id}/recent-logs`: the hook's logs of the last 24 hours, newest first, paged as Logto's koaPagination pages. */
  recentLogs(id: string, req: EmulatorRequest, base: string): EmulatorAnswer {
    const page = req.query.get('page') ? Number(req.query.get('page')) : 1;
    const size = req.query.get('page_size') ? Number(req.query.get('page_size')) : 20;
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(size) || size < 1 || size > 100) {
      return { status: 400, body: { code: 'guard.invalid_pagination', message: 'The request pagination value is invalid.' } };
    }
    const since = this.now() - DAY_MS;
    const all = (this.logs.get(id) ?? []).filter((l) => l.createdAt >= since).reverse();
    const last = Math.max(1, Math.ceil(all.length / size));
    // The real server's links leave out the /api prefix of the path they were asked on.
    const link = (p: number, rel: string) => `<${base}/hooks/${id}/recent-logs?page=${p}${req.query.get('page_size') ? `&page_size=${size}` : ''}>; rel="${rel}"`;
    const links = [link(1, 'first'), ...(page > 1 ? [link(page - 1, 'prev')] : []), ...(page < last ? [link(page + 1, 'next')] : []), link(last, 'last')];
    return { status: 200, body: structuredClone(all.slice((page - 1) * size, page * size)), headers: { 'Total-Number': String(all.length), Link: links } };
  }

  /** `POST /api/hooks/{id}/test`: to the config in the body, signed with the stored key, not counted. */
  async test(hook: Hook, body: unknown): Promise<EmulatorAnswer> {
    const config = isPlainObject(body) && isPlainObject(body.config) ? body.config : undefined;
    const events = isPlainObject(body) ? body.events : undefined;
    if (!Array.isArray(events) || events.length === 0 || typeof config?.url !== 'string') {
      return { status: 400, body: { message: 'Request body is invalid.', code: 'guard.invalid_input' } };
    }
    const d = await this.send(hook, config.url, String(events[0]), config.headers, true);
    if (d.status === undefined) return { status: 422, body: { code: 'hook.send_test_payload_failed', message: 'Failed to send test payload: TypeError: fetch failed' } };
    if (d.status < 200 || d.status >= 300) return { status: 422, body: { code: 'hook.endpoint_responded_with_error', data: { responseStatus: d.status, responseBody: d.body ?? '' }, message: 'Endpoint responded with error.' } };
    return { status: 204 };
  }

  private async send(hook: Hook, url: string, event: string, headers: unknown, keepBody = false): Promise<{ status?: number; at: number; body?: string; payload: string }> {
    const payload = JSON.stringify({ event, hookId: hook.id, createdAt: new Date(this.now()).toISOString(), userAgent: 'hooksync-emulator', sessionId: 'sess-emulated', userIp: '127.0.0.1', userId: 'user-emulated', user: { id: 'user-emulated' }, application: { id: 'app-emulated' } });
    const extra = isPlainObject(headers) ? Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
    // As Logto's sendWebhookRequest sends it: its user agent, the hook's headers over it, the
    // signature last; one try within 10 s (its ky client retries no POST).
    const d = await deliver(url, payload, { 'content-type': 'application/json', 'user-agent': 'Logto (https://logto.io/)', ...extra, 'logto-signature-sha-256': hmacSha256(hook.signingKey, payload) }, this.now, 10_000, keepBody);
    return { ...(d.status !== undefined ? { status: d.status } : {}), at: d.at, ...(d.body !== undefined ? { body: d.body } : {}), payload };
  }
}
