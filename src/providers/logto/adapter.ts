/**
 * Logto Management API: client-credentials token, paged list, create, update, delete.
 * Every secret it sees (token, signing keys, header values) goes to the redactor first.
 */
import { ApiError, HooksyncError } from '../../errors.js';
import type { HttpClient, HttpRequest, HttpResponse } from '../../http/client.js';
import { TokenCache } from '../../http/token.js';
import type { Fields, LiveHook, TargetConfig } from '../../model.js';
import { isPlainObject } from '../../model.js';
import type { Redactor } from '../../redact.js';
import type { ProviderAdapter } from '../spec.js';
import { parseJson, vendorError } from '../vendor-json.js';
import { LOGTO_SERVER_FIELDS, logtoSpec } from './spec.js';

const PAGE_SIZE = 100;

export interface AdapterDeps {
  readonly http: HttpClient;
  readonly redactor: Redactor;
}

/** The API resource indicator: per tenant on Logto Cloud, fixed on a self-hosted server. */
export function logtoResource(endpoint: string): string {
  const host = new URL(endpoint).hostname;
  const cloud = /^([a-z0-9]+)\.logto\.app$/.exec(host);
  return cloud ? `https://${cloud[1]}.logto.app/api` : 'https://default.logto.app/api';
}

export function createLogtoAdapter(target: TargetConfig, deps: AdapterDeps): ProviderAdapter {
  const { http, redactor } = deps;
  const base = target.endpoint;

  const tokens = new TokenCache(async () => {
    const basic = Buffer.from(`${encodeURIComponent(target.auth.clientId)}:${encodeURIComponent(target.auth.clientSecret)}`).toString('base64');
    redactor.add(basic);
    const res = await http.request({
      method: 'POST',
      url: `${base}/oidc/token`,
      headers: { authorization: `Basic ${basic}` },
      form: { grant_type: 'client_credentials', resource: logtoResource(base), scope: 'all' },
      repeatable: true,
    });
    const body = parseJson('Logto', res, 'the token request');
    if (res.status !== 200 || !isPlainObject(body) || typeof body.access_token !== 'string') {
      const words = isPlainObject(body) ? { code: body.error, message: body.error_description ?? body.message } : {};
      const err = res.status === 200 ? new HooksyncError('HOOKSYNC_AUTH', 'Logto answered the token request without an access_token') : vendorError('Logto', res, 'the token request', words);
      if (res.status === 400 || res.status === 401) {
        throw new HooksyncError('HOOKSYNC_AUTH', `${err.message}; check auth.clientId and auth.clientSecret of target ${target.name} (a machine-to-machine app with the Management API "all" scope)`);
      }
      throw err;
    }
    redactor.add(body.access_token);
    return { value: body.access_token, expiresInSeconds: typeof body.expires_in === 'number' ? body.expires_in : 3600 };
  });

  /** A call with the bearer token; a 401 drops the token and tries once more with a new one. */
  async function call(req: Omit<HttpRequest, 'headers'>, what: string, ok: number[]): Promise<{ res: HttpResponse; body: unknown }> {
    for (let attempt = 1; ; attempt++) {
      const token = await tokens.get();
      const res = await http.request({ ...req, headers: { authorization: `Bearer ${token}` } });
      if (res.status === 401 && attempt === 1) {
        tokens.invalidate(token);
        continue;
      }
      const body = parseJson('Logto', res, what);
      if (ok.includes(res.status)) return { res, body };
      const words = isPlainObject(body) ? body : {};
      const err = vendorError('Logto', res, what, words);
      if (res.status === 401 || res.status === 403) {
        throw new ApiError({ status: res.status, vendorCode: err.vendorCode, message: `${err.message}; the credentials of target ${target.name} were accepted for a token but not for the Management API (does the app have the "all" scope?)` });
      }
      throw err;
    }
  }

  const toLive = (raw: unknown, what: string): LiveHook => {
    if (!isPlainObject(raw) || typeof raw.id !== 'string') {
      throw new HooksyncError('HOOKSYNC_API', `Logto answered ${what} with something that is not a hook (no string "id"); nothing more was done with it`);
    }
    redactor.add(raw.signingKey);
    if (isPlainObject(raw.config)) redactor.addDeep(raw.config.headers);
    const fields: Fields = {};
    for (const [k, v] of Object.entries(raw)) if (!(LOGTO_SERVER_FIELDS as readonly string[]).includes(k)) fields[k] = v;
    return { id: raw.id, key: typeof raw.name === 'string' ? raw.name : '', fields };
  };

  return {
    spec: logtoSpec,

    async list() {
      const hooks: LiveHook[] = [];
      for (let page = 1; ; page++) {
        const { res, body } = await call({ method: 'GET', url: `${base}/api/hooks?page=${page}&page_size=${PAGE_SIZE}` }, 'the hook list', [200]);
        if (!Array.isArray(body)) throw new HooksyncError('HOOKSYNC_API', `Logto answered the hook list (page ${page}) with something that is not a list; nothing was changed`);
        hooks.push(...body.map((h) => toLive(h, 'the hook list')));
        const total = Number(res.headers['total-number']);
        const more = /rel="next"/.test(res.headers.link ?? '') || (Number.isFinite(total) && hooks.length < total);
        if (!more || body.length === 0) return hooks;
      }
    },

    async create(body) {
      const { body: created } = await call({ method: 'POST', url: `${base}/api/hooks`, json: body }, 'the create', [201, 200]);
      return toLive(created, 'the create');
    },

    async update(id, body) {
      const { body: updated } = await call({ method: 'PATCH', url: `${base}/api/hooks/${encodeURIComponent(id)}`, json: body }, 'the update', [200]);
      return toLive(updated, 'the update');
    },

    async remove(id) {
      try {
        await call({ method: 'DELETE', url: `${base}/api/hooks/${encodeURIComponent(id)}` }, 'the delete', [204, 200]);
      } catch (e) {
        // Already gone is what a delete wants: a retried DELETE whose first answer was lost.
        if (e instanceof ApiError && e.status === 404) return;
        throw e;
      }
    },

    close: () => http.close(),
  };
}
