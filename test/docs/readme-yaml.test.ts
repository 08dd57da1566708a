/**
 * What users copy from the README parses and validates: every ```yaml block is valid YAML, and
 * every hooks file among them passes `hooksync validate` (variables left unset, as in a fork).
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from '../helpers/cli.js';

const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('README YAML', () => {
  it('has blocks to check', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  blocks.forEach((text, i) => {
    it(`block ${i + 1} parses${text.includes('targets:') ? ' and validates' : ''}`, async () => {
      expect(parseDocument(text).errors.map((e) => e.message.split('\n')[0])).toEqual([]);
      if (!text.includes('targets:')) return;
      const r = await runCli(['validate', '-c', writeTemp(text)], {});
      expect(r.code, r.stderr).toBe(0);
    });
  });
});
