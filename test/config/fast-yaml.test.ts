/**
 * The quick read (js-yaml with YAML 1.2's core schema) and the positioned parser (`yaml`) must
 * read every file alike, or defer: checked on every file users copy, on the scalar forms where
 * the two libraries' defaults disagree, and on random documents.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quickValue } from '../../src/config/fast-yaml.js';

const slow = (text: string): unknown => parse(text, { uniqueKeys: false });

/** The quick read answers with the positioned parser's value, or not at all. */
function agrees(text: string): void {
  const quick = quickValue(text);
  if (quick === undefined) return;
  expect(quick, text).toEqual(slow(text));
}

const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : /\.ya?ml$/.test(f) ? [join(dir, f)] : []));

const FORMS = ['0o17', '017', '0x1F', '0b101', '1_000', '+12', '-0', '.5', '1.', '1e3', '1E3', '-.5e3', '+.5', '.inf', '-.Inf', '+.INF', '.NaN', '.nan', '~', 'null', 'Null', 'NULL', '', 'true', 'True', 'TRUE', 'yes', 'on', 'off', 'no', 'y', 'n', '2001-12-14', '12:30:00', '0', '00', '0.0', '"1"', "'x'", '!!str 1', '-0x10', '+0o7', '0x_1', '12345678901234567890', '"a\\tb"', 'a b', 'https://x.example.com/?a=1&b=2', '${VAR}', '"${VAR:-x}"'];

describe('the quick read of a hooks file', () => {
  it('reads every shipped example and README block as the positioned parser does, and does not defer them', () => {
    const texts = [...files('examples'), 'hooks.example.yaml'].map((f) => readFileSync(f, 'utf8'));
    const readme = [...readFileSync('README.md', 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    for (const text of [...texts, ...readme]) agrees(text);
    expect(quickValue(readFileSync('hooks.example.yaml', 'utf8'))).toBeDefined();
  });

  it.each(FORMS)('reads the scalar %j alike, in a block map and in a flow sequence, or defers', (form) => {
    agrees(`k: ${form}\n`);
    if (!form.startsWith('!!') && form !== '') agrees(`k: [${form}, x]\n`);
  });

  it('defers what it cannot promise to read alike: aliases, complex and null keys, forbidden keys, errors', () => {
    for (const text of ['a: &x [1]\nb: *x\n', '? [a, b]\n: x\n', 'null: x\n', '~: x\n', '__proto__: {x: 1}\n', 'a: 1\na: 2\n', 'a: [1\n', 'a: 1\n---\nb: 2\n', 'a: !!binary aGVsbG8=\n']) {
      expect(quickValue(text), text).toBeUndefined();
    }
  });

  it('agrees on random documents (fast-check)', () => {
    const key = fc.constantFrom('name', 'events', 'url', 'a-b', '"quoted key"', 'x1', 'enabled', '"1"', "'2'");
    const value = fc.oneof(fc.constantFrom(...FORMS.filter((f) => !f.startsWith('!!'))), fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)));
    const flowSeq = fc.array(value, { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`);
    const doc = fc.array(fc.tuple(key, fc.oneof(value, flowSeq), fc.array(fc.tuple(key, value), { maxLength: 3 })), { minLength: 1, maxLength: 6 }).map((entries) =>
      entries.map(([k, v, nested], i) => (nested.length > 0 ? `${k}${i}:\n${nested.map(([nk, nv], j) => `  ${nk}${j}: ${nv}`).join('\n')}` : `${k}${i}: ${v}`)).join('\n') + '\n',
    );
    fc.assert(fc.property(doc, (text) => agrees(text)), { numRuns: 500, seed: 20261201 });
  });
});
