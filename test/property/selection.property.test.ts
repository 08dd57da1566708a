/**
 * Which repositories a selector takes, held to an independent model: random organizations
 * (names, topics, custom properties, visibility, archived, forks, admin or not) against random
 * selectors, first on the pure matcher, then end to end: the organization seeded into the
 * GitHub emulator, the selector written in a hooks file, and the plan's targets compared with
 * the model's choice (and the apply made to leave every other repository untouched).
 *
 * The model matches globs by walking the pattern (no regular expressions) and reads every rule
 * from the README's words, so a shared mistake in how the two are written is unlikely.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GithubEmulator } from '../../src/providers/github/emulator.js';
import { selects, type RepoSelector } from '../../src/providers/github/selection.js';
import { runCli, writeTemp } from '../helpers/cli.js';

interface Repo {
  readonly name: string;
  readonly topics: readonly string[];
  readonly properties: Readonly<Record<string, string | readonly string[]>>;
  readonly visibility: 'public' | 'private' | 'internal';
  readonly archived: boolean;
  readonly fork: boolean;
  readonly admin: boolean;
}

/** `*` any run, `?` one character, everything else itself, case-insensitive. */
function globMatch(pattern: string, name: string): boolean {
  const p = pattern.toLowerCase();
  const n = name.toLowerCase();
  const at = (i: number, j: number): boolean => {
    if (i === p.length) return j === n.length;
    if (p[i] === '*') {
      for (let k = j; k <= n.length; k++) if (at(i + 1, k)) return true;
      return false;
    }
    return j < n.length && (p[i] === '?' || p[i] === n[j]) && at(i + 1, j + 1);
  };
  return at(0, 0);
}

/** The README's rules, one by one. */
function modelSelects(s: RepoSelector, r: Repo): boolean {
  const named = s.include === undefined || s.include.some((g) => globMatch(g, r.name));
  const notExcluded = !(s.exclude ?? []).some((g) => globMatch(g, r.name));
  const topic = s.topics === undefined || r.topics.some((t) => s.topics!.includes(t));
  const visible = s.visibility === undefined || s.visibility.includes(r.visibility);
  const archived = s.archived === true ? r.archived : !r.archived;
  const fork = s.forks === true || !r.fork;
  const props = Object.entries(s.properties ?? {}).every(([k, want]) => {
    const have = r.properties[k];
    const haves = have === undefined ? [] : Array.isArray(have) ? have : [have as string];
    const wants = Array.isArray(want) ? want : [want as string];
    return haves.some((h) => wants.includes(h));
  });
  return named && notExcluded && topic && visible && archived && fork && props;
}

const NAMES = ['svc-a', 'svc-b', 'svc-legacy', 'api', 'api-gw', 'docs', 'web', 'Web-App', 'x1', 'tools'];
const TOPICS = ['production', 'staging', 'ci'];
const repoArb = (name: string): fc.Arbitrary<Repo> =>
  fc.record({
    name: fc.constant(name),
    topics: fc.subarray(TOPICS),
    properties: fc.record({ team: fc.oneof(fc.constantFrom('payments', 'search'), fc.subarray(['payments', 'search', 'platform'], { minLength: 1 })), tier: fc.constantFrom('1', '2') }, { requiredKeys: [] }),
    visibility: fc.constantFrom('public' as const, 'private' as const, 'internal' as const),
    archived: fc.boolean(),
    fork: fc.boolean(),
    admin: fc.boolean(),
  });
const orgArb = fc.subarray(NAMES, { minLength: 1 }).chain((names) => fc.tuple(...names.map(repoArb)));
const globArb = fc.constantFrom('svc-*', '*', 'api', 'api*', '?eb*', 'web', '*-a', 'x?', 'nothing');
const selectorArb: fc.Arbitrary<RepoSelector> = fc.record(
  {
    include: fc.array(globArb, { minLength: 1, maxLength: 2 }),
    exclude: fc.array(globArb, { minLength: 1, maxLength: 2 }),
    topics: fc.subarray(TOPICS, { minLength: 1 }),
    properties: fc.record({ team: fc.oneof(fc.constantFrom('payments', 'search', 'platform'), fc.subarray(['payments', 'search', 'platform'], { minLength: 1 })) }),
    visibility: fc.subarray(['public', 'private', 'internal'] as const, { minLength: 1 }),
    archived: fc.boolean(),
    forks: fc.boolean(),
  },
  { requiredKeys: [] },
);

const facts = (r: Repo) => ({ ...r, topics: [...r.topics] });

describe('the repositories a selector takes', () => {
  it('are those of the independent model, on the matcher itself (fast-check)', () => {
    let chosen = 0;
    let seen = 0;
    fc.assert(
      fc.property(orgArb, selectorArb, (repos, selector) => {
        for (const r of repos) {
          const want = modelSelects(selector, r);
          expect(selects(selector, facts(r)), `${JSON.stringify(selector)} on ${JSON.stringify(r)}`).toBe(want);
          chosen += want ? 1 : 0;
          seen++;
        }
      }),
      { numRuns: 1000, seed: 20261203 },
    );
    // Both outcomes are met often: a generator that only ever selects nothing proves nothing.
    expect(chosen / seen).toBeGreaterThan(0.03);
    expect(chosen / seen).toBeLessThan(0.97);
  });

  it('are the targets of the plan, end to end against the emulator, and apply writes on them alone (fast-check)', async () => {
    let planned = 0;
    await fc.assert(
      // Cases the model gives repositories to: a selection of nothing is refused (selection.test.ts),
      // and seven random conditions would otherwise leave most cases empty.
      fc.asyncProperty(fc.tuple(orgArb, selectorArb).filter(([repos, s]) => repos.some((r) => modelSelects(s, r) && r.admin)), async ([repos, selector]) => {
        const emu = await new GithubEmulator({ repositories: [], organizations: ['acme'] }).start();
        try {
          for (const r of repos) emu.addRepository('acme', r);
          const file = writeTemp(`version: 1\ntargets:\n  sel:\n    provider: github\n    endpoint: ${emu.url}\n    organization: acme\n    repositories: ${JSON.stringify(selector)}\n    auth: { token: "${emu.token}" }\n    writeGap: 0s\n    hooks:\n      - config: { url: https://ci.example.com/h }\n        events: [push]\n`);
          const chosen = repos.filter((r) => modelSelects(selector, r));
          const r = await runCli(['apply', '-c', file, '--yes'], {});
          expect(r.code, r.stderr).toBe(0);
          const managed = chosen.filter((x) => x.admin).map((x) => `repos/acme/${x.name}`).sort();
          expect(emu.all().map((h) => h.scope).sort()).toEqual(managed);
          planned += managed.length;
          const again = await runCli(['plan', '-c', file, '-f', 'json'], {});
          const plan = JSON.parse(again.stdout) as { has_changes: boolean; selections: { selected: number; managed: number; skipped: { repository: string }[] }[] };
          expect(plan.has_changes).toBe(false);
          expect(plan.selections[0]).toMatchObject({ selected: chosen.length, managed: managed.length });
          expect(plan.selections[0]!.skipped.map((s) => s.repository).sort()).toEqual(chosen.filter((x) => !x.admin).map((x) => `acme/${x.name}`).sort());
        } finally {
          await emu.stop();
        }
      }),
      { numRuns: 25, seed: 20261204 },
    );
    expect(planned).toBeGreaterThan(0);
  });
});
