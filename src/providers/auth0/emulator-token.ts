/**
 * Auth0's token endpoint as both Auth0 emulators play it (hooks and Event Streams are one tenant's
 * Management API): client credentials in a JSON or form body (or Basic), the API audience
 * checked, a day-long token with the API's scopes. The token is shaped as Auth0's JWTs are: its
 * issuer is the domain the request used (a custom domain or the tenant's own), its audience the
 * Management API's identifier, which names the tenant whatever domain was used (Auth0's access
 * token docs, "Custom domains and the Auth0 Management API").
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
  // The identifier, or the same API as the request's own domain spells it (another name of this
  // server: the emulator's stand-in for a custom domain). Whether Auth0 takes a custom domain's
  // spelling of the audience is [unsure] in providers.md; the identifier always works.
  const identifier = `${e.url}/api/v2/`;
  const spelled = `${new URL(e.url).protocol}//${req.headers.host ?? ''}/api/v2/`;
  if (fields.audience !== identifier && fields.audience !== spelled) return { status: 403, body: { error: 'access_denied', error_description: `Service not found: ${String(fields.audience)}` }, logBody };
  const claims = { iss: `${new URL(e.url).protocol}//${req.headers.host ?? ''}/`, sub: `${id}@clients`, aud: identifier, azp: id, scope: e.scope, gty: 'client-credentials', iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 86400 };
  return { status: 200, body: { access_token: e.tokens.issue(86400, [], claims), expires_in: 86400, scope: e.scope, token_type: 'Bearer' }, logBody };
}
