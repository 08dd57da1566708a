/**
 * Requests in flight at once per target. Chosen by measurement (`npm run bench`, parallelism
 * sweep): at 100 ms per answer, 4 keeps a 20 requests/s quota busy; beyond it the limiter, not
 * the connection count, sets the pace.
 */
export const DEFAULT_PARALLELISM = 4;
