/**
 * Reading a paged list that must add up. A list is the ground truth every create and delete is
 * planned from, so one that cannot be trusted fails its target before anything is written:
 * a page shorter (or longer) than the count promised, a count that changes between pages, more
 * hooks than any tenant has. Once the first page tells the count, the other pages are fetched
 * side by side (the target's rate limiter still paces them); a vendor that gives no count is
 * paged until a short page, as vendors document, and never past MAX_HOOKS. No page is fetched
 * twice: the pages are numbered here, whatever a `Link` header says.
 */
import { HooksyncError } from '../core/errors.js';

/** More hooks than any tenant has: a list claiming more is an error, never a loop or a crash. */
export const MAX_HOOKS = 50_000;
/**
 * The most pages one list may take at `perPage` a page: as many as MAX_HOOKS fill, and one more
 * to see the end. A bound on pages as well as items, so a vendor that answers empty pages with
 * a fresh cursor each time (adding no items) still ends.
 */
export const maxPages = (perPage: number): number => Math.ceil(MAX_HOOKS / Math.max(1, perPage)) + 1;

/** Pages fetched at once after the first one told the count, unless the caller says otherwise. */
export const DEFAULT_PAGES_AT_ONCE = 4;

export interface Page<T> {
  readonly items: readonly T[];
  /** The whole list's length, when the vendor says it. */
  readonly total?: number | undefined;
}

export interface PagerOptions<T> {
  readonly vendor: string;
  readonly perPage: number;
  /** The first page's number (Auth0 counts from 0, Logto from 1). */
  readonly first: number;
  fetch(page: number): Promise<Page<T>>;
  readonly pagesAtOnce?: number | undefined;
}

export async function readPages<T>(o: PagerOptions<T>): Promise<T[]> {
  const untrusted = (why: string) => new HooksyncError('HOOKSYNC_API', `${o.vendor}'s hook list does not add up: ${why}; the list cannot be trusted, so nothing was planned or changed for this target`);
  const first = await o.fetch(o.first);
  const out: T[] = [];
  const take = (page: Page<T>, n: number) => {
    if (page.items.length > o.perPage) throw untrusted(`page ${n} holds ${page.items.length} hooks, more than the ${o.perPage} asked for`);
    for (const item of page.items) out.push(item); // a loop, not a spread: the list may be long
  };

  if (first.total === undefined) {
    take(first, o.first);
    for (let n = o.first + 1, last = first; last.items.length === o.perPage; n++) {
      if (out.length >= MAX_HOOKS) throw untrusted(`it goes on past ${MAX_HOOKS} hooks, more than any tenant has`);
      if (n - o.first >= maxPages(o.perPage)) throw untrusted(`it goes on past ${maxPages(o.perPage)} pages`);
      last = await o.fetch(n);
      if (last.total !== undefined) throw untrusted(`page ${n} gives a count (${last.total}) the first page did not`);
      take(last, n);
    }
    return out;
  }

  const total = first.total;
  if (!Number.isSafeInteger(total) || total < 0) throw untrusted(`the count is ${String(total)}`);
  if (total > MAX_HOOKS) throw untrusted(`it claims ${total} hooks, more than the ${MAX_HOOKS} any tenant has`);
  const pages = Math.max(1, Math.ceil(total / o.perPage));
  const expected = (i: number) => (i < pages - 1 ? o.perPage : total - o.perPage * (pages - 1));
  const check = (page: Page<T>, i: number) => {
    if (page.total !== total) throw untrusted(`the count changed between pages (${total} on the first, ${String(page.total)} on page ${o.first + i})`);
    if (page.items.length !== expected(i)) throw untrusted(`page ${o.first + i} holds ${page.items.length} hooks where the count of ${total} promised ${expected(i)}`);
  };
  check(first, 0);
  const rest = new Array<Page<T> | undefined>(pages);
  let next = 1;
  const worker = async () => {
    while (next < pages) {
      const i = next++;
      const page = await o.fetch(o.first + i);
      check(page, i);
      rest[i] = page;
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, o.pagesAtOnce ?? DEFAULT_PAGES_AT_ONCE), pages - 1) }, worker));
  take(first, o.first);
  for (let i = 1; i < pages; i++) take(rest[i]!, o.first + i);
  return out;
}

/** An unpaged list (a vendor that answers every hook at once) may not be endless either. */
export function checkSize(vendor: string, length: number): void {
  if (length > MAX_HOOKS) throw new HooksyncError('HOOKSYNC_API', `${vendor} listed ${length} hooks, more than the ${MAX_HOOKS} any tenant has; the list cannot be trusted, so nothing was planned or changed for this target`);
}

/** The same id twice in one list: which of them would a delete or an update be about? */
export function checkUniqueIds(vendor: string, hooks: readonly { readonly id: string }[]): void {
  const seen = new Set<string>();
  for (const h of hooks) {
    if (seen.has(h.id)) throw new HooksyncError('HOOKSYNC_API', `${vendor} listed hook id ${h.id} twice; the list cannot be trusted, so nothing was planned or changed for this target`);
    seen.add(h.id);
  }
}
