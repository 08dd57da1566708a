/**
 * A clock that moves only when something sleeps: time-dependent code, tested by counting. A
 * sleep first lets real I/O already under way finish (`settleMs` of real time, loopback answers
 * take about a millisecond), so a request sent before the sleep reaches the server before the
 * clock jumps, as it would in real time.
 */
export interface FakeClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  readonly sleeps: number[];
  elapsed(): number;
}

export function fakeClock(start = Date.UTC(2026, 10, 22, 12, 0, 0), settleMs = 0): FakeClock {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      if (settleMs > 0) await new Promise((r) => setTimeout(r, settleMs));
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
    elapsed: () => t - start,
  };
}
