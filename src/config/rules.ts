/**
 * Checks the schema cannot express: duplicate match keys within a target, a hook with nothing to
 * match it by, and endpoints or token URLs that would send credentials in clear over the network.
 */
import { locate, positionOf, type Source } from './source.js';
import { formatPath, startsWith } from './paths.js';
import type { Path } from './interpolate.js';
import { DURATION_HINT, parseDuration } from '../core/duration.js';
import { isPlainObject } from '../core/model.js';
import { isProviderKind, providerOf, specFor } from '../providers/specs.js';
import { keyIn, keyPath, type ProviderSpec } from '../core/spec.js';
import { sharedTenantProblems } from './tenants.js';

/** This machine: localhost, all of 127.0.0.0/8, and ::1 (plain http is allowed there, for the sandbox). */
const isLoopback = (host: string): boolean => host === 'localhost' || host === '[::1]' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

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
    // With no known provider there is no key field to check hooks by: the schema's "unknown
    // provider" finding is the one to fix, and a guess here would only add a misleading one.
    if (!isProviderKind(target.provider)) continue;
    const hooks = Array.isArray(target.hooks) ? target.hooks : [];
    const byName = new Map<string, number>();
    const byId = new Map<string, number>();
    const spec = specFor(target.provider);
    const keyField = spec.keyField;
    const selection = providerOf(target.provider).target.selection;
    const selecting = selection !== undefined && target[selection.field] !== undefined;
    if (selection && selecting && target[selection.within] === undefined) {
      problems.push(`${where(['targets', name, selection.field])}: ${selection.field} selects among the ${selection.noun} of an ${selection.within}; write "${selection.within}: NAME" beside it`);
    }
    problems.push(...quotaProblems(spec, name, hooks, where), ...perValueProblems(spec, name, hooks, where));
    hooks.forEach((hook, i) => {
      if (!isPlainObject(hook)) return;
      const path = ['targets', name, 'hooks', i];
      const refused = spec.refusedValues;
      const listed = refused ? hook[refused.field] : undefined;
      if (refused && Array.isArray(listed)) {
        listed.forEach((v, j) => {
          const why = typeof v === 'string' && Object.hasOwn(refused.values, v) ? refused.values[v] : undefined;
          if (why) problems.push(`${where([...path, refused.field, j])}: "${v}" ${why}`);
        });
      }
      if (selection && !selecting && hook[selection.field] !== undefined) {
        problems.push(`${where([...path, selection.field])}: only a target that selects ${selection.noun} (${selection.field}: on the target) takes ${selection.field} on a hook entry; remove it, or select on the target`);
      }
      const hookName = keyIn(spec, hook);
      const id = typeof hook.id === 'string' || typeof hook.id === 'number' ? String(hook.id) : undefined;
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
        // In a selecting target two entries may share a key when each narrows itself: whether
        // their selections overlap is known only once the repositories are (expand.ts checks).
        const narrowed = selecting && selection && hook[selection.field] !== undefined && isPlainObject(hooks[first ?? -1]) && (hooks[first!] as Record<string, unknown>)[selection.field] !== undefined;
        if (first !== undefined && !narrowed) {
          problems.push(`${where([...path, ...keyPath(spec)])}: duplicate hook ${keyField} "${hookName}" in target ${name} (first at line ${positionOf(source, ['targets', name, 'hooks', first]).line}); the ${keyField} is how hooks are matched, so make them unique or pin each with "id"`);
        } else byName.set(hookName, i);
      }
    });
  }
  return [...problems, ...controlProblems(targets, unresolved, where), ...sharedTenantProblems(source, value, unresolved)];
}

/**
 * Characters that cannot travel: a NUL anywhere, and a line break (CR or LF) outside the fields
 * a provider declares multi-line (Auth0's script). Either would end a header or split a request,
 * or reach the vendor as something other than what the file says. A value a variable made is
 * described, never shown. Keys are checked too (a header's name).
 */
