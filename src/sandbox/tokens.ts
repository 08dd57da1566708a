/** Issued bearer tokens of one emulator: issue, check, expire. Shared by every vendor emulator. */
import { randomBytes } from 'node:crypto';

export type TokenCheck = { ok: true; scopes: readonly string[] } | { ok: false; why: 'missing' | 'invalid' };

export class TokenStore {
  private readonly tokens = new Map<string, { scopes: readonly string[]; expiresAt: number }>();

  /**
   * `claims`: the token is shaped as a JWT with these claims (unsigned: the emulator checks it by
   * lookup, as it does opaque ones), as vendors that issue JWTs (Logto) do.
   */
  issue(ttlSeconds: number, scopes: readonly string[] = [], claims?: Readonly<Record<string, unknown>>): string {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const token = claims ? `${b64({ alg: 'none', typ: 'at+jwt' })}.${b64(claims)}.${randomId(43)}` : randomId(43);
    this.tokens.set(token, { scopes, expiresAt: Date.now() + ttlSeconds * 1000 });
    return token;
  }

  check(authorization: string | undefined): TokenCheck {
    if (!authorization) return { ok: false, why: 'missing' };
    const token = /^Bearer (.+)$/i.exec(authorization)?.[1];
    const found = token ? this.tokens.get(token) : undefined;
    if (!found || found.expiresAt < Date.now()) return { ok: false, why: 'invalid' };
    return { ok: true, scopes: found.scopes };
  }

  /** Every token handed out so far (tests search outputs for them). */
  issued(): string[] {
    return [...this.tokens.keys()];
  }

  /** Expires every token, as a key rotation on the server would. */
  revoke(): void {
    for (const t of this.tokens.values()) t.expiresAt = 0;
  }
}

export const randomId = (n: number, alphabet = '0123456789abcdefghijklmnopqrstuvwxyz'): string =>
  [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');

export const uuid = (): string => crypto.randomUUID();

/** Client id and secret from HTTP Basic, or from form fields when there is no header. */
export function clientCredentials(authorization: string | undefined, form?: URLSearchParams): { id: string | null; secret: string | null } {
  const basic = /^Basic (.+)$/i.exec(authorization ?? '')?.[1];
  if (basic) {
    const [u = '', p = ''] = Buffer.from(basic, 'base64').toString('utf8').split(':');
    return { id: decodeURIComponent(u), secret: decodeURIComponent(p) };
  }
  return { id: form?.get('client_id') ?? null, secret: form?.get('client_secret') ?? null };
}

/** The JSON body of a request, or a parse error for the emulator to word its own way. */
export function jsonBody(raw: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (raw === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}
