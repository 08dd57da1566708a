/**
 * Two targets that reach the same tenant would undo each other on every run, and one's prune
 * would delete the other's hooks. They may share it only when each says which hooks it owns
 * (`owns`: a key prefix), the prefixes do not overlap, and every hook a target lists carries its
 * own prefix.
 */
import { isPlainObject } from '../core/model.js';
import { keyIn, keyPath } from '../core/spec.js';
import { isProviderKind, providerOf, specFor } from '../providers/specs.js';
import type { Path } from './interpolate.js';
import { startsWith } from './paths.js';
import { locate, type Source } from './source.js';

/** The tenant an endpoint reaches: scheme, host and port, and the path without trailing slashes. */
export function tenantOf(provider: string, endpoint: string): string | undefined {
  try {
    const url = new URL(endpoint);
    return `${provider} ${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}

export function sharedTenantProblems(source: Source, value: unknown, unresolved: readonly Path[]): string[] {
  const targets = isPlainObject(value) && isPlainObject(value.targets) ? value.targets : {};
  const byTenant = new Map<string, string[]>();
  for (const [name, t] of Object.entries(targets)) {
    if (!isPlainObject(t) || !isProviderKind(t.provider)) continue;
    const provider = providerOf(t.provider);
    const endpoint = typeof t.endpoint === 'string' ? t.endpoint : provider.target.defaultEndpoint;
    // One endpoint may serve many tenants (GitHub: every repository): the provider's own target
    // fields say which. A value not known offline cannot be compared: say nothing.
    const own = ['endpoint', ...Object.keys(provider.target.properties ?? {})];
    if (endpoint === undefined || unresolved.some((u) => own.some((f) => startsWith(['targets', name, f], u)))) continue;
    const scope = provider.target.scopeOf?.(t);
    const tenant = tenantOf(t.provider, endpoint);
    const id = tenant && scope ? `${tenant} ${scope}` : tenant;
    if (id) byTenant.set(id, [...(byTenant.get(id) ?? []), name]);
  }
  const problems: string[] = [];
  for (const names of byTenant.values()) {
    if (names.length < 2) continue;
    const owns = names.map((n) => (targets[n] as Record<string, unknown>).owns);
    const list = names.map((n) => `"${n}"`).join(' and ');
    const missing = names.filter((_, i) => typeof owns[i] !== 'string');
    if (missing.length > 0) {
      problems.push(`${locate(source, ['targets', missing[0]!, 'endpoint'])}: targets ${list} reach the same tenant, so each would undo the other and prune the other's hooks; give each an "owns: <key prefix>" that does not overlap, or merge them`);
      continue;
    }
    names.forEach((a, i) => {
      names.slice(i + 1).forEach((b, j) => {
        const pa = owns[i] as string;
        const pb = owns[i + 1 + j] as string;
        if (pa.startsWith(pb) || pb.startsWith(pa)) problems.push(`${locate(source, ['targets', b, 'owns'])}: targets "${a}" and "${b}" reach the same tenant and their owns prefixes "${pa}" and "${pb}" overlap; make them disjoint`);
      });
    });
  }
  // Every hook a target with `owns` lists must carry its prefix, or the target would never see it.
  for (const [name, t] of Object.entries(targets)) {
    if (!isPlainObject(t) || typeof t.owns !== 'string' || !isProviderKind(t.provider) || !Array.isArray(t.hooks)) continue;
    const spec = specFor(t.provider);
    t.hooks.forEach((h, i) => {
      const key = keyIn(spec, h);
      if (key !== undefined && !key.startsWith(t.owns as string)) problems.push(`${locate(source, ['targets', name, 'hooks', i, ...keyPath(spec)])}: "${key}" does not start with "${t.owns as string}", the prefix target ${name} owns; rename it or change owns`);
    });
  }
  return problems;
}
