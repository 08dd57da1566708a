/** Runs the bundled action (dist/index.js) as a runner would: a process with INPUT_* and GITHUB_*. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

export interface ActionSetup {
  readonly workspace: string;
  readonly github: { url: string; token: string };
  readonly env: Record<string, string>;
}

export function workspace(hooksYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hooksync-action-'));
  writeFileSync(join(dir, 'hooks.yaml'), hooksYaml);
  return dir;
}

export async function runAction(setup: ActionSetup, inputs: Record<string, string>, event: { name: string; payload: object }): Promise<ActionRun> {
  const dir = setup.workspace;
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, `output-${Date.now()}-${Math.random()}.txt`);
  const summaryPath = join(dir, `summary-${Date.now()}-${Math.random()}.md`);
  writeFileSync(eventPath, JSON.stringify(event.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: setup.github.url,
    GITHUB_SERVER_URL: 'https://github.example.com',
    GITHUB_REPOSITORY: 'acme/webhooks',
    GITHUB_SHA: 'c0ffee0000000000000000000000000000000000',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': setup.github.token,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...setup.env,
  };
  const child = spawn(process.execPath, [resolve('dist/index.js')], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') };
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]!] = m[3]!;
  return out;
}
