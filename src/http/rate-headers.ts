/**
 * What an answer says about the rate limit, in whichever dialect the vendor speaks. Pure.
 *
 * - `X-RateLimit-Limit / -Remaining / -Reset` (Auth0, GitHub and many more). The reset is epoch
 *   seconds at some vendors and seconds-from-now at others; a value too large to be a delta
 *   (later than 2001 as epoch seconds) is read as an epoch, in seconds or milliseconds.
 * - The IETF drafts: `RateLimit: "default";r=50;t=30` with `RateLimit-Policy: "default";q=100;w=60`
 *   (draft 08 and later), `RateLimit: limit=100, remaining=50, reset=30` (draft 07), and the
 *   separate `RateLimit-Limit / -Remaining / -Reset` fields (drafts up to 06). Their reset is
 *   always a delta in seconds.
 * When several policies are announced, the one with the fewest requests left wins.
 */
export type Headers = Readonly<Record<string, string | undefined>>;

export interface RateSignal {
  /** Requests left before the vendor refuses. */
  readonly remaining: number;
  /** The quota (bucket size or requests per window), when said. */
  readonly limit?: number | undefined;
  /** When the quota is whole again, epoch milliseconds, when said. */
  readonly resetAt?: number | undefined;
  /** The window length, when a policy says it (IETF `w`). */
  readonly windowMs?: number | undefined;
}

/** 2001-09-09 in epoch seconds: no vendor announces a reset that many seconds away. */
const EPOCH_SECONDS_FLOOR = 1_000_000_000;
const EPOCH_MS_FLOOR = 1_000_000_000_000;

/** A reset value in either form → epoch milliseconds. */
export function resetToEpochMs(value: number, now: number): number {
  if (value >= EPOCH_MS_FLOOR) return value;
  if (value >= EPOCH_SECONDS_FLOOR) return value * 1000;
  return now + value * 1000;
}

const num = (v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v.split(',')[0]!.trim());
  return v.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : undefined;
};

export function readRateSignal(h: Headers, now: number): RateSignal | undefined {
  return xRateLimit(h, now) ?? ietfStructured(h, now) ?? ietfDictionary(h, now) ?? ietfSeparate(h, now);
}

function xRateLimit(h: Headers, now: number): RateSignal | undefined {
  const remaining = num(h['x-ratelimit-remaining']);
  if (remaining === undefined) return undefined;
  const reset = num(h['x-ratelimit-reset']);
  return { remaining, limit: num(h['x-ratelimit-limit']), resetAt: reset === undefined ? undefined : resetToEpochMs(reset, now) };
}

/** `"name";k=v;k=v, "other";k=v` → [{name, params}]. Enough of RFC 8941 for these two fields. */
function parseList(value: string): { name: string; params: Map<string, string> }[] {
  return value.split(',').map((item) => {
    const [name = '', ...rest] = item.split(';').map((s) => s.trim());
    const params = new Map(rest.map((p) => p.split('=').map((s) => s.trim().replace(/^"|"$/g, '')) as [string, string]));
    return { name: name.replace(/^"|"$/g, ''), params };
  });
}

function ietfStructured(h: Headers, now: number): RateSignal | undefined {
  const value = h['ratelimit'];
  if (!value || !/[;\s]r=\d/.test(`;${value}`)) return undefined;
  const policies = new Map(parseList(h['ratelimit-policy'] ?? '').map((p) => [p.name, p.params]));
  let best: RateSignal | undefined;
  for (const item of parseList(value)) {
    const remaining = num(item.params.get('r'));
    if (remaining === undefined) continue;
    const t = num(item.params.get('t'));
    const policy = policies.get(item.name);
    const window = num(policy?.get('w'));
    const signal: RateSignal = { remaining, limit: num(policy?.get('q')), resetAt: t === undefined ? undefined : now + t * 1000, windowMs: window === undefined ? undefined : window * 1000 };
    if (!best || signal.remaining < best.remaining) best = signal;
  }
  return best;
}

function ietfDictionary(h: Headers, now: number): RateSignal | undefined {
  const value = h['ratelimit'];
  if (!value) return undefined;
  const dict = new Map(value.split(',').map((kv) => kv.split('=').map((s) => s.trim()) as [string, string]));
  const remaining = num(dict.get('remaining'));
  if (remaining === undefined) return undefined;
  const reset = num(dict.get('reset'));
  const window = num(/w=(\d+)/.exec(h['ratelimit-policy'] ?? '')?.[1]);
  return { remaining, limit: num(dict.get('limit')), resetAt: reset === undefined ? undefined : now + reset * 1000, windowMs: window === undefined ? undefined : window * 1000 };
}

function ietfSeparate(h: Headers, now: number): RateSignal | undefined {
  const remaining = num(h['ratelimit-remaining']);
  if (remaining === undefined) return undefined;
  const reset = num(h['ratelimit-reset']);
  return { remaining, limit: num(h['ratelimit-limit']), resetAt: reset === undefined ? undefined : now + reset * 1000 };
}

