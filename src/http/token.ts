/**
 * A cached bearer token per target: fetched on first use, reused until shortly before it
 * expires, and dropped when the API answers 401 so the next call fetches a fresh one once.
 */
export interface Token {
  readonly value: string;
  readonly expiresInSeconds: number;
  /** A JWT's claims, read (not verified) where the vendor issues JWTs: which tenant it is. */
  readonly claims?: Readonly<Record<string, unknown>> | undefined;
}

const EXPIRY_MARGIN_MS = 60_000;

export class TokenCache {
  private current: { value: string; expiresAt: number } | undefined;
  private lastClaims: Readonly<Record<string, unknown>> | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly fetchToken: () => Promise<Token>,
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<string> {
    if (this.current && this.now() < this.current.expiresAt) return this.current.value;
    // One fetch at a time: parallel requests share it instead of each asking for a token.
    this.pending ??= this.fetchToken()
      .then((t) => {
        const ttl = t.expiresInSeconds * 1000;
        this.current = { value: t.value, expiresAt: this.now() + Math.max(ttl / 2, ttl - EXPIRY_MARGIN_MS) };
        this.lastClaims = t.claims;
        return t.value;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  /** The claims of the last token fetched, if it was a JWT. */
  claims(): Readonly<Record<string, unknown>> | undefined {
    return this.lastClaims;
  }

  invalidate(token: string): void {
    if (this.current?.value === token) this.current = undefined;
  }
}
