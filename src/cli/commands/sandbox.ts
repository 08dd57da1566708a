/** `hooksync sandbox`: every emulator on 127.0.0.1, its `export` lines, `ready`, until stopped. */
import { startSandbox } from '../../sandbox/sandbox.js';
import type { CliIo } from '../io.js';
import type { Output } from '../output.js';

export interface SandboxFlags {
  readonly port: number;
  readonly failRate: number;
  readonly dropRate: number;
  readonly rateLimitRate: number;
  readonly retryAfter?: number;
  readonly delay: number;
  readonly auth0Burst: number;
  readonly auth0Rate: number;
  readonly auth0RetryAfter?: boolean;
  readonly auth0ListWithoutScript?: boolean;
  readonly nursaLimit: number;
  readonly nursaWindow: number;
}

export async function sandboxCommand(flags: SandboxFlags, io: CliIo, _output: Output): Promise<number> {
  const sandbox = await startSandbox({
    port: flags.port,
    auth0: { rateLimit: { burst: flags.auth0Burst, perSecond: flags.auth0Rate }, retryAfter: flags.auth0RetryAfter === true, listScript: flags.auth0ListWithoutScript !== true },
    nursa: { rateLimit: { requests: flags.nursaLimit, windowMs: flags.nursaWindow } },
  });
  for (const emulator of sandbox.servers) {
    Object.assign(emulator.faults, { errorRate: flags.failRate, dropRate: flags.dropRate, rateLimitRate: flags.rateLimitRate, retryAfterSeconds: flags.retryAfter, delayMs: flags.delay });
  }
  // The sandbox prints its own made-up credentials on purpose: that is its job.
  for (const [name, value] of Object.entries(sandbox.env)) io.stdout.write(`export ${name}=${value}\n`);
  io.stdout.write('ready\n');
  await (io.untilStopped?.() ?? Promise.resolve());
  await sandbox.stop();
  io.stderr.write('sandbox stopped\n');
  return 0;
}
