/**
 * What users copy from the README parses and validates: every ```yaml block is valid YAML; a
 * hooks file among them passes `hooksync validate` with dummy variables (and with none, as a
 * fork's pull request would run it), a workflow passes GitHub's parser. A block that is neither
 * fails, so a new kind of block gets a check before it lands.
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from '../helpers/cli.js';
import { isHooksFile, isWorkflow, validateHooksFile, workflowFindings } from '../helpers/docs.js';

const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('README YAML', () => {
  it('has blocks to check', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  blocks.forEach((text, i) => {
    it(`block ${i + 1} parses and passes the check for its kind`, async () => {
      expect(parseDocument(text).errors.map((e) => e.message.split('\n')[0])).toEqual([]);
      if (isWorkflow(text)) {
        expect(workflowFindings(`README block ${i + 1}`, text)).toEqual([]);
        return;
      }
      expect(isHooksFile(text), 'a README yaml block is a hooks file or a workflow').toBe(true);
      const r = await validateHooksFile(text);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const bare = await runCli(['validate', '-c', writeTemp(text)], {});
      expect(bare.code, bare.stderr).toBe(0);
    });
  });
});
