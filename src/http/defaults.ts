/** Network defaults, apart from the client so `--help` can show them without loading undici. */
export const DEFAULT_TIMEOUTS = { connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000 } as const;
/** Longest one request may wait, rate limits and retries together. */
export const DEFAULT_MAX_WAIT_MS = 120_000;
export const DEFAULT_RETRIES = 5;
