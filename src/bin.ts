#!/usr/bin/env node
import { createInterface } from 'node:readline/promises';
import { run } from './cli/program.js';

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);

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
  prompt: async (question) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return await rl.question(question);
    } finally {
      rl.close();
    }
  },
  untilStopped: () =>
    new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
});
