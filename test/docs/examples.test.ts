/**
 * Every file a user may copy works: each hooks file under examples/ and hooks.example.yaml
 * passes `hooksync validate` with dummy variables, each workflow (the examples and our own CI)
 * passes GitHub's workflow parser, action.yml passes its action parser, and each script parses.
 * A file of a kind this test does not know fails it, so no example goes unchecked.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { actionFindings, isHooksFile, validateHooksFile, workflowFindings } from '../helpers/docs.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const examples = filesUnder('examples');
const workflows = [...filesUnder('.github/workflows'), ...examples.filter((f) => f.startsWith(join('examples', 'workflows')))];
const hooksFiles = ['hooks.example.yaml', ...examples.filter((f) => /\.ya?ml$/.test(f) && !workflows.includes(f))];
const scripts = examples.filter((f) => f.endsWith('.js'));

describe('examples', () => {
  it('are all of a kind this test checks', () => {
    const unchecked = examples.filter((f) => !workflows.includes(f) && !hooksFiles.includes(f) && !scripts.includes(f));
    expect(unchecked).toEqual([]);
    expect(workflows.length).toBeGreaterThanOrEqual(4);
    expect(hooksFiles.length).toBeGreaterThanOrEqual(2);
  });

  it.each(hooksFiles)('%s is a hooks file that validates', async (file) => {
    const text = readFileSync(file, 'utf8');
    expect(isHooksFile(text)).toBe(true);
    const r = await validateHooksFile(text, file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ is valid: \d+ targets?, \d+ hooks?\.\n$/);
  });

  it.each(workflows)('%s passes GitHub\'s workflow parser', (file) => {
    expect(workflowFindings(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it.each(scripts)('%s is JavaScript that parses', (file) => {
    expect(() => new Script(readFileSync(file, 'utf8'), { filename: file })).not.toThrow();
  });

  it.each(workflows)('%s gives the hooksync action only inputs action.yml declares', (file) => {
    const declared = Object.keys((parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs);
    const workflow = parse(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }> };
    const given = Object.values(workflow.jobs).flatMap((j) => (j.steps ?? []).filter((st) => /^(hooksync\/hooksync@|\.\/?$)/.test(st.uses ?? '')).flatMap((st) => Object.keys(st.with ?? {})));
    expect(given.filter((k) => !declared.includes(k))).toEqual([]);
  });

  it('action.yml passes GitHub\'s action parser', () => {
    expect(actionFindings('action.yml', readFileSync('action.yml', 'utf8'))).toEqual([]);
  });
});

describe('the checks themselves', () => {
  // A checker that finds nothing in a broken file would make every test above pass vacuously.
  it('the workflow parser rejects the mistakes a workflow can hide', () => {
    const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "hooksync: ${{ github.sha }}"\n';
    expect(workflowFindings('bad.yml', bad).join('\n')).toMatch(/line 6, column 14/);
    const unknownKey = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n';
    expect(workflowFindings('k.yml', unknownKey).join('\n')).toMatch(/stepz/);
    const badExpression = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.sha ) }}\n';
    expect(workflowFindings('e.yml', badExpression)).not.toEqual([]);
  });

  it('the action parser rejects an action without runs', () => {
    expect(actionFindings('action.yml', 'name: x\ndescription: y\n').join('\n')).toMatch(/runs/);
  });

  it('validate with dummy variables still rejects a wrong hooks file', async () => {
    const r = await validateHooksFile('version: 1\ntargets:\n  t:\n    provider: logto\n    endpoint: ${LOGTO_ENDPOINT}\n    auth: { clientId: "${A}", clientSecret: "${B}" }\n    hooks:\n      - name: x\n        events: [NoSuchEvent]\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"NoSuchEvent" is not a Logto event');
  });
});
