/**
 * The client-credentials token request every vendor here uses, in its three dialects: HTTP
 * Basic with a form (Logto, Nursa), Basic with the grant in the query (Bold Penguin), or a JSON
 * body (Auth0). Wrong credentials become one message that names the target.
 */
import { HooksyncError } from '../core/errors.js';
import type { HttpRequest } from '../http/client.js';
import type { Token } from '../http/token.js';
import type { TargetConfig } from '../core/model.js';
import { isPlainObject } from '../core/model.js';
import type { AdapterDeps } from './adapter-deps.js';
import { readAnswer, vendorError } from './vendor-json.js';

export interface TokenRequest {
  readonly vendor: string;
  /** The vendor's usual token endpoint; the target's `auth.tokenUrl`, when set, is used instead. */
  readonly url: string;
  /** How the credentials travel. */
  readonly style: 'basic-form' | 'basic-query' | 'json';
  /** Extra form or JSON fields (resource, audience, scope). */
  readonly params?: Readonly<Record<string, string>>;
  readonly defaultTtlSeconds: number;
  /** What the credentials must be, said after a rejection. */
  readonly hint?: string;
}

/** A JWT's payload, read without verifying it (only to tell which tenant answered); else undefined. */
function jwtClaims(token: string): Record<string, unknown> | undefined {
  const [, payload] = token.split('.');
  if (payload === undefined || token.split('.').length !== 3) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
    return isPlainObject(claims) ? claims : undefined;
  } catch {
    return undefined;
  }
}

export async function requestToken(target: TargetConfig, deps: AdapterDeps, t: TokenRequest): Promise<Token> {
  const { clientId = '', clientSecret = '' } = target.auth;
  const tokenUrl = target.tokenUrl ?? t.url;
  const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64');
  deps.redactor.add(basic);
  // The pair as a server may decode it, and base64 without URL-encoding as other clients send it.
  deps.redactor.add(Buffer.from(`${clientId}:${clientSecret}`).toString('base64'));
  let req: HttpRequest;
  if (t.style === 'json') {
    req = { method: 'POST', url: tokenUrl, json: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, ...t.params }, repeatable: true, unmetered: true };
  } else if (t.style === 'basic-query') {
    const url = new URL(tokenUrl);
    url.searchParams.set('grant_type', 'client_credentials');
    req = { method: 'POST', url: url.toString(), headers: { authorization: `Basic ${basic}` }, repeatable: true, unmetered: true };
  } else {
    req = { method: 'POST', url: tokenUrl, headers: { authorization: `Basic ${basic}` }, form: { grant_type: 'client_credentials', ...t.params }, repeatable: true, unmetered: true };
  }
  const res = await deps.http.request(req);
  const success = res.status >= 200 && res.status < 300;
  const body = readAnswer(t.vendor, res, 'the token request', success);
  if (success && isPlainObject(body) && typeof body.access_token === 'string') {
    deps.redactor.add(body.access_token);
    return { value: body.access_token, expiresInSeconds: typeof body.expires_in === 'number' ? body.expires_in : t.defaultTtlSeconds, claims: jwtClaims(body.access_token) };
  }
  if (success) throw new HooksyncError('HOOKSYNC_AUTH', `${t.vendor} answered the token request of target ${target.name} without an access_token`);
  const words = isPlainObject(body) ? { code: body.error ?? body.errorCode, message: body.error_description ?? body.message } : {};
  const err = vendorError(t.vendor, res, 'the token request', words);
  if (res.status === 400 || res.status === 401 || res.status === 403) {
    throw new HooksyncError('HOOKSYNC_AUTH', `${err.message}; check auth.clientId and auth.clientSecret of target ${target.name}${t.hint ? ` (${t.hint})` : ''}`);
  }
  throw err;
}
