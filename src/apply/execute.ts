/**
 * Carries out a Plan. Targets run side by side (each has its own rate limiter); within a target
 * the changes go in stages (see order.ts), each stage `parallelism` requests at a time. One
 * failure does not stop the hooks that do not depend on it, and every hook ends with a result
 * that says exactly what happened, so nothing is half-applied without being told.
 *
 * A create whose answer was lost (the connection dropped, or a 5xx) may or may not have made the
 * hook. It is never blindly sent again: the target is listed anew and the create is repeated
 * only if the hook is still missing, so a flaky API never leaves a duplicate.
 */
import { isHooksyncError } from '../core/errors.js';
import { sendOnce } from '../http/lost-answer.js';
import type { Change, Plan } from '../plan/model.js';
import type { ProviderAdapter } from '../core/adapter.js';
import type { LiveHook } from '../core/model.js';
import { DEFAULT_PARALLELISM } from './defaults.js';
import { stagesOf } from './order.js';

export interface HookResult {
  readonly target: string;
  readonly key: string;
  readonly action: Change['action'];
  readonly outcome: 'done' | 'failed';
  readonly id?: string | undefined;
  readonly error?: string;
  /** Something the user should know about a change that was made. */
  readonly note?: string;
}

export interface ProgressEvent {
  readonly result: HookResult;
  /** The change's place in its target's changes. */
  readonly at: number;
  /** How many changes have ended, this one included, of `total`. */
  readonly index: number;
  readonly total: number;
}

export interface ExecuteOptions {
  /** Requests in flight at once per target. */
  readonly parallelism?: number;
  readonly onProgress?: (e: ProgressEvent) => void;
  /** A change is about to be sent (after its turn came and nothing held it back). */
  readonly onStart?: (target: string, index: number) => void;
  /** Once this names a signal, no new change starts; those in flight finish. */
  readonly stopRequested?: (() => string | undefined) | undefined;
  /**
   * A hook was just created (or made anew by a replacement): hands over the secret the vendor
   * generated, where the file says. A message back means it could not be: the hook is then a
   * failed one, with the message saying where the secret can still be found.
   */
  readonly onCreated?: (target: string, key: string, hook: LiveHook) => Promise<string | undefined>;
}


export async function executePlan(plan: Plan, adapters: ReadonlyMap<string, ProviderAdapter>, options: ExecuteOptions = {}): Promise<HookResult[]> {
  const total = plan.targets.reduce((n, t) => n + t.changes.length, 0);
  const parallelism = Math.max(1, options.parallelism ?? DEFAULT_PARALLELISM);
  let ended = 0;
  const perTarget = await Promise.all(
    plan.targets.map(async (t) => {
      const adapter = adapters.get(t.target);
      const results = new Array<HookResult>(t.changes.length);
      for (const stage of stagesOf(t.changes)) {
        await runPool(stage, parallelism, async (i) => {
          const change = t.changes[i]!;
          const stop = options.stopRequested?.();
          const result = stop ? notStarted(t.target, change, stop) : (held(t.target, change, results) ?? (options.onStart?.(t.target, i), await carryOut(t.target, adapter, change, options.onCreated)));
          results[i] = result;
          options.onProgress?.({ result, at: i, index: ++ended, total });
        });
      }
      return results;
    }),
  );
  return perTarget.flat();
}

/** The live id a change is about (a create has none yet). */
const idOf = (change: Change): string | undefined => (change.action === 'create' ? undefined : change.id);

/** The result of a change that was not made, with why. */
const failed = (target: string, change: Change, error: string): HookResult => ({ target, key: change.key, action: change.action, outcome: 'failed', id: idOf(change), error });

/** A change apply did not start because it was asked to stop. */
const notStarted = (target: string, change: Change, signal: string): HookResult => failed(target, change, `not sent: apply was interrupted (${signal}) before this change began; run apply again to make it`);

/**
 * A change that is not sent: the plan refused it, or a change it waits for did not succeed
 * (sending it anyway would only earn the vendor's refusal, a 409 for a name still taken).
 */
