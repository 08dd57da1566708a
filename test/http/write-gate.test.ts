/** The write gate: one write at a time, each at least the gap after the answer to the one before. */
import { describe, expect, it } from 'vitest';
import { WriteGate } from '../../src/http/write-gate.js';
import { fakeClock } from '../helpers/clock.js';

describe('WriteGate', () => {
  it('lets one write through at a time, and counts the gap from the previous answer', async () => {
    const clock = fakeClock(0);
    const gate = new WriteGate(1000, clock.now, clock.sleep);
    const order: string[] = [];
    const write = async (name: string, answerMs: number) => {
      const { release } = await gate.enter();
      order.push(`${name} starts at ${clock.now()}`);
      await clock.sleep(answerMs); // the request itself
      order.push(`${name} answered at ${clock.now()}`);
      release();
    };
    await Promise.all([write('a', 300), write('b', 50), write('c', 10)]);
    expect(order).toEqual(['a starts at 0', 'a answered at 300', 'b starts at 1300', 'b answered at 1350', 'c starts at 2350', 'c answered at 2360']);
  });

  it('a release called twice (an error path after the answer) opens the gate once', async () => {
    const clock = fakeClock(0);
    const gate = new WriteGate(500, clock.now, clock.sleep);
    const first = await gate.enter();
    first.release();
    first.release();
    const second = await gate.enter();
    expect(second.waitedMs).toBe(500);
    second.release();
  });
});
