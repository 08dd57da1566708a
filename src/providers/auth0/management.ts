/**
 * A caller of one Auth0 tenant's Management API v2, as the hooks and the Event Streams adapters
 * share it: a client-credentials token (JSON, with the API audience, a day long) and Auth0's
 * error words (`errorCode`, `message`).
 */
import type { TenantMark } from '../../core/adapter.js';
import type { TargetConfig } from '../../core/model.js';
import { isPlainObject } from '../../core/model.js';
import type { AdapterDeps } from '../adapter-deps.js';
import { createCaller, type Call } from '../bearer.js';

/** `scopes`: what the machine-to-machine app must be granted, for the error when it is not. */
export function auth0Caller(target: TargetConfig, deps: AdapterDeps, scopes: string): Call {
  return createCaller({
    target,
    deps,
    token: {
      vendor: 'Auth0',
      url: `${target.endpoint}/oauth/token`,
      style: 'json',
      params: { audience: `${target.endpoint}/api/v2/` },
      defaultTtlSeconds: 86400,
      hint: `a machine-to-machine app authorized for the Management API with ${scopes}`,
    },
    words: (body) => (isPlainObject(body) ? { code: body.errorCode, message: body.message } : {}),
  });
}

/**
 * Which tenant a Management API token speaks for. Its audience is the API's identifier
 * (`https://{tenant}.auth0.com/api/v2/`), the same whichever domain asked, while its issuer
 * follows the domain (Auth0's access token docs). Without an audience claim, the client it was
 * issued to: a client belongs to one tenant (its id may be a secret of the file, so not shown).
 */
export function auth0Tenant(call: Call): TenantMark | undefined {
  const claims = call.claims();
  if (typeof claims?.aud === 'string') return `audience ${claims.aud}`;
  if (Array.isArray(claims?.aud) && typeof claims.aud[0] === 'string') return `audience ${[...(claims.aud as string[])].sort().join(' ')}`;
  const client = typeof claims?.azp === 'string' ? claims.azp : typeof claims?.sub === 'string' ? claims.sub.replace(/@clients$/, '') : undefined;
  return client === undefined ? undefined : { key: `client ${client}`, said: "one client issued both targets' tokens" };
}
