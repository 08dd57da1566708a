/** A fresh sandbox per test, stopped afterwards. */
import { afterEach } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/providers/sandbox.js';

export function useSandbox(): () => Promise<Sandbox> {
  const started: Sandbox[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.stop()));
  });
  return async () => {
    const s = await startSandbox();
    started.push(s);
    return s;
  };
}
