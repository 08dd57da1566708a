/**
 * What plan, apply and export share: load the file (all variables first, before any network
 * call), pick the targets, build one adapter per target, and list every target's live hooks.
 */
import { loadConfig, type Loaded } from '../config/load.js';
import { startsWith } from '../config/paths.js';
import { tenantOf } from '../config/tenants.js';
import { closest } from '../config/suggest.js';
import type { Clock } from '../core/clock.js';
import { visible } from '../core/visible.js';
import { HooksyncError, isHooksyncError } from '../core/errors.js';
import { HttpClient, type WaitInfo } from '../http/client.js';
import { DEFAULT_TIMEOUTS } from '../http/defaults.js';
import { formatDuration } from '../core/duration.js';
import { RateLimiter } from '../http/limiter.js';
import type { LiveHook, TargetConfig } from '../core/model.js';
import { createAdapter, specFor } from '../providers/registry.js';
import { providerOf } from '../providers/specs.js';
import { checkUniqueIds } from '../providers/pages.js';
import type { ProviderAdapter } from '../core/adapter.js';
import type { TargetState } from '../plan/plan.js';
import { detailNeeds, everyDetail } from '../plan/detail.js';
import type { Output } from './output.js';

export interface SessionOptions {
  readonly config: string;
  readonly targets: readonly string[];
  /** Only the target blocks (endpoint, auth) must resolve, not the hooks: export. */
  readonly targetsOnly?: boolean;
  /** Read every live hook's write-only fields (their names), as export needs. */
  readonly detailAll?: boolean;
  readonly net?: NetFlags;
  /** Time for the limiter, the write gate and retries; absent: the system's. */
  readonly clock?: Clock;
}

/** The network flags plan, apply and export share. */
export interface NetFlags {
  readonly maxWait?: number;
  readonly connectTimeout?: number;
  readonly headersTimeout?: number;
  readonly bodyTimeout?: number;
  readonly requestTimeout?: number;
  readonly listConcurrency?: number;
}

export interface Session {
  readonly loaded: Loaded;
  readonly adapters: ReadonlyMap<string, ProviderAdapter>;
  list(): Promise<TargetState[]>;
  close(): Promise<void>;
}

