import { afterEach, describe, expect, it } from 'vitest';
import { nextFault, noFaults } from '../../src/sandbox/faults.js';
import { LogtoEmulator } from '../../src/providers/logto/emulator.js';

describe('fault shares', () => {
  it('takes scripted faults first, in order and by match, then draws shares', () => {
    const f = { ...noFaults(), errorRate: 1, script: [{ fault: { kind: 'drop' as const }, method: 'POST' }, { fault: { kind: 'status' as const, status: 502 } }] };
    expect(nextFault(f, 'GET', '/api/hooks', () => 0.5)).toEqual({ kind: 'status', status: 502 });
    expect(nextFault(f, 'POST', '/api/hooks', () => 0.5)).toEqual({ kind: 'drop' });
    expect(nextFault(f, 'GET', '/api/hooks', () => 0.5)).toEqual({ kind: 'status', status: 503 });
    expect(nextFault({ ...noFaults(), errorRate: 0.3 }, 'GET', '/', () => 0.5)).toBeUndefined();
  });

  let emu: LogtoEmulator | undefined;
  afterEach(() => emu?.stop());

  it('answers the configured share with 429, with or without Retry-After, and drops connections', async () => {
    emu = await new LogtoEmulator({ random: () => 0 }).start();
    Object.assign(emu.server.faults, { rateLimitRate: 1, retryAfterSeconds: 7 });
    const withHeader = await fetch(`${emu.url}/api/hooks`);
    expect([withHeader.status, withHeader.headers.get('retry-after')]).toEqual([429, '7']);
    emu.server.faults.retryAfterSeconds = undefined;
    const without = await fetch(`${emu.url}/api/hooks`);
    expect([without.status, without.headers.get('retry-after')]).toEqual([429, null]);
    Object.assign(emu.server.faults, { rateLimitRate: 0, dropRate: 1 });
    await expect(fetch(`${emu.url}/api/hooks`)).rejects.toThrow();
    expect(emu.server.log.map((r) => r.status)).toEqual([429, 429, 0]);
  });
});
