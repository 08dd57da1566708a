/**
 * The few error classes hooksync raises on purpose. Each has a stable `code` and a message that
 * says what to do; `problems` holds one line per finding when a check finds several at once
 * (every missing variable, every schema violation), so the user fixes them in one pass.
 */
export type ErrorCode =
  | 'HOOKSYNC_USAGE'
  | 'HOOKSYNC_CONFIG_NOT_FOUND'
  | 'HOOKSYNC_CONFIG_INVALID'
  | 'HOOKSYNC_ENV_MISSING'
  | 'HOOKSYNC_AUTH'
  | 'HOOKSYNC_API'
  | 'HOOKSYNC_NETWORK'
  | 'HOOKSYNC_PLAN'
  | 'HOOKSYNC_APPLY'
  | 'HOOKSYNC_ABORTED'
  /** A saved plan whose inputs moved since it was made. */
  | 'HOOKSYNC_STALE';

export class HooksyncError extends Error {
  readonly code: ErrorCode;
  readonly problems: readonly string[];

  constructor(code: ErrorCode, message: string, problems: readonly string[] = []) {
    super(message);
    this.name = 'HooksyncError';
    this.code = code;
    this.problems = problems;
  }
}

/** An HTTP answer the vendor gave that we do not accept: carries the vendor's own words. */
export class ApiError extends HooksyncError {
  readonly status: number;
  readonly vendorCode: string | undefined;

  constructor(opts: { status: number; message: string; vendorCode?: string | undefined }) {
    super(opts.status === 401 || opts.status === 403 ? 'HOOKSYNC_AUTH' : 'HOOKSYNC_API', opts.message);
    this.name = 'ApiError';
    this.status = opts.status;
    this.vendorCode = opts.vendorCode;
  }
}

/** The request may or may not have reached the server: a reset, a timeout, a refused connection. */
export class NetworkError extends HooksyncError {
  override readonly cause: unknown;
  constructor(message: string, cause?: unknown) {
    super('HOOKSYNC_NETWORK', message);
    this.name = 'NetworkError';
    this.cause = cause;
  }
}

export const isHooksyncError = (e: unknown): e is HooksyncError => e instanceof HooksyncError;

/** The server may have acted on the request though we have no answer to show for it. */
export const answerLost = (e: unknown): boolean => e instanceof NetworkError || (e instanceof ApiError && (e.status >= 500 || e.status === 408));