function controlProblems(targets: Record<string, unknown>, unresolved: readonly Path[], where: (p: Path) => string): string[] {
  const problems: string[] = [];
  const what = (s: string) => (s.includes('\u0000') ? 'a NUL character' : 'a line break (CR or LF)');
  const bad = (s: string, lines: boolean) => s.includes('\u0000') || (!lines && /[\r\n]/.test(s));
  // One path, grown and shrunk as the walk goes: a copy per value cost more than the check.
  const path: (string | number)[] = [];
  const walk = (v: unknown, lines: boolean) => {
    if (unresolved.length > 0 && unresolved.some((u) => startsWith(path, u))) return;
    if (typeof v === 'string') {
      if (bad(v, lines)) problems.push(`${where([...path])}: holds ${what(v)}, which cannot be sent (it would end an HTTP header or reach the vendor changed); remove it`);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i], lines);
        path.pop();
      }
    } else if (isPlainObject(v)) {
      for (const k of Object.keys(v)) {
        if (bad(k, false)) problems.push(`${where([...path])}: the key ${JSON.stringify(k)} holds ${what(k)}, which cannot be sent; remove it`);
        path.push(k);
        walk(v[k], lines);
        path.pop();
      }
    }
  };
  const walkAt = (v: unknown, at: Path, lines: boolean) => {
    path.length = 0;
    path.push(...at);
    walk(v, lines);
  };
  for (const [name, target] of Object.entries(targets)) {
    if (!isPlainObject(target)) continue;
    const spec = isProviderKind(target.provider) ? specFor(target.provider) : undefined;
    for (const [field, v] of Object.entries(target)) {
      if (field !== 'hooks') walkAt(v, ['targets', name, field], false);
      else if (Array.isArray(v)) v.forEach((hook, i) => isPlainObject(hook) && Object.keys(hook).forEach((f) => walkAt(hook[f], ['targets', name, 'hooks', i, f], spec?.multilineFields?.includes(f) === true)));
    }
  }
  return problems;
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
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return undefined;
  return `must start with https:// (plain http:// is allowed only on a loopback address, for the sandbox)`;
}

/**
 * The spec's quota, as far as the file alone shows it (plan also counts the live hooks): a hook
 * switched on with an empty list it needs, and more hooks switched on than the vendor allows.
 */
function quotaProblems(spec: ProviderSpec, target: string, hooks: readonly unknown[], where: (p: Path) => string): string[] {
  const q = spec.quota;
  if (!q) return [];
  const problems: string[] = [];
  const on: number[] = [];
  hooks.forEach((hook, i) => {
    if (!isPlainObject(hook) || hook[q.flag] !== true) return;
    on.push(i);
    const list = q.needs === undefined ? undefined : hook[q.needs];
    if (Array.isArray(list) && list.length === 0) problems.push(`${where(['targets', target, 'hooks', i, q.flag])}: ${spec.displayName} refuses ${q.flag}: true without ${q.needs}; add at least one to ${q.needs}, or leave ${q.flag} false`);
  });
  if (on.length > q.limit) {
    problems.push(`${where(['targets', target, 'hooks', on[q.limit]!, q.flag])}: ${q.rule}, and this file asks for ${on.length}; set ${q.flag}: false on ${on.length - q.limit} of them`);
  }
  return problems;
}

/** More hooks in the file with one value of the spec's list than the vendor allows (GitHub: 20 per event). */
function perValueProblems(spec: ProviderSpec, target: string, hooks: readonly unknown[], where: (p: Path) => string): string[] {
  const cap = spec.perValueLimit;
  if (!cap) return [];
  const byValue = new Map<string, number[]>();
  hooks.forEach((hook, i) => {
    const list = isPlainObject(hook) ? hook[cap.field] : undefined;
    if (Array.isArray(list)) for (const v of new Set(list.map(String))) byValue.set(v, [...(byValue.get(v) ?? []), i]);
  });
  return [...byValue].filter(([, at]) => at.length > cap.limit).map(([value, at]) => `${where(['targets', target, 'hooks', at[cap.limit]!, cap.field])}: ${cap.rule}, and this file gives "${value}" to ${at.length} hooks; remove it from ${at.length - cap.limit} of them`);
}
