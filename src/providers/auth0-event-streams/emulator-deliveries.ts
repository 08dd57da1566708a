/**
 * The deliveries of the Event Streams emulator, as deliveries.md describes Auth0's: a webhook
 * destination gets each event as a JSON POST with the stream's authorization (a bearer token,
 * or basic user and password); `POST /event-streams/{id}/test {event_type}` answers 202 with the
 * attempt (`status`, `attempts: [{status, timestamp, error_message}]`); `GET .../deliveries` is a
 * log of **failed** deliveries only (take 1..100, default 50), newest first. An event whose
 * delivery fails is tried again (Auth0 retries; how often is [unsure], `deliveryRetries`), each
 * try one attempt of the failed delivery; a test is tried once.
 */
import type { EmulatorAnswer } from '../../sandbox/server.js';
import { deliver } from '../../sandbox/deliver.js';
import { randomId } from '../../sandbox/tokens.js';
import { isPlainObject } from '../../core/model.js';

/** What a delivery needs of a stream (emulator.ts's EventStream is one). */
interface EventStream {
  readonly id: string;
  readonly subscriptions: readonly { readonly event_type: string }[];
  readonly destination: { readonly type: string; readonly configuration: Record<string, unknown> };
  readonly status: string;
  failures: number;
}

export interface FailedDelivery {
  readonly id: string;
  readonly event_stream_id: string;
  readonly status: 'failed';
  readonly event_type: string;
  readonly attempts: readonly { readonly status: 'failed'; readonly timestamp: string; readonly error_message: string }[];
}

export class StreamDeliveries {
  private readonly failed = new Map<string, FailedDelivery[]>();

  constructor(
    private readonly now: () => number,
    private readonly retries = 2,
  ) {}

  /** Delivers `eventType` to each enabled webhook stream subscribed to it; a failure is counted and logged. */
  async trigger(streams: readonly EventStream[], eventType: string): Promise<void> {
    for (const s of streams.filter((x) => x.status === 'enabled' && x.destination.type === 'webhook' && x.subscriptions.some((e) => e.event_type === eventType))) {
      await this.send(s, eventType, this.retries);
    }
  }

  /** `POST .../test`: one delivery now, answered 202 with what came of it. */
  async test(stream: EventStream, body: unknown): Promise<EmulatorAnswer> {
    const eventType = isPlainObject(body) && typeof body.event_type === 'string' ? body.event_type : undefined;
    if (eventType === undefined) return { status: 400, body: { statusCode: 400, error: 'Bad Request', message: "Payload validation error: 'Missing required property: event_type'.", errorCode: 'invalid_body' } };
    const attempt = await this.send(stream, eventType);
    return { status: 202, body: { id: `evt_${randomId(16)}`, event_stream_id: stream.id, status: attempt.ok ? 'success' : 'failed', event_type: eventType, attempts: [{ status: attempt.ok ? 'success' : 'failed', timestamp: attempt.at, ...(attempt.ok ? {} : { error_message: attempt.why }) }] } };
  }

  /** `GET .../deliveries`: the failed ones, newest first. */
  list(streamId: string, take: number): FailedDelivery[] {
    return [...(this.failed.get(streamId) ?? [])].reverse().slice(0, take);
  }

  private async send(stream: EventStream, eventType: string, retries = 0): Promise<{ ok: boolean; at: string; why: string }> {
    const c = stream.destination.configuration;
    const auth = isPlainObject(c.webhook_authorization) ? c.webhook_authorization : {};
    const authorization = auth.method === 'bearer' ? `Bearer ${String(auth.token ?? '')}` : auth.method === 'basic' ? `Basic ${Buffer.from(`${String(auth.username ?? '')}:${String(auth.password ?? '')}`).toString('base64')}` : undefined;
    const payload = JSON.stringify({ id: `evt_${randomId(16)}`, source: 'urn:auth0:emulated', specversion: '1.0', type: eventType, time: new Date(this.now()).toISOString(), data: { object: { user_id: 'auth0|emulated' } } });
    const attempts: { status: 'failed'; timestamp: string; error_message: string }[] = [];
    for (let tried = 0; ; tried++) {
      const d = await deliver(String(c.webhook_endpoint ?? ''), payload, { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, this.now);
      const ok = d.status !== undefined && d.status >= 200 && d.status < 300;
      const at = new Date(d.at).toISOString();
      const why = d.status === undefined ? (d.error ?? 'failed') : `the endpoint answered ${d.status}`;
      if (ok) return { ok, at, why };
      attempts.push({ status: 'failed', timestamp: at, error_message: why });
      if (tried >= retries) {
        stream.failures++;
        const list = this.failed.get(stream.id) ?? this.failed.set(stream.id, []).get(stream.id)!;
        list.push({ id: `evt_${randomId(16)}`, event_stream_id: stream.id, status: 'failed', event_type: eventType, attempts });
        return { ok, at, why };
      }
    }
  }
}
