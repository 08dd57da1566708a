/**
 * An API call with a cached bearer token: a 401 drops the token and the call is tried once more
 * with a fresh one; any answer outside `ok` becomes an ApiError in the vendor's own words.
 */
import { ApiError } from '../core/errors.js';
import type { HttpRequest, HttpResponse } from '../http/client.js';
import { TokenCache } from '../http/token.js';
import type { AdapterDeps } from './adapter-deps.js';
import { requestToken, type TokenRequest } from './oauth.js';
import type { TargetConfig } from '../core/model.js';
import { readAnswer, vendorError, type VendorWords } from './vendor-json.js';

export type Call = ((req: Omit<HttpRequest, 'headers'>, what: string, ok: readonly number[]) => Promise<{ res: HttpResponse; body: unknown }>) & {
  /** The claims of the token in use, where the vendor issues JWTs: which tenant it speaks for. */
  readonly claims: () => Readonly<Record<string, unknown>> | undefined;
};

export interface CallerOptions {
  readonly target: TargetConfig;
  readonly deps: AdapterDeps;
  /** How this vendor hands out tokens; its `vendor` names the vendor in every message. */
  readonly token: TokenRequest;
  /** The vendor's error body → code, message, details. */
  readonly words: (body: unknown, res: HttpResponse) => VendorWords;
}

export function createCaller(o: CallerOptions): Call {
  const vendor = o.token.vendor;
  const tokens = new TokenCache(() => requestToken(o.target, o.deps, o.token));
  const call = async (req: Omit<HttpRequest, 'headers'>, what: string, ok: readonly number[]): Promise<{ res: HttpResponse; body: unknown }> => {
    for (let attempt = 1; ; attempt++) {
      const token = await tokens.get();
      const res = await o.deps.http.request({ ...req, headers: { authorization: `Bearer ${token}` } });
      if (res.status === 401 && attempt === 1) {
        tokens.invalidate(token);
        continue;
      }
      const success = ok.includes(res.status);
      const body = readAnswer(vendor, res, what, success);
      if (success) return { res, body };
      const err = vendorError(vendor, res, what, o.words(body, res));
      if (res.status === 401) {
        throw new ApiError({ status: res.status, vendorCode: err.vendorCode, message: `${err.message}; a fresh token for target ${o.target.name} was refused too (check the app's access to this API)` });
      }
      throw err;
    }
  };
  return Object.assign(call, { claims: () => tokens.claims() });
}

/** A DELETE for which "already gone" (404) is success: what a retried delete hopes to find. */
export async function deleteIfPresent(call: Call, url: string): Promise<void> {
  try {
    await call({ method: 'DELETE', url }, 'the delete', [200, 202, 204]);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return;
    throw e;
  }
}
