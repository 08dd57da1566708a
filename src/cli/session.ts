/**
 * What plan, apply and export share: load the file (all variables first, before any network
 * call), pick the targets, build one adapter per target, and list every target's live hooks.
 */
import { loadConfig, type Loaded } from '../config/load.js';
import { startsWith } from '../config/paths.js';
import { closest } from '../config/suggest.js';
import type { Clock } from '../core/clock.js';
import { visible } from '../core/visible.js';
import { HooksyncError, isHooksyncError } from '../core/errors.js';
import { HttpClient, type WaitInfo } from '../http/client.js';
import { DEFAULT_TIMEOUTS } from '../http/defaults.js';
import { formatDuration } from '../core/duration.js';
import { RateLimiter } from '../http/limiter.js';
import type { LiveHook } from '../core/model.js';
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
  const adapters = new Map(
    targets.map((t) => {
      const limiter = new RateLimiter({ policy: t.rateLimit, tokenBucket: specFor(t.provider).tokenBucket === true, ...time });
      const { rateLimited } = providerOf(t.provider);
      const settings = { ...(t.writeGapMs ? { writeGapMs: t.writeGapMs } : {}), ...(rateLimited ? { rateLimited } : {}) };
      return [t.name, createAdapter(t, { http: http.forTarget(t.name, limiter, settings), redactor: output.redactor, pagesAtOnce: net.listConcurrency })];
    }),
  );

  return {
    loaded,
    adapters,
    async list() {
      // Every target is listed before anything is planned: a target that cannot be read stops
      // the run before a single change is sent anywhere.
      const lives = await Promise.allSettled(
        targets.map(async (t) => {
          const hooks = await adapters.get(t.name)!.list({ detail: options.detailAll ? everyDetail : detailNeeds(specFor(t.provider), t.hooks) });
          checkUniqueIds(specFor(t.provider).displayName, hooks);
          return hooks;
        }),
      );
      const failures = lives.flatMap((r, i) => (r.status === 'rejected' ? [{ target: targets[i]!.name, error: r.reason as unknown }] : []));
      const [first] = failures;
      if (first) {
        const code = isHooksyncError(first.error) ? first.error.code : 'HOOKSYNC_API';
        const lines = failures.map((f) => aboutTarget(f.target, f.error instanceof Error ? f.error.message : String(f.error)));
        if (failures.length === 1) throw new HooksyncError(code, nothingChanged(lines[0]!));
        throw new HooksyncError(code, `could not list the live hooks of ${failures.length} targets; nothing was changed`, lines);
      }
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
