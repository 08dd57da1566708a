/**
 * The deliveries of the Nursa emulator, and its webhook logs (`GET /api/v2/public/webhooks/logs`,
 * deliveries.md): `{data: [{id, facilityId, eventType, requestPayload, responseStatus,
 * responseBody, url, retries: [{..., retryAttempt}], status: "success" | "failure"}]}`, `limit`
 * at most 100 (default 10), `offset`, `sortDirection`, kept 14 days.
 *
 * [unsure] in deliveries.md, options here: whether user webhooks appear in those logs at all
 * (their filters are by facility; `userWebhooksInLogs`, default true), how many times a failed
 * delivery is retried (`retries`, default 2), and how a delivery is signed (Nursa documents no
 * scheme; the emulator sends `x-nursa-signature`, the hex HMAC-SHA256 of the body under the
 * webhook's first secret, so a receiver can be tested, and claims nothing more). The entry's
 * time (`createdAt`, ISO) is not in the documented shape either: an option, on by default.
 */
import type { EmulatorAnswer, EmulatorRequest } from '../../sandbox/server.js';
import { deliver, hmacSha256 } from '../../sandbox/deliver.js';
import { uuid } from '../../sandbox/tokens.js';

const KEPT_MS = 14 * 24 * 3600 * 1000;

export interface NursaDeliveryOptions {
  readonly userWebhooksInLogs?: boolean;
  /**
   * Where a delivery to a webhook's URL is actually sent, as `curl --resolve` would: Nursa takes
   * only https URLs, so a test routes `https://receiver.example.com/...` to its http receiver on
   * 127.0.0.1. Without it a delivery goes to the URL itself.
   */
  readonly route?: (url: string) => string;
  readonly retries?: number;
  readonly logTimes?: boolean;
}

interface Webhook {
  readonly id: string;
  readonly url: string;
  readonly events: readonly string[];
  readonly secrets: readonly string[];
}

interface Log {
  readonly id: string;
  readonly facilityId: string | null;
  readonly eventType: string;
  readonly requestPayload: unknown;
  readonly responseStatus: number | null;
  readonly responseBody: string | null;
  readonly url: string;
  readonly retries: { readonly retryAttempt: number; readonly responseStatus: number | null }[];
  readonly status: 'success' | 'failure';
  readonly at: number;
}

export class NursaDeliveries {
  private readonly logs: Log[] = [];

  constructor(
    private readonly options: NursaDeliveryOptions,
    private readonly now: () => number,
  ) {}

  /** Delivers `event` to each webhook subscribed to it (or to `all`), retrying a failure as set. */
  async trigger(hooks: readonly Webhook[], event: string): Promise<void> {
    for (const h of hooks.filter((x) => x.events.includes(event) || x.events.includes('all'))) {
      const payload = { id: uuid(), event, createdAt: new Date(this.now()).toISOString(), data: { facilityId: 'facility-emulated' } };
      const body = JSON.stringify(payload);
      const headers = { 'content-type': 'application/json', ...(h.secrets[0] ? { 'x-nursa-signature': hmacSha256(h.secrets[0], body) } : {}) };
      const ok = (s: number | undefined) => s !== undefined && s >= 200 && s < 300;
      const to = this.options.route?.(h.url) ?? h.url;
      const first = await deliver(to, body, headers, this.now, 10_000, true);
      const retries: Log['retries'][number][] = [];
      let last = first;
      for (let attempt = 1; !ok(last.status) && attempt <= (this.options.retries ?? 2); attempt++) {
        last = await deliver(to, body, headers, this.now, 10_000, true);
        retries.push({ retryAttempt: attempt, responseStatus: last.status ?? null });
      }
      this.logs.push({ id: uuid(), facilityId: null, eventType: event, requestPayload: payload, responseStatus: last.status ?? null, responseBody: last.body ?? null, url: h.url, retries, status: ok(last.status) ? 'success' : 'failure', at: first.at });
    }
  }

  /** `GET /api/v2/public/webhooks/logs`: bounded as the docs say, newest first unless asked otherwise. */
  list(req: EmulatorRequest): EmulatorAnswer {
    const limitRaw = req.query.get('limit');
    const offsetRaw = req.query.get('offset');
    const limit = limitRaw === null ? 10 : Number(limitRaw);
    const offset = offsetRaw === null ? 0 : Number(offsetRaw);
    const errors = [
      ...(!Number.isInteger(limit) || limit < 1 ? ['limit must not be less than 1'] : limit > 100 ? ['limit must not be greater than 100'] : []),
      ...(!Number.isInteger(offset) || offset < 0 ? ['offset must not be less than 0'] : []),
    ];
    const direction = req.query.get('sortDirection') ?? 'DESC';
    if (!['ASC', 'DESC'].includes(direction)) errors.push('sortDirection must be one of the following values: ASC, DESC');
    if (errors.length > 0) return { status: 400, body: { message: errors, error: 'Bad Request', statusCode: 400 } };
    const since = this.now() - KEPT_MS;
    const eventType = req.query.get('eventType');
    // User webhooks have no facility: where the logs list only facility webhooks, none of theirs shows.
    const shown = this.options.userWebhooksInLogs === false ? [] : this.logs.filter((l) => l.at >= since && (eventType === null || l.eventType === eventType));
    const ordered = direction === 'ASC' ? shown : [...shown].reverse();
    const data = ordered.slice(offset, offset + limit).map(({ at, ...l }) => ({ ...structuredClone(l), ...(this.options.logTimes === false ? {} : { createdAt: new Date(at).toISOString() }) }));
    return { status: 200, body: { data } };
  }
}
