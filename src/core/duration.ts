/**
 * Durations as people write them in hooks.yaml and on the command line: `500ms`, `30s`, `1m`,
 * `2h`, or a bare number of seconds. One parser, so `--max-wait 2m` and `per: 1m` agree. Pure.
 */
const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds, or undefined when `text` is not a duration. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(text);
  if (!m) return undefined;
  return Math.round(Number(m[1]) * UNITS[m[2] ?? 's']!);
}

export const DURATION_HINT = 'a duration such as 500ms, 30s, 1m or 2h (a bare number is seconds)';

/** `90000` → `1m30s`, `1500` → `1.5s`: for messages. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))}ms`;
  if (ms < 59_950) return `${Number((ms / 1000).toFixed(1))}s`;
  // Whole seconds first, so 3,599.996 s reads 60m, not 59m60s.
  const total = Math.round(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return seconds === 0 ? `${minutes}m` : `${minutes}m${seconds}s`;
}
