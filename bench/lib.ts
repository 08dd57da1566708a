/** What the benchmarks share: a quiet in-process CLI run, temporary files, and a table printer. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/cli/program.js';

export interface Timed {
  readonly code: number;
  readonly wallMs: number;
  readonly stderr: string;
}

/** `hooksync <argv>` in this process, output kept (not printed), timed with the wall clock. */
export async function hooksync(argv: string[], env: Record<string, string | undefined>): Promise<Timed> {
  let stderr = '';
  const started = performance.now();
  const code = await run(argv, { stdout: { write: () => true }, stderr: { write: (s: string) => ((stderr += s), true) }, env, interactive: false });
  return { code, wallMs: performance.now() - started, stderr };
}

/** `hooksync <argv>` in this process with its output kept, as the fault runs need it. */
export async function hooksyncOut(argv: string[], env: Record<string, string | undefined>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: { write: (s: string) => ((stdout += s), true) }, stderr: { write: (s: string) => ((stderr += s), true) }, env, interactive: false });
  return { code, stdout, stderr };
}

export function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'hooksync-bench-')), name);
  writeFileSync(file, text);
  return file;
}

/** Prints rows as an aligned table; the first row is the header. */
export function table(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((r) => r.map(String));
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return `${cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n')}\n`;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;

/** An emulator running in its own process (emulator-process.ts), and a way to ask it things. */
export interface EmulatorProcess {
  readonly ready: Record<string, string>;
  /** Sends a command line and resolves with the JSON line it answers. */
  ask(command: 'requests' | 'refusals'): Promise<Record<string, number>>;
  stop(): void;
}

export async function startEmulatorProcess(args: readonly string[]): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, ['build/bench/emulator-process.js', ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const waiting: ((line: string) => void)[] = [];
  let ready: ((line: string) => void) | undefined;
  const first = new Promise<string>((resolve) => (ready = resolve));
  lines.on('line', (line) => {
    if (ready) {
      const r = ready;
      ready = undefined;
      r(line);
    } else waiting.shift()?.(line);
  });
  const line = await first;
  if (!line.startsWith('READY ')) throw new Error(`the emulator process said: ${line}`);
  return {
    ready: JSON.parse(line.slice(6)) as Record<string, string>,
    ask: (command) =>
      new Promise((resolve) => {
        waiting.push((l) => resolve(JSON.parse(l) as Record<string, number>));
        child.stdin!.write(`${command}\n`);
      }),
    stop: () => {
      child.stdin!.end();
      child.kill('SIGTERM');
    },
  };
}

/** `hooksync <argv>` as a user runs it: the built CLI in its own process, with wall time and peak memory. */
export function cliProcess(argv: readonly string[], env: Record<string, string | undefined>): { code: number; wallMs: number; peakMiB: number; stdout: string; stderr: string } {
  const time = existsSync('/usr/bin/time');
  const args = [process.execPath, 'build/cli/bin.js', ...argv];
  const started = performance.now();
  const r = time ? spawnSync('/usr/bin/time', ['-f', 'PEAK_KB %M', ...args], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(args[0]!, args.slice(1), { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = performance.now() - started;
  const peak = /PEAK_KB (\d+)\s*$/.exec(r.stderr ?? '');
  return { code: r.status ?? 1, wallMs, peakMiB: peak ? Number(peak[1]) / 1024 : Number.NaN, stdout: r.stdout ?? '', stderr: (r.stderr ?? '').replace(/PEAK_KB \d+\s*$/, '') };
}
