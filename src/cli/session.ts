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
import { ApiError, HooksyncError, isHooksyncError } from '../core/errors.js';
import { HttpClient, type TargetHttp, type WaitInfo } from '../http/client.js';
import { DEFAULT_TIMEOUTS } from '../http/defaults.js';
import { formatDuration } from '../core/duration.js';
import { RateLimiter } from '../http/limiter.js';
import type { LiveHook, TargetConfig } from '../core/model.js';
import { createAdapter, specFor } from '../providers/registry.js';
import { providerOf } from '../providers/specs.js';
import type { Expansion } from '../providers/provider.js';
import { checkUniqueIds } from '../providers/pages.js';
import type { ProviderAdapter } from '../core/adapter.js';
import type { TargetState } from '../plan/plan.js';
import type { PlanSelection } from '../plan/model.js';
import { detailNeeds, everyDetail } from '../plan/detail.js';
import { inShard, shardText, type Shard } from '../core/shard.js';
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
  /** Only this shard's places (`--shard K/N`): its repositories of each selection, its other targets. */
  readonly shard?: Shard;
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

/** What a target that selects repositories came to, for the plan to say. */
export type Selection = PlanSelection;

type Group = { members: readonly TargetConfig[]; adapter: ProviderAdapter };

export interface Session {
  readonly loaded: Loaded;
  /** Filled by list() for the targets a selection makes. */
  readonly adapters: ReadonlyMap<string, ProviderAdapter>;
  /** Filled by list(): what each selecting target's selection came to. */
  readonly selections: readonly Selection[];
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
  // One pace per set of credentials (GitHub's primary quota is per token, and its secondary
  // limits ask for serial writes per user or app): every target on them, whichever repository
  // or owns prefix it names, shares one rate limiter and one write gate.
  const credentialsOf = (t: TargetConfig) => JSON.stringify([t.provider, tenantOf(t.provider, t.endpoint) ?? t.endpoint, t.auth, t.tokenUrl ?? '']);
  const paces = new Map<string, { limiter: RateLimiter; settings: TargetHttp }>();
  const paceOf = (t: TargetConfig) => {
    const key = credentialsOf(t);
    let pace = paces.get(key);
    if (!pace) {
      const same = targets.filter((m) => credentialsOf(m) === key);
      const policy = same.find((m) => m.rateLimit)?.rateLimit ?? providerOf(t.provider).target.defaultRateLimit?.({ ...t.options });
      const writeGapMs = Math.max(0, ...same.map((m) => m.writeGapMs ?? 0));
      const { rateLimited } = providerOf(t.provider);
      pace = {
        limiter: new RateLimiter({ policy, tokenBucket: specFor(t.provider).tokenBucket === true, ...time }),
        settings: { ...(writeGapMs ? { writes: http.writeGate(writeGapMs) } : {}), ...(rateLimited ? { rateLimited } : {}) },
      };
      paces.set(key, pace);
    }
    return pace;
  };
  const depsOf = (t: TargetConfig, name: string) => {
    const pace = paceOf(t);
    return { http: http.forTarget(name, pace.limiter, pace.settings), redactor: output.redactor, pagesAtOnce: net.listConcurrency };
  };
  // Targets that reach one tenant with the same credentials (two owns prefixes on one Logto,
  // say) share one adapter: one token and one list per run, which each target then reads its
  // share of (plan filters by owns).
  const groupsOf = (list: readonly TargetConfig[]): Group[] => {
    const groups = new Map<string, TargetConfig[]>();
    for (const t of list) {
      const key = JSON.stringify([credentialsOf(t), providerOf(t.provider).target.scopeOf?.({ ...t.options }) ?? '']);
      groups.set(key, [...(groups.get(key) ?? []), t]);
    }
    return [...groups.values()].map((members) => {
      const first = members[0]!;
      const name = members.length === 1 ? first.name : `${first.name} (and ${members.length - 1} more on its tenant)`;
      return { members, adapter: createAdapter(first, depsOf(first, name)) };
    });
  };
  const selecting = (t: TargetConfig) => {
    const field = providerOf(t.provider).target.selection?.field;
    return field !== undefined && t.options?.[field] !== undefined && providerOf(t.provider).expand !== undefined;
  };
  let shared = groupsOf(targets.filter((t) => !selecting(t)));
  const adapters = new Map(shared.flatMap((g) => g.members.map((t) => [t.name, g.adapter] as const)));
  const selections: Selection[] = [];

