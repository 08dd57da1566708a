/**
 * The positions found from js-yaml's events must be the `yaml` document's, wherever the index
 * answers at all: checked on every file users copy and on random documents, for every value and
 * every key, and for paths that go past what exists.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { lineIndex, quickOffsets } from '../../src/config/quick-positions.js';

type Path = (string | number)[];

/** Every path of a value, with the `yaml` document's offset of its node and of its key. */
function expected(text: string): { path: Path; value: number; key?: number }[] {
  const doc = parseDocument(text, { uniqueKeys: false });
  const out: { path: Path; value: number; key?: number }[] = [];
  const walk = (node: Node | null | undefined, path: Path, fallback: number) => {
    const at = node?.range?.[0] ?? fallback;
    if (isMap(node)) {
      for (const p of node.items) {
        if (!isPair(p) || !isScalar(p.key)) continue;
        const k = p.key as Node;
        const kPath = [...path, String((p.key as { value: unknown }).value)];
        const value = p.value as Node | null;
        out.push({ path: kPath, value: value?.range?.[0] ?? k.range![0], key: k.range![0] });
        walk(value, kPath, k.range![0]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        out.push({ path: [...path, i], value: (item as Node).range![0] });
        walk(item as Node, [...path, i], at);
      });
    }
  };
  out.push({ path: [], value: (doc.contents as Node | null)?.range?.[0] ?? 0 });
  walk(doc.contents as Node, [], 0);
  return out;
}

/** How many of the paths the index answered; each answer must be the document's. */
function agrees(text: string): { answered: number; paths: number } {
  const index = quickOffsets(text);
  const cases = expected(text);
  if (!index) return { answered: 0, paths: cases.length };
  let answered = 0;
  for (const c of cases) {
    const v = index(c.path, false);
    if (v !== undefined) {
      expect(v, `${JSON.stringify(c.path)} in\n${text}`).toBe(c.value);
      answered++;
    }
    if (c.key !== undefined) {
      const k = index(c.path, true);
      if (k !== undefined) expect(k, `key of ${JSON.stringify(c.path)} in\n${text}`).toBe(c.key);
    }
  }
  return { answered, paths: cases.length };
}

const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : /\.ya?ml$/.test(f) ? [join(dir, f)] : []));

describe('positions from the quick read', () => {
  it('are the yaml document positions for every value and key of every shipped example, and answer for all of them', () => {
    for (const file of [...files('examples').filter((f) => !f.includes('workflows')), 'hooks.example.yaml']) {
      const text = readFileSync(file, 'utf8');
      const { answered, paths } = agrees(text);
      expect(answered, file).toBe(paths);
    }
  });

  it.each([
    'k: # c\nj: 1\n',
    '- \n- a\n',
    '- - a\n  - b\n- c\n',
    'hooks:\n- name: a\n  url: b\n-   name: c\n',
    'a:\n\n  # c\n\n  b: 1\n',
    'a: {x: [1, {y: 2}], z: "w"}\n',
    'a: >\n  folded\n  text\nb: |\n  lit\n',
    'a: "multi\n  line"\nb: 2\n',
    '# only a comment\n---\na: 1\n',
  ])('agree with the yaml document on %j', (text) => {
    const { answered, paths } = agrees(text);
    expect(answered).toBeGreaterThan(0);
    expect(paths).toBeGreaterThan(0);
  });

  it('go to the nearest existing ancestor for a path past what exists', () => {
    const text = 'targets:\n  t:\n    hooks:\n      - name: a\n        events: [x]\n';
    const index = quickOffsets(text)!;
    const at = lineIndex(text);
    expect(at(index(['targets', 't', 'hooks', 0, 'config', 'url'], false)!)).toEqual({ line: 4, col: 9 });
    expect(at(index(['targets', 't', 'hooks', 7], false)!)).toEqual({ line: 4, col: 7 });
    expect(at(index(['targets', 't', 'hooks', 0, 'events', 0], false)!)).toEqual({ line: 5, col: 18 });
    expect(at(index(['targets', 't', 'hooks', 0, 'events'], true)!)).toEqual({ line: 5, col: 9 });
  });

  it('count lines and columns as the yaml library does, on every offset of a file with CRLF and a last line without a break', () => {
    const text = 'a: 1\r\nb:\n  - x\n\nc: "y"';
    const lc = new LineCounter();
    parseDocument(text, { lineCounter: lc });
    const at = lineIndex(text);
    for (let i = 0; i <= text.length; i++) expect(at(i), `offset ${i}`).toEqual(lc.linePos(i));
  });

  it('agree with the yaml document on random documents, and answer for most of them (fast-check)', () => {
    const scalar = fc.constantFrom('a', '1', 'true', '"q"', "'s'", '~', 'https://x.example.com/a#b', '${V}', '0x1F', '');
    const key = fc.constantFrom('name', 'url', '"k y"', "'k'", 'x-1', '1');
    const comment = fc.constantFrom('', '  # note', '');
    const flow = fc.array(fc.constantFrom('a', '1', '"b"', '{x: 1}', '[]', '{}'), { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`);
    const block = (depth: number): fc.Arbitrary<string[]> =>
      depth === 0
        ? fc.constant([])
        : fc.array(
            fc.tuple(key, fc.oneof(scalar, flow, fc.constant('MAP'), fc.constant('SEQ')), comment, block(depth - 1), fc.array(scalar, { minLength: 1, maxLength: 3 })),
            { minLength: 1, maxLength: 4 },
          ).map((entries) =>
            entries.flatMap(([k, v, c, nested, items], i) => {
              const name = `${k.replace(/["']/g, '')}${i}`;
              if (v === 'MAP' && nested.length > 0) return [`${name}:${c}`, ...nested.map((l) => `  ${l}`)];
              if (v === 'SEQ') return [`${name}:`, ...items.map((x) => `  - ${x}${c}`)];
              return [`${name}: ${v === 'MAP' || v === 'SEQ' ? 'z' : v}${v === '' ? '' : c}`];
            }),
          );
    let answered = 0;
    let paths = 0;
    fc.assert(
      fc.property(block(3), fc.boolean(), (lines, leadingComment) => {
        const text = `${leadingComment ? '# file\n\n' : ''}${lines.join('\n')}\n`;
        const r = agrees(text);
        answered += r.answered;
        paths += r.paths;
      }),
      { numRuns: 300, seed: 20261202 },
    );
    expect(answered / paths).toBeGreaterThan(0.9);
  });
});