function held(target: string, change: Change, results: readonly HookResult[]): HookResult | undefined {
  if (change.refused !== undefined) return failed(target, change, `not sent: the plan refused it: ${change.refused}`);
  const blocked = (change.needs ?? []).find((n) => results[n.on]?.outcome !== 'done');
  if (blocked) return failed(target, change, `not sent: it waits for ${blocked.why}, and that change was not made; run apply again once it is`);
  return undefined;
}

async function carryOut(target: string, adapter: ProviderAdapter | undefined, change: Change, onCreated: ExecuteOptions['onCreated']): Promise<HookResult> {
  const base = { target, key: change.key, action: change.action };
  try {
    if (!adapter) throw new Error(`no adapter for target ${target}`);
    const { id, note, hook } = await send(adapter, change);
    const handed = hook && onCreated ? await onCreated(target, change.key, hook) : undefined;
    if (handed !== undefined) return { ...base, outcome: 'failed', id, error: handed };
    return { ...base, outcome: 'done', id, ...(note ? { note } : {}) };
  } catch (e) {
    const cause = e instanceof ReplaceHalfDone ? e.inner : e;
    const message = isHooksyncError(cause) ? cause.message : `unexpected error: ${(cause as Error).message}`;
    if (e instanceof ReplaceHalfDone) return failed(target, change, `the old hook (id ${e.deletedId}) was deleted, but its replacement could not be created: ${message}; run apply again to create it`);
    return failed(target, change, message);
  }
}

async function send(adapter: ProviderAdapter, change: Change): Promise<{ id: string; note?: string | undefined; hook?: LiveHook }> {
  switch (change.action) {
    case 'create':
      return createOnce(adapter, change.key, change.body);
    case 'update':
      return { id: (await adapter.update(change.id, change.body, change.writeOnly)).id };
    case 'replace': {
      await adapter.remove(change.id);
      let made: { id: string; note?: string | undefined; hook: LiveHook };
      try {
        made = await createOnce(adapter, change.key, change.body);
      } catch (e) {
        throw new ReplaceHalfDone(change.id, e);
      }
      // The file's pin names a hook that is gone now: say what to write instead.
      if (change.pinnedAt === undefined) return made;
      const pin = `new id ${made.id}: write "id: ${made.id}" at ${change.pinnedAt}, which pins the old id ${change.id}`;
      return { id: made.id, note: made.note ? `${made.note}; ${pin}` : pin, hook: made.hook };
    }
    case 'delete':
      await adapter.remove(change.id);
      return { id: change.id };
  }
}

/** A create that never makes a duplicate: a lost answer is settled by listing the target. */
async function createOnce(adapter: ProviderAdapter, key: string, body: Record<string, unknown>): Promise<{ id: string; note?: string; hook: LiveHook }> {
  const sent = await sendOnce(
    async () => adapter.create(body),
    async () => {
      const found = (await adapter.list()).find((h) => h.key === key);
      if (!found) return undefined;
      // The hook exists, but what the create does after the POST (Auth0: its secrets) never
      // happened: finish it, or the hook is reported failed with what is missing.
      await adapter.finishCreate?.(found.id, body);
      return found;
    },
  );
  const hook = sent.value;
  if (sent.settledAfter) return { id: hook.id, hook, note: `the answer to the create was lost (${sent.settledAfter.message}); the re-list found the hook, so it was not sent again${adapter.finishCreate ? ', and the rest of the create was finished' : ''}` };
  if (sent.tries > 1) return { id: hook.id, hook, note: `sent again after ${sent.tries - 1} lost ${sent.tries === 2 ? 'answer' : 'answers'}: the re-list showed the hook was not made` };
  return { id: hook.id, hook };
}

/** Runs `work` over `items`, at most `limit` at a time; results keep the items' order. */
async function runPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The delete of a replacement went through and the create did not: the user must know. */
class ReplaceHalfDone extends Error {
  constructor(
    readonly deletedId: string,
    readonly inner: unknown,
  ) {
    super(inner instanceof Error ? inner.message : String(inner));
  }
}
