/**
 * Auth0's token endpoint as both Auth0 emulators play it (hooks and Event Streams are one tenant's
 * Management API): client credentials in a JSON or form body (or Basic), the API audience
 * checked, a day-long token with the API's scopes.
 */
import type { EmulatorAnswer, EmulatorRequest } from '../../sandbox/server.js';
import { clientCredentials, jsonBody, type TokenStore } from '../../sandbox/tokens.js';
import { isPlainObject } from '../../core/model.js';

export interface TokenEndpoint {
  readonly clientId: string;
  readonly clientSecret: string;
  /** The emulator's base URL: the audience is `${url}/api/v2/`. */
  readonly url: string;
  readonly tokens: TokenStore;
  readonly scope: string;
}

export function auth0TokenAnswer(req: EmulatorRequest, e: TokenEndpoint): EmulatorAnswer {
  const json = jsonBody(req.rawBody);
  const fields: Record<string, unknown> = json.ok && isPlainObject(json.value) ? json.value : Object.fromEntries(new URLSearchParams(req.rawBody));
  const logBody = { grant_type: fields.grant_type, audience: fields.audience };
  const basic = clientCredentials(req.headers.authorization);
  const id = (fields.client_id as string | undefined) ?? basic.id;
  const secret = (fields.client_secret as string | undefined) ?? basic.secret;
  if (fields.grant_type !== 'client_credentials') return { status: 403, body: { error: 'unauthorized_client', error_description: 'Grant type not allowed for the client.' }, logBody };
  if (id !== e.clientId || secret !== e.clientSecret) return { status: 401, body: { error: 'access_denied', error_description: 'Unauthorized' }, logBody };
  if (fields.audience !== `${e.url}/api/v2/`) return { status: 403, body: { error: 'access_denied', error_description: `Service not found: ${String(fields.audience)}` }, logBody };
  return { status: 200, body: { access_token: e.tokens.issue(86400), expires_in: 86400, scope: e.scope, token_type: 'Bearer' }, logBody };
}
