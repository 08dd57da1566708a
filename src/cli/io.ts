/** What a command may touch of the outside world; the tests pass their own. */
import type { Clock } from '../core/clock.js';

export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True when a person can answer a prompt. */
  readonly interactive: boolean;
  /** Whether each stream may be coloured (see colour.ts); absent: never. */
  readonly colour?: { readonly stdout: boolean; readonly stderr: boolean };
  readonly prompt?: (question: string) => Promise<string>;
  /** Resolves when the user asks to stop (SIGINT/SIGTERM); for `sandbox`. */
  readonly untilStopped?: () => Promise<void>;
  /** Time for pacing, backoff and waits; absent: the system's. A test passes one that only counts. */
  readonly clock?: Clock;
  /**
   * What to print if the process must stop without waiting (a second signal, or what is in
   * flight outlasting the grace period): apply registers its results so far, never lost.
   */
  readonly onForcedStop?: (report: () => string) => void;
  /** The signal that asked to stop, once one did: apply then starts no new request. */
  readonly stopRequested?: () => 'SIGINT' | 'SIGTERM' | undefined;
}
