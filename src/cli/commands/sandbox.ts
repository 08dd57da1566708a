/** `hooksync sandbox`: every emulator on 127.0.0.1, its `export` lines, `ready`, until stopped. */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { HooksyncError } from '../../core/errors.js';
import { SANDBOX_PORTS, startSandbox, type Sandbox } from '../../providers/sandbox.js';
import { startReceivers } from '../../sandbox/receivers.js';
import type { CliIo } from '../io.js';
import type { Output } from '../output.js';

export interface SandboxFlags {
  readonly port: number;
  readonly writeEnv?: string;
  readonly failRate: number;
  readonly dropRate: number;
  readonly rateLimitRate: number;
  readonly retryAfter?: number;
  readonly delay: number;
  /** And each provider's own flags, which its declaration reads (providers/<name>/index.ts). */
  readonly [providerFlag: string]: unknown;
}

/** The variable that names the process to stop: the emulators' own, never a wrapper such as npx. */
const PID_VARIABLE = 'HOOKSYNC_SANDBOX_PID';

export async function sandboxCommand(flags: SandboxFlags, io: CliIo, _output: Output): Promise<number> {
  // A file left by an earlier run must not look like this one is ready.
  if (flags.writeEnv !== undefined) await rm(flags.writeEnv, { force: true });
  const sandbox = await start(flags);
  // A healthy and a failing webhook receiver, which hooks.example.yaml's Logto hooks point at.
  const receivers = await startReceivers();
  for (const emulator of sandbox.servers) {
    Object.assign(emulator.faults, { errorRate: flags.failRate, dropRate: flags.dropRate, rateLimitRate: flags.rateLimitRate, retryAfterSeconds: flags.retryAfter, delayMs: flags.delay });
  }
  // The sandbox prints its own made-up credentials on purpose: that is its job.
  const exports = [...Object.entries(sandbox.env), ...Object.entries(receivers.env), [PID_VARIABLE, String(process.pid)]].map(([name, value]) => `export ${name}=${value}\n`).join('');
  const writeEnvText = `# hooksync sandbox: source this file; stop the sandbox with: kill "$${PID_VARIABLE}"\n${exports}`;
  try {
    if (flags.writeEnv !== undefined) await writeEnvFile(flags.writeEnv, writeEnvText);
  } catch (e) {
    await Promise.all([sandbox.stop(), receivers.stop()]);
    throw new HooksyncError('HOOKSYNC_USAGE', `cannot write --write-env ${flags.writeEnv} (${(e as NodeJS.ErrnoException).code ?? 'unwritable'}); the sandbox stopped`);
  }
  io.stdout.write(`${exports}ready\n`);
  await (io.untilStopped?.() ?? Promise.resolve());
  await Promise.all([sandbox.stop(), receivers.stop()]);
  // The file's presence means "a sandbox is up": take it away, unless another run replaced it.
  if (flags.writeEnv !== undefined && (await readFile(flags.writeEnv, 'utf8').catch(() => '')) === writeEnvText) await rm(flags.writeEnv, { force: true });
  io.stderr.write('sandbox stopped\n');
  return 0;
}

async function start(flags: SandboxFlags): Promise<Sandbox> {
  try {
    return await startSandbox({ port: flags.port, flags });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { port?: number };
    if (err.code === 'EADDRINUSE' || err.code === 'EACCES') {
      const why = err.code === 'EADDRINUSE' ? 'is in use (another sandbox, or another program)' : 'needs privileges this user does not have';
      throw new HooksyncError('HOOKSYNC_USAGE', `cannot start the sandbox: port ${err.port ?? '?'} on 127.0.0.1 ${why}; choose other ports with -p PORT (the sandbox takes PORT to PORT+${SANDBOX_PORTS - 1}), or leave -p out to use free ones`);
    }
    throw e;
  }
}

/** Written whole, then renamed into place: a script waiting for the file never reads half of it. */
async function writeEnvFile(file: string, text: string): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, text, { mode: 0o600 });
  await rename(partial, file);
}
