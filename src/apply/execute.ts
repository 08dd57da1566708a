/**
 * Carries out a Plan: per target, creates and updates first, deletes last; one failure does not
 * stop the hooks that do not depend on it, and every hook ends with a result that says exactly
 * what happened, so nothing is half-applied without being told.
 */
import { isHooksyncError } from '../errors.js';
import type { Change, Plan } from '../plan/model.js';
import type { ProviderAdapter } from '../providers/spec.js';
import { orderChanges } from './order.js';

export interface HookResult {
  readonly target: string;
  readonly key: string;
  readonly action: Change['action'];
  readonly outcome: 'done' | 'failed';
  readonly id?: string | undefined;
  readonly error?: string;
}

export type ProgressEvent =
  | { readonly kind: 'start'; readonly target: string; readonly change: Change; readonly index: number; readonly total: number }
  | { readonly kind: 'end'; readonly result: HookResult; readonly index: number; readonly total: number };

export async function executePlan(plan: Plan, adapters: ReadonlyMap<string, ProviderAdapter>, onProgress: (e: ProgressEvent) => void = () => {}): Promise<HookResult[]> {
  const work = plan.targets.flatMap((t) => orderChanges(t.changes).map((change) => ({ target: t.target, change })));
  const results: HookResult[] = [];
  let index = 0;
  for (const { target, change } of work) {
    index++;
    onProgress({ kind: 'start', target, change, index, total: work.length });
    const adapter = adapters.get(target);
    let result: HookResult;
    try {
      if (!adapter) throw new Error(`no adapter for target ${target}`);
      result = { target, key: change.key, action: change.action, outcome: 'done', id: await send(adapter, change) };
    } catch (e) {
      const cause = e instanceof ReplaceHalfDone ? e.inner : e;
      const message = isHooksyncError(cause) ? cause.message : `unexpected error: ${(cause as Error).message}`;
      result = { target, key: change.key, action: change.action, outcome: 'failed', id: change.action === 'create' ? undefined : change.id, error: message };
      if (change.action === 'replace' && e instanceof ReplaceHalfDone) result = { ...result, error: `the old hook (id ${change.id}) was deleted, but its replacement could not be created: ${message}; run apply again to create it` };
    }
    results.push(result);
    onProgress({ kind: 'end', result, index, total: work.length });
  }
  return results;
}

async function send(adapter: ProviderAdapter, change: Change): Promise<string> {
  switch (change.action) {
    case 'create':
      return (await adapter.create(change.body)).id;
    case 'update':
      return (await adapter.update(change.id, change.body)).id;
    case 'replace':
      await adapter.remove(change.id);
      try {
        return (await adapter.create(change.body)).id;
      } catch (e) {
        throw new ReplaceHalfDone(e);
      }
    case 'delete':
      await adapter.remove(change.id);
      return change.id;
  }
}

/** The delete of a replacement went through and the create did not: the user must know. */
class ReplaceHalfDone extends Error {
  constructor(readonly inner: unknown) {
    super(inner instanceof Error ? inner.message : String(inner));
  }
}
