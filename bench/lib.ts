/** What the benchmarks share: a quiet in-process CLI run, temporary files, and a table printer. */
import { mkdtempSync, writeFileSync } from 'node:fs';
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
