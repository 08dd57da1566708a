#!/usr/bin/env node
import { createInterface } from 'node:readline/promises';
import { colourWanted } from './cli/colour.js';
import { run } from './cli/program.js';
import { formatDuration, parseDuration } from './core/duration.js';

// A person can answer when the input is a terminal, even if the output goes to a pipe or file.
const interactive = Boolean(process.stdin.isTTY);

/**
 * SIGINT or SIGTERM: the first asks to stop (apply starts no new request and reports what was
 * and was not done; the sandbox shuts down), with a grace period for what is in flight; a
 * second stops at once.
 */
// HOOKSYNC_STOP_GRACE (a duration) shortens or lengthens it.
const GRACE_MS = parseDuration(process.env.HOOKSYNC_STOP_GRACE ?? '') ?? 15_000;
let stopSignal: 'SIGINT' | 'SIGTERM' | undefined;
const stopWaiters: (() => void)[] = [];
/** What the command in progress has to say if it is stopped without waiting (apply's results). */
let forcedStopReport: (() => string) | undefined;
const stopNow = (code: number): never => {
  if (forcedStopReport) process.stdout.write(forcedStopReport());
  process.exit(code);
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    const code = signal === 'SIGINT' ? 130 : 143;
    if (stopSignal) stopNow(code);
    stopSignal = signal;
    process.stderr.write(`\n${signal}: stopping; nothing new starts, what is in flight may finish (send it again to stop at once)\n`);
    stopWaiters.splice(0).forEach((w) => w());
    setTimeout(() => {
      process.stderr.write(`error: HOOKSYNC_ABORTED: requests still in flight ${formatDuration(GRACE_MS)} after ${signal}; stopped without waiting for them\n`);
      stopNow(code);
    }, GRACE_MS).unref();
  });
}

// Output that cannot be written (a full disk, a closed pipe) is one line on stderr and exit 1,
// never a stack trace. stderr itself failing leaves nothing to say it on.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (stream !== process.stderr) process.stderr.write(`error: HOOKSYNC_IO: cannot write the output (${e.code ?? e.message}${e.code === 'ENOSPC' ? ': no space left on the device' : e.code === 'EPIPE' ? ': the reader went away' : ''})\n`);
    process.exit(1);
  });
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  interactive,
  colour: { stdout: colourWanted(process.env, process.stdout.isTTY), stderr: colourWanted(process.env, process.stderr.isTTY) },
  prompt: async (question) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      // A signal at the prompt is a no.
      return await Promise.race([rl.question(question), new Promise<string>((resolve) => stopWaiters.push(() => resolve('')))]);
    } finally {
      rl.close();
    }
  },
  untilStopped: () => new Promise<void>((resolve) => (stopSignal ? resolve() : stopWaiters.push(resolve))),
  stopRequested: () => stopSignal,
  onForcedStop: (report) => {
    forcedStopReport = report;
  },
});