  const failed = (failures: readonly { target: string; error: unknown }[], what: string) => {
    const [first] = failures;
    if (!first) return;
    const code = isHooksyncError(first.error) ? first.error.code : 'HOOKSYNC_API';
    const lines = failures.map((f) => aboutTarget(f.target, f.error instanceof Error ? f.error.message : String(f.error)));
    if (failures.length === 1) throw new HooksyncError(code, nothingChanged(lines[0]!));
    throw new HooksyncError(code, `could not ${what} of ${failures.length} targets; nothing was changed`, lines);
  };

  return {
    loaded,
    adapters,
    selections,
    async list() {
      // A target that selects repositories becomes one target per repository, read from the
      // vendor first; a selection that cannot be read stops the run like a list that cannot.
      const choosing = targets.filter(selecting);
      const expanded = await Promise.allSettled(choosing.map((t) => providerOf(t.provider).expand!(t, depsOf(t, t.name))));
      failed(expanded.flatMap((r, i) => (r.status === 'rejected' ? [{ target: choosing[i]!.name, error: r.reason as unknown }] : [])), 'read the selection');
      const membersOf = new Map(choosing.map((t, i) => [t.name, (expanded[i] as PromiseFulfilledResult<Expansion>).value] as const));
      // A shard keeps its places: a selection's repositories by their names, other targets by theirs.
      const shard = options.shard;
      const placeOf = (t: TargetConfig) => (t.parent !== undefined ? String(t.options?.repository ?? t.name) : t.name);
      const all = targets.flatMap((t) => membersOf.get(t.name)?.members ?? [t]).filter((t) => !shard || inShard(placeOf(t), shard));
      if (choosing.length > 0 || shard) {
        shared = groupsOf(all);
        adapters.clear();
        for (const g of shared) for (const t of g.members) adapters.set(t.name, g.adapter);
      }
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
      // A repository of a selection whose hooks the token may not read is one finding of its
      // target, not a failed run: it is left out, and said so.
      const skippedOf = new Map<string, { repository: string; why: string }[]>();
      const kept = all.filter((t) => {
        const r = byTarget.get(t.name)!;
        if (r.status === 'fulfilled' || t.parent === undefined || !(r.reason instanceof ApiError) || (r.reason.status !== 403 && r.reason.status !== 404)) return true;
        skippedOf.set(t.parent, [...(skippedOf.get(t.parent) ?? []), { repository: String(t.options?.repository ?? t.name), why: `its webhooks cannot be read (GitHub answered ${r.reason.status})` }]);
        return false;
      });
      failed(kept.flatMap((t) => {
        const r = byTarget.get(t.name)!;
        return r.status === 'rejected' ? [{ target: t.name, error: r.reason as unknown }] : [];
      }), 'list the live hooks');
      selections.splice(0, selections.length, ...choosing.map((t) => {
        const x = membersOf.get(t.name)!;
        const members = x.members.filter((m) => !shard || inShard(placeOf(m), shard));
        const leftOut = x.skipped.filter((r) => !shard || inShard(r.repository, shard));
        const skipped = [...leftOut, ...(skippedOf.get(t.name) ?? [])];
        const inThis = members.length + leftOut.length;
        return {
          target: t.name,
          organization: String(t.options?.organization ?? ''),
          of: x.of,
          selected: x.members.length + x.skipped.length,
          managed: members.length - (skippedOf.get(t.name)?.length ?? 0),
          described: x.described,
          skipped,
          ...(shard && shard.of > 1 ? { shard: { shard: shardText(shard), selected: inThis } } : {}),
        };
      }));
      const clash = sameTenantClash(shared);
      if (clash) throw new HooksyncError('HOOKSYNC_CONFIG_INVALID', clash);
      return kept.map((target) => ({ target, spec: specFor(target.provider), live: (byTarget.get(target.name) as PromiseFulfilledResult<LiveHook[]>).value }));
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
function sameTenantClash(groups: readonly Group[]): string | undefined {
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
