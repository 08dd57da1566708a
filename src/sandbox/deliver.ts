/**
 * How an emulator delivers a webhook, as its vendor would: one POST of the payload to the hook's
 * URL with the vendor's headers (its signature among them), a bounded time, and what came of it
 * (the receiver's status and how long it took, or why nothing came back). The emulators record
 * the attempt and expose it through their vendor's delivery APIs.
 */
import { createHmac } from 'node:crypto';

export interface Delivery {
  /** The receiver's HTTP status, when it answered. */
  readonly status?: number;
  /** Why there is no status: the receiver could not be reached, or took too long. */
  readonly error?: string;
  readonly durationMs: number;
  readonly at: number;
  /** The receiver's answer, only where the vendor hands it back (Logto's test). */
  readonly body?: string;
}

/** How long a vendor waits for a receiver (GitHub: 10 s). */
export const DELIVERY_TIMEOUT_MS = 10_000;

export async function deliver(url: string, body: string, headers: Readonly<Record<string, string>>, now: () => number = Date.now, timeoutMs = DELIVERY_TIMEOUT_MS, keepBody = false): Promise<Delivery> {
  const at = now();
  const started = performance.now();
  try {
    const res = await fetch(url, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    // The answer is read and dropped: a vendor keeps its status (Logto's test hands it back).
    const text = (await res.text()).slice(0, 4096);
    return { status: res.status, durationMs: Math.round(performance.now() - started), at, ...(keepBody ? { body: text } : {}) };
  } catch (e) {
    const name = (e as Error).name;
    return { error: name === 'TimeoutError' ? 'timed out' : 'failed to connect', durationMs: Math.round(performance.now() - started), at };
  }
}

/** Hex HMAC-SHA256 of the raw body: how GitHub (with `sha256=`) and Logto sign a delivery. */
export const hmacSha256 = (key: string, body: string): string => createHmac('sha256', key).update(body).digest('hex');
