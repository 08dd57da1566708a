/**
 * A caller of one Auth0 tenant's Management API v2, as the hooks and the Event Streams adapters
 * share it: a client-credentials token (JSON, with the API audience, a day long) and Auth0's
 * error words (`errorCode`, `message`).
 */
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