export async function openSession(options: SessionOptions, env: CliEnv, output: Output): Promise<Session> {
  const wanted = new Set(options.targets);
  const loaded = await loadConfig(options.config, {
    env,
    redactor: output.redactor,
    needs: (path) => {
      if (path[0] !== 'targets') return true;
      if (wanted.size > 0 && !wanted.has(String(path[1]))) return false;
      return !(options.targetsOnly && startsWith(path, ['targets', path[1] ?? '', 'hooks']));
    },
  });
  const known = loaded.config.targets.map((t) => t.name);
  const unknown = [...wanted].filter((t) => !known.includes(t));
  if (unknown.length > 0) {
    const guesses = unknown.flatMap((t) => {
      const guess = closest(t, known);
      return guess ? [`did you mean "${guess}"${unknown.length > 1 ? ` for "${t}"` : ''}?`] : [];
    });
    throw new HooksyncError('HOOKSYNC_USAGE', `unknown target ${unknown.map((t) => `"${t}"`).join(', ')}; ${guesses.length > 0 ? `${guesses.join(' ')} ` : ''}${options.config} defines: ${known.join(', ')}`);
  }
  const targets = loaded.config.targets.filter((t) => wanted.size === 0 || wanted.has(t.name));
  const net = options.net ?? {};
  const clock = options.clock;
  const time = clock ? { now: () => clock.now(), sleep: (ms: number) => clock.sleep(ms) } : {};
  const http = new HttpClient({
    maxWaitMs: net.maxWait, // undefined: the client's default
    timeouts: { connectMs: net.connectTimeout ?? DEFAULT_TIMEOUTS.connectMs, headersMs: net.headersTimeout ?? DEFAULT_TIMEOUTS.headersMs, bodyMs: net.bodyTimeout ?? DEFAULT_TIMEOUTS.bodyMs, requestMs: net.requestTimeout ?? DEFAULT_TIMEOUTS.requestMs },
    ...time,
    onWait: (w: WaitInfo) => output.err(`${visible(`  ${w.target ?? 'token'}: waiting ${formatDuration(w.ms)}: ${w.reason}`)}\n`),
  });
  // Targets that reach one tenant with the same credentials (two owns prefixes on one Logto,
  // say) share one adapter: one token, one limiter and write gate, and one list per run, which
  // each target then reads its share of (plan filters by owns).
  const groups = new Map<string, TargetConfig[]>();
  for (const t of targets) {
    const key = JSON.stringify([t.provider, tenantOf(t.provider, t.endpoint) ?? t.endpoint, providerOf(t.provider).target.scopeOf?.({ ...t.options }) ?? '', t.auth, t.tokenUrl ?? '']);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const shared = [...groups.values()].map((members) => {
    const first = members[0]!;
    const policy = members.find((m) => m.rateLimit)?.rateLimit;
    const writeGapMs = Math.max(0, ...members.map((m) => m.writeGapMs ?? 0));
    const limiter = new RateLimiter({ policy, tokenBucket: specFor(first.provider).tokenBucket === true, ...time });
    const { rateLimited } = providerOf(first.provider);
    const settings = { ...(writeGapMs ? { writeGapMs } : {}), ...(rateLimited ? { rateLimited } : {}) };
    const name = members.length === 1 ? first.name : `${first.name} (and ${members.length - 1} more on its tenant)`;
    const adapter = createAdapter(first, { http: http.forTarget(name, limiter, settings), redactor: output.redactor, pagesAtOnce: net.listConcurrency });
    return { members, adapter };
  });
  const adapters = new Map(shared.flatMap((g) => g.members.map((t) => [t.name, g.adapter] as const)));

  return {
    loaded,
    adapters,
    async list() {
      // Every target is listed before anything is planned: a target that cannot be read stops
      // the run before a single change is sent anywhere. A shared tenant is listed once, with
      // the detail reads any of its targets needs.
      const listed = await Promise.allSettled(
        shared.map(async ({ members, adapter }) => {
          const needs = members.map((t) => detailNeeds(specFor(t.provider), t.hooks));
          const hooks = await adapter.list({ detail: options.detailAll ? everyDetail : (hook, field) => needs.some((n) => n(hook, field)) });
          checkUniqueIds(specFor(members[0]!.provider).displayName, hooks);
          return hooks;
        }),
      );
      const byTarget = new Map(shared.flatMap((g, i) => g.members.map((t) => [t.name, listed[i]!] as const)));
      const lives = targets.map((t) => byTarget.get(t.name)!);
      const failures = lives.flatMap((r, i) => (r.status === 'rejected' ? [{ target: targets[i]!.name, error: r.reason as unknown }] : []));
      const [first] = failures;
      if (first) {
        const code = isHooksyncError(first.error) ? first.error.code : 'HOOKSYNC_API';
        const lines = failures.map((f) => aboutTarget(f.target, f.error instanceof Error ? f.error.message : String(f.error)));
        if (failures.length === 1) throw new HooksyncError(code, nothingChanged(lines[0]!));
        throw new HooksyncError(code, `could not list the live hooks of ${failures.length} targets; nothing was changed`, lines);
      }
      const clash = sameTenantClash(shared);
      if (clash) throw new HooksyncError('HOOKSYNC_CONFIG_INVALID', clash);
      return targets.map((target, i) => ({ target, spec: specFor(target.provider), live: (lives[i] as PromiseFulfilledResult<LiveHook[]>).value }));
    },
    close: () => http.close(),
  };
}

export type CliEnv = Readonly<Record<string, string | undefined>>;

/** `target NAME: message`, without saying the target twice when the message already does. */
export const aboutTarget = (target: string, message: string): string => (message.startsWith(`target ${target}:`) ? message : `target ${target}: ${message}`);

/** The message with its outcome, said once. */
export const nothingChanged = (message: string): string => (/nothing (more )?was (changed|sent|planned|done)/.test(message) ? message : `${message}; nothing was changed`);

/**
 * Targets written as different tenants that the vendor's answers show to be one (localhost and
 * 127.0.0.1; an Auth0 custom domain and its tenant domain): like two targets on one endpoint,
 * they may share it only when each owns a key prefix and the prefixes are disjoint, or each
 * would undo the other on every run and prune the other's hooks.
 */
function sameTenantClash(groups: readonly { members: readonly TargetConfig[]; adapter: ProviderAdapter }[]): string | undefined {
  const byTenant = new Map<string, TargetConfig[]>();
  const shown = new Map<string, string>();
  for (const g of groups) {
    const mark = g.adapter.tenant?.();
    if (mark === undefined) continue;
    const key = `${g.members[0]!.provider} ${typeof mark === 'string' ? mark : mark.key}`;
    shown.set(key, typeof mark === 'string' ? mark : mark.said);
    byTenant.set(key, [...(byTenant.get(key) ?? []), ...g.members]);
  }
  for (const [key, members] of byTenant) {
    if (new Set(members.map((m) => `${m.endpoint} ${JSON.stringify(m.options ?? {})}`)).size < 2) continue; // one spelling: validate's rule held
    const clash = members.find((a, i) => members.slice(i + 1).some((b) => a.owns === undefined || b.owns === undefined || a.owns.startsWith(b.owns) || b.owns.startsWith(a.owns)));
    if (!clash) continue;
    const names = members.map((m) => `"${m.name}" (${m.endpoint})`).join(' and ');
    const said = shown.get(key)!;
    return `targets ${names} reach one tenant (${specFor(members[0]!.provider).displayName} says so: ${said}), so each would undo the other and prune the other's hooks; give each an "owns: <key prefix>" that does not overlap, or merge them; nothing was changed`;
  }
  return undefined;
}
