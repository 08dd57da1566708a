/**
 * One shard of a file's places, for an estate planned by several jobs of a GitHub Actions matrix
 * (`--shard K/N`): every repository of a selecting target, and every other target, falls in
 * exactly one of N shards by a hash of its name, so N jobs together cover each place once and
 * the same place always lands in the same job. A hash, not ranges of the sorted list: a
 * repository created tomorrow moves no other repository to another shard.
 */
export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly of: number;
}

export const MAX_SHARDS = 256;

/** `K/N`, or why not. */
export function parseShard(text: string): Shard | string {
  const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  if (!m) return "write it as K/N, this job's shard K of N (1/4, 2/4, ...)";
  const index = Number(m[1]);
  const of = Number(m[2]);
  if (of < 1 || of > MAX_SHARDS) return `N must be from 1 to ${MAX_SHARDS}`;
  if (index < 1 || index > of) return `K must be from 1 to N (${of})`;
  return { index, of };
}

export const shardText = (s: Shard): string => `${s.index}/${s.of}`;

/** Whether a place (a repository's full name, a target's name) falls in the shard. Case does not count: GitHub's names do not. */
export function inShard(place: string, shard: Shard): boolean {
  return shard.of === 1 || fnv1a(place.toLowerCase()) % shard.of === shard.index - 1;
}

/** 32-bit FNV-1a: small, stable across versions and machines, and spreads similar names well. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
