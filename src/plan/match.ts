/**
 * Pairs desired hooks with live ones: a pinned id first, then by key among the live hooks no pin
 * claimed. Logto names are not unique, so an unpinned desired hook whose key matches two live
 * hooks is an error that lists their ids (pin one to resolve it).
 */
import { HooksyncError } from '../core/errors.js';
import type { DesiredHook, LiveHook } from '../core/model.js';
import { formatPosition } from '../core/model.js';

export interface Matched {
  readonly pairs: readonly { desired: DesiredHook; live: LiveHook | undefined }[];
  readonly unmatched: readonly LiveHook[];
}

export function matchHooks(target: string, desired: readonly DesiredHook[], live: readonly LiveHook[]): Matched {
  const byId = new Map(live.map((h) => [h.id, h]));
  const claimed = new Set<string>();
  const problems: string[] = [];

  for (const d of desired) {
    if (d.pinnedId === undefined) continue;
    if (byId.has(d.pinnedId)) claimed.add(d.pinnedId);
    else problems.push(`${formatPosition(d.position)} ${target}/${d.key}: pinned id "${d.pinnedId}" does not exist in ${target}; ${pinHint(d, live)}`);
  }

  const byKey = new Map<string, LiveHook[]>();
  for (const h of live) {
    if (claimed.has(h.id)) continue;
    const list = byKey.get(h.key) ?? [];
    list.push(h);
    byKey.set(h.key, list);
  }

  const pairs = desired.map((d) => {
    if (d.pinnedId !== undefined) return { desired: d, live: byId.get(d.pinnedId) };
    const candidates = byKey.get(d.key) ?? [];
    if (candidates.length > 1) {
      const ids = candidates.map((c) => c.id).join(', ');
      problems.push(`${formatPosition(d.position)} ${target}/${d.key}: ${candidates.length} live hooks are named "${d.key}" (ids ${ids}); pin the one to manage with "id:" (and delete or pin the others)`);
    }
    const match = candidates[0];
    if (match) claimed.add(match.id);
    return { desired: d, live: candidates.length === 1 ? match : undefined };
  });

  if (problems.length > 0) {
    throw new HooksyncError('HOOKSYNC_PLAN', `cannot match the hooks of target ${target}; nothing was changed`, problems);
  }
  return { pairs, unmatched: live.filter((h) => !claimed.has(h.id)) };
}

/**
 * The file entry a live hook would be matched to, without the checks of a plan: the entry
 * pinning its id, else the unpinned entry with its key (validate keeps keys unique). For what
 * is read or exported before planning; the index is the entry's place in the file.
 */
export function entryIndexFor(desired: readonly DesiredHook[]): (hook: LiveHook) => number | undefined {
  const byId = new Map<string, number>();
  const byKey = new Map<string, number>();
  desired.forEach((d, i) => {
    if (d.pinnedId !== undefined) byId.set(d.pinnedId, i);
    else if (!byKey.has(d.key)) byKey.set(d.key, i);
  });
  return (hook) => byId.get(hook.id) ?? (hook.key === '' ? undefined : byKey.get(hook.key));
}

/**
 * What to do about a pin that names no live hook. A replacement (delete, then create) gives a
 * hook a new id, so the likeliest story is a live hook with the entry's key: name its id.
 */
function pinHint(d: DesiredHook, live: readonly LiveHook[]): string {
  const same = live.filter((h) => h.key === d.key && !d.key.startsWith('id:'));
  if (same.length === 1) return `a hook with its key "${d.key}" has id ${same[0]!.id} (a replacement gives a hook a new id): write "id: ${same[0]!.id}" there if that is the hook, or remove the id to match by key`;
  return 'remove the id to create the hook (or match it by key), or correct it';
}
