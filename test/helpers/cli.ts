/** Runs the CLI in-process with captured output, as a user's shell would see it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/core/clock.js';
import { run } from '../../src/cli/program.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(argv: string[], env: Record<string, string | undefined> = {}, opts: { interactive?: boolean; answer?: string; clock?: Clock } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
    interactive: opts.interactive ?? false,
    ...(opts.clock ? { clock: opts.clock } : {}),
    prompt: async (q) => {
      stderr += q;
      return opts.answer ?? '';
    },
  });
  return { code, stdout, stderr };
}

/** Writes `text` to a fresh temporary directory and returns the file's path. */
export function writeTemp(text: string, name = 'hooks.yaml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'hooksync-test-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Every value in `secrets` that occurs in any of `outputs`: the list must stay empty. */
export function leakedSecrets(outputs: readonly string[], secrets: readonly string[]): string[] {
  const all = outputs.join('\n');
  return secrets.filter((s) => s.length > 0 && all.includes(s));
}

export const LOGTO_TARGET = (hooks: string, extra = ''): string => `version: 1
targets:
  logto-prod:
    provider: logto
    endpoint: \${LOGTO_ENDPOINT}
    auth:
      clientId: \${LOGTO_CLIENT_ID}
      clientSecret: \${LOGTO_CLIENT_SECRET}
${extra}    hooks:
${hooks}`;
