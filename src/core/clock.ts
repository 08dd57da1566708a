/**
 * Time, as the edges hand it in: the CLI takes one from its caller, so a test moves it by
 * counting instead of waiting, and everything that paces or backs off reads it.
 */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
