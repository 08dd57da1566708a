/** Network defaults, apart from the client so `--help` can show them without loading undici. */
export const DEFAULT_TIMEOUTS = { connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000, requestMs: 30_000 } as const;
/** Longest one request may take from first try to last answer: tries, rate limits and retries together. */
export const DEFAULT_MAX_WAIT_MS = 120_000;
/**
 * The most of one answer hooksync reads. A page of 100 hooks is some tens of KB; 8 MiB is far
 * more than any real answer and far less than what would hurt the machine.
 */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
export const DEFAULT_RETRIES = 5;
