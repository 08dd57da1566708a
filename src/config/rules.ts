/**
 * Checks the schema cannot express: duplicate match keys within a target, a hook with nothing to
 * match it by, and endpoints or token URLs that would send credentials in clear over the network.
 */
import { locate, positionOf, type Source } from './source.js';
import { formatPath, startsWith } from './paths.js';
import type { Path } from './interpolate.js';
import { DURATION_HINT, parseDuration } from '../http/duration.js';
import { isPlainObject } from '../model.js';
import { isProviderKind, specFor } from '../providers/specs.js';
import { sharedTenantProblems } from './tenants.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function ruleProblems(source: Source, value: unknown, unresolved: readonly Path[]): string[] {
  const problems: string[] = [];
  const where = (p: Path) => locate(source, p);
  const targets = isPlainObject(value) && isPlainObject(value.targets) ? value.targets : {};
  for (const [name, target] of Object.entries(targets)) {
    if (!isPlainObject(target)) continue;
    // Credentials travel to both addresses: neither may be plain http off this machine.
    const auth = isPlainObject(target.auth) ? target.auth : {};
    for (const [path, url] of [[['targets', name, 'endpoint'], target.endpoint], [['targets', name, 'auth', 'tokenUrl'], auth.tokenUrl]] as const) {
      if (typeof url !== 'string' || unresolved.some((u) => startsWith(path, u))) continue;
      const why = urlProblem(url, path.length === 3);
      if (why) problems.push(`${where(path)}: ${why}`);
    }
    const rateLimit = isPlainObject(target.rateLimit) ? target.rateLimit : {};
    if (typeof rateLimit.per === 'string' && parseDuration(rateLimit.per) === 0) {
      problems.push(`${where(['targets', name, 'rateLimit', 'per'])}: the window must be longer than 0; write ${DURATION_HINT}`);
    }
    const hooks = Array.isArray(target.hooks) ? target.hooks : [];
    const byName = new Map<string, number>();
    const byId = new Map<string, number>();
    const keyField = isProviderKind(target.provider) ? specFor(target.provider).keyField : 'name';
    hooks.forEach((hook, i) => {
      if (!isPlainObject(hook)) return;
      const path = ['targets', name, 'hooks', i];
      const hookName = typeof hook[keyField] === 'string' ? hook[keyField] : undefined;
      const id = typeof hook.id === 'string' ? hook.id : undefined;
      if (hookName === undefined && id === undefined) {
        problems.push(`${where(path)}: a hook needs a "${keyField}" (how it is matched) or a pinned "id"; add one`);
      }
      if (id !== undefined) {
        const first = byId.get(id);
        if (first !== undefined) {
          problems.push(`${where([...path, 'id'])}: id "${id}" is already pinned by ${formatPath(['targets', name, 'hooks', first])} (line ${positionOf(source, ['targets', name, 'hooks', first]).line}); an id can be pinned once`);
        } else byId.set(id, i);
      } else if (hookName !== undefined) {
        const first = byName.get(hookName);
        if (first !== undefined) {
          problems.push(`${where([...path, keyField])}: duplicate hook ${keyField} "${hookName}" in target ${name} (first at line ${positionOf(source, ['targets', name, 'hooks', first]).line}); the ${keyField} is how hooks are matched, so make them unique or pin each with "id"`);
        } else byName.set(hookName, i);
      }
    });
  }
  return [...problems, ...sharedTenantProblems(source, value, unresolved)];
}

/** `base`: an endpoint, which paths are appended to (a token URL is used as written). */
function urlProblem(endpoint: string, base: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return `is not a valid URL; write the tenant's base URL, like https://tenant.example.com`;
  }
  // Credentials in the URL would be dropped (they go in auth:), and a query or fragment would end
  // up in the middle of every path hooksync builds on it (/?x=1/oidc/token).
  if (url.username !== '' || url.password !== '') return 'holds a user name or password; remove it from the URL (credentials go in auth.clientId and auth.clientSecret)';
  if (base && (url.search !== '' || endpoint.includes('?'))) return 'holds a query (?...); write the base URL alone';
  if (url.hash !== '' || endpoint.includes('#')) return 'holds a fragment (#...); write the URL without it';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return undefined;
  return `must start with https:// (plain http:// is allowed only on a loopback address, for the sandbox)`;
}
