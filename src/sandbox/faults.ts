/**
 * Fault injection for the emulators. Two kinds, usable together:
 * - shares (`errorRate`, `dropRate`, `rateLimitRate`): a fraction of API requests, drawn from
 *   an injectable random source so a test can make them deterministic;
 * - a script: the next matching requests fail in the given order, then the API behaves again.
 *   Tests use scripts, because they want exact counts.
 * Pure: decides, the server acts.
 */
export type FaultKind =
  /** An error status; `html` serves that page instead of JSON, as a proxy in front would. */
  | { readonly kind: 'status'; readonly status: number; readonly html?: string }
  | { readonly kind: 'rate-limit'; readonly retryAfterSeconds?: number | undefined }
  | { readonly kind: 'drop' }
  /** Act on the request, then close the connection without answering: the lost answer. */
  | { readonly kind: 'drop-after' }
  | { readonly kind: 'garbage' };

export interface ScriptedFault {
  readonly fault: FaultKind;
  readonly method?: string;
  /** Applies to requests whose path starts with this. */
  readonly path?: string;
}

export interface FaultSettings {
  errorRate: number;
  dropRate: number;
  rateLimitRate: number;
  /** Seconds for Retry-After on injected 429s; undefined sends none. */
  retryAfterSeconds: number | undefined;
  delayMs: number;
  script: ScriptedFault[];
}

export const noFaults = (): FaultSettings => ({ errorRate: 0, dropRate: 0, rateLimitRate: 0, retryAfterSeconds: undefined, delayMs: 0, script: [] });

export function nextFault(settings: FaultSettings, method: string, path: string, random: () => number): FaultKind | undefined {
  const i = settings.script.findIndex((s) => (s.method === undefined || s.method === method) && (s.path === undefined || path.startsWith(s.path)));
  if (i !== -1) {
    const [step] = settings.script.splice(i, 1);
    return step?.fault;
  }
  if (settings.dropRate > 0 && random() < settings.dropRate) return { kind: 'drop' };
  if (settings.errorRate > 0 && random() < settings.errorRate) return { kind: 'status', status: 503 };
  if (settings.rateLimitRate > 0 && random() < settings.rateLimitRate) return { kind: 'rate-limit', retryAfterSeconds: settings.retryAfterSeconds };
  return undefined;
}
