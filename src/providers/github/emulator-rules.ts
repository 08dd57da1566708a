/**
 * What the GitHub emulator checks in a request body and how it words a refusal, as
 * providers-next.md describes GitHub's: 422 "Validation Failed" with an errors list, 422
 * "Invalid request" for a key or type it does not take; and how a hook's config is shown.
 */
import type { EmulatorAnswer } from '../../sandbox/server.js';

export interface GithubHook {
  id: number;
  scope: string;
  name: 'web';
  active: boolean;
  events: string[];
  config: { url?: string; content_type?: string; insecure_ssl?: string; secret?: string };
  created_at: string;
  updated_at: string;
  /** What the last delivery came to, as GitHub shows it on every hook ({code: null, status: "unused"} before any). */
  last_response?: { code: number | null; status: string; message: string | null };
  /** Every delivery attempt, newest last. */
  deliveries?: { id: number; guid: string; event: string; status_code: number; status: string; duration: number; delivered_at: string }[];
}

const DOCS = 'https://docs.github.com/rest/repos/webhooks';
export const VERSIONS = new Set(['2022-11-28', '2026-03-10']);
const MASK = '********';
export const CONFIG_KEYS = ['url', 'content_type', 'secret', 'insecure_ssl'];

export const message = (status: number, text: string, extra: object = {}, headers: Record<string, string> = {}): EmulatorAnswer => ({ status, body: { message: text, documentation_url: DOCS, status: String(status), ...extra }, headers });
export const invalid = (errors: object[]): EmulatorAnswer => message(422, 'Validation Failed', { errors });
export const notPermitted = (text: string): EmulatorAnswer => message(422, `Invalid request.\n\n${text}`);

export function checkConfig(config: Record<string, unknown>, needsUrl: boolean): EmulatorAnswer | undefined {
  for (const key of Object.keys(config)) if (!CONFIG_KEYS.includes(key)) return notPermitted(`"${key}" is not a permitted key.`);
  for (const key of CONFIG_KEYS) {
    const v = config[key];
    if (v !== undefined && typeof v !== 'string' && !(key === 'insecure_ssl' && typeof v === 'number')) return notPermitted(`For 'properties/${key}', ${JSON.stringify(v)} is not a string.`);
  }
  if (needsUrl && (typeof config.url !== 'string' || config.url === '')) return invalid([{ resource: 'Hook', code: 'custom', message: 'Config must contain URL' }]);
  if (typeof config.url === 'string') {
    if (!isHttpUrl(config.url)) return invalid([{ resource: 'Hook', code: 'custom', message: 'Config URL is not a valid URL. Special characters in the URL must be encoded.' }]);
  }
  if (config.content_type !== undefined && !['json', 'form'].includes(config.content_type as string)) return invalid([{ resource: 'Hook', field: 'content_type', code: 'invalid' }]);
  if (config.insecure_ssl !== undefined && !['0', '1', 0, 1].includes(config.insecure_ssl as string)) return invalid([{ resource: 'Hook', field: 'insecure_ssl', code: 'invalid' }]);
  return undefined;
}

export function checkEvents(events: unknown, known: ReadonlySet<string>): EmulatorAnswer | undefined {
  if (events === undefined) return undefined;
  if (!Array.isArray(events)) return notPermitted(`For 'properties/events', ${JSON.stringify(events)} is not an array.`);
  const bad = events.find((e) => typeof e !== 'string' || !known.has(e));
  if (bad !== undefined) return invalid([{ resource: 'Hook', field: 'events', code: 'invalid', message: `${JSON.stringify(bad)} is not a valid event name` }]);
  return undefined;
}

export function checkActive(active: unknown): EmulatorAnswer | undefined {
  return active === undefined || typeof active === 'boolean' ? undefined : notPermitted(`For 'properties/active', ${JSON.stringify(active)} is not a boolean.`);
}

export function shownConfig(config: GithubHook['config']): Record<string, string> {
  const { secret, ...rest } = config;
  return { ...(rest as Record<string, string>), ...(secret ? { secret: MASK } : {}) };
}

/** As stored: no empty secret, insecure_ssl as the string GitHub shows even when sent as a number. */
export function withoutEmptySecret(config: GithubHook['config']): GithubHook['config'] {
  const { secret, ...rest } = config;
  const out = rest.insecure_ssl === undefined ? rest : { ...rest, insecure_ssl: String(rest.insecure_ssl) };
  return secret ? { ...out, secret } : out;
}

export const overlap = (a: readonly string[], b: readonly string[]): boolean => a.some((e) => b.includes(e)) || a.includes('*') || b.includes('*');

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol) && !/\s/.test(text);
  } catch {
    return false;
  }
}
