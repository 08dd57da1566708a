/**
 * One property case, end to end over HTTP: seed random live hooks through the vendor's API,
 * write a random hooks file, then plan, apply, plan and apply again with the real CLI, and hold
 * every result to the independent model (model.ts) and to the promises of the README.
 */
import { writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { leakedSecrets, runCli, writeTemp, type CliResult } from '../helpers/cli.js';
import { after, isObject, keyOf, predict, valueAt, type EntryModel, type Fields, type LiveModel, type PredictedChange } from './model.js';
import type { DrawnEntry, PropertyProvider, Write } from './providers.js';

export interface Case {
  readonly live: readonly Fields[];
  readonly entries: readonly DrawnEntry[];
  readonly prune: boolean;
  readonly allowSecretLoss: boolean;
}

const TOKEN_PATHS = ['/oidc/token', '/oauth/token', '/auth/token', '/oidc/oauth/token'];
const PLACEHOLDERS = /\(write-only\)|_VALUE_NOT_SHOWN_|\(sensitive value\)|\*\*\*\*/;

/**
 * Runs one case; returns what kinds of change it covered, so the test can prove the generators
 * keep reaching every kind (a property that only ever meets empty plans proves nothing).
 */
export async function checkCase(p: PropertyProvider, drawn: Case): Promise<Set<string>> {
  const covered = new Set<string>();
  const emu = await p.start();
  try {
    await p.seed(emu, drawn.live);
    const live: LiveModel[] = p.state(emu);
    const liveIds = new Set(live.map((h) => h.id));

    // Pins point at seeded hooks (each at most once); secret values travel as ${VAR}.
    const used = new Set<string>();
    const target = p.target(emu);
    const env: Record<string, string> = { [`${p.envPrefix}_ENDPOINT`]: emu.url, ...target.env };
    const entries: EntryModel[] = drawn.entries.map((e) => {
      const id = e.pin !== undefined && live.length > 0 ? live[e.pin % live.length]!.id : undefined;
      if (id === undefined || used.has(id)) return { fields: e.fields };
      used.add(id);
      return { pin: id, fields: e.fields };
    });
    const file = writeTemp(hooksFile(p, target.lines, entries, env));
    const flags = [...(drawn.prune ? ['--prune'] : []), ...(drawn.allowSecretLoss ? ['--allow-secret-loss'] : [])];
    const secrets = secretValues(p, live, env, emu, target.secret);
    const outputs: CliResult[] = [];
    const cli = async (argv: string[]) => {
      const r = await runCli([...argv, '-c', file, ...flags], env);
      outputs.push(r);
      return r;
    };
    // A new hook's id: a number, or a vendor's prefixed id (Stripe's we_…, which may hold no digit).
    const writes = (): Write[] =>
      emu.server
        .requests()
        .filter((q) => q.method !== 'GET' && !TOKEN_PATHS.some((t) => q.path.startsWith(t)))
        .map((q) => ({ method: q.method, path: q.path.split('/').map((s) => (s.length > 8 && !liveIds.has(s) && (/\d/.test(s) || /^[a-z]+_[A-Za-z0-9]{16,}$/.test(s)) ? 'NEW' : s)).join('/'), body: p.decodeBody ? p.decodeBody(q.body) : q.body }));

    const predicted = predict(p.spec, live, entries, drawn.prune, drawn.allowSecretLoss);
    emu.server.clearRequests();
    const plan = await cli(['plan', '-f', 'json']);
    expect(writes(), 'plan sends no write').toEqual([]);
    if (predicted.kind === 'error') {
      expect(plan.code).toBe(1);
      expect(plan.stderr).toMatch(predicted.why === 'ambiguous' ? /live hooks are named|live hooks have the key|pin the one to manage/ : /does not exist yet and .* needs /);
      expect(leakedSecrets(outputs.flatMap((o) => [o.stdout, o.stderr]), secrets)).toEqual([]);
      covered.add(`error:${predicted.why}`);
      return covered;
    }
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
    const planJson = JSON.parse(plan.stdout) as PlanJson;
    const shown = planJson.targets[0]!.changes;
    expect(shown.map(describe).sort(), 'the plan shows exactly the changes the model predicts').toEqual(predicted.changes.map(describeModel).sort());
    // A change is named by action, key and id: two live hooks may share a key (Logto names, urls).
    const name = (c: { action: string; key: string; id?: string | undefined }) => `${c.action} ${c.key} ${c.action === 'create' ? '-' : (c.id ?? '-')}`;
    const refusedList = shown.filter((c) => c.refused !== undefined).map(name).sort();
    const refused = new Set(refusedList);
    if (predicted.feasible) expect(refusedList, 'nothing is refused when every change can be made').toEqual([]);
    else expect(refused.size, 'a change that cannot be made is refused in the plan').toBeGreaterThan(0);
    const made = predicted.changes.filter((c) => !refused.has(name(c)));
    for (const c of predicted.changes) {
      covered.add(c.action);
      if (c.entry?.pin !== undefined && c.live && keyOf(p.spec, c.live.fields) !== keyOf(p.spec, c.entry.fields)) covered.add('pinned-rename');
      if (c.entry && JSON.stringify(c.entry.fields).includes('null')) covered.add('null');
    }
    if (refused.size > 0) covered.add('refused');
    if (predicted.unchanged.length > 0) covered.add('unchanged');

    const apply = await cli(['apply', '--yes', '-f', 'json']);
    expect(apply.code).toBe(refused.size > 0 ? 1 : 0);
    const applied = JSON.parse(apply.stdout) as { plan: PlanJson; results: { outcome: string; key: string; action: string; id?: string }[] };
    expect(applied.plan, 'apply -f json embeds the same plan').toEqual(planJson);
    expect(applied.results.filter((r) => r.outcome !== 'done').map(name).sort()).toEqual(refusedList);

    const sent = writes();
    const canon = (w: Write) => `${w.method} ${w.path} ${JSON.stringify(sorted(w.body ?? null))}`;
    expect(sent.map(canon).sort(), "apply's writes are exactly the plan's").toEqual(made.flatMap((c) => p.writes(c)).map(canon).sort());
    expect(JSON.stringify(sent.map((w) => w.body)), 'no stand-in for a value is ever sent').not.toMatch(PLACEHOLDERS);
    const fromFile = new Set(Object.values(env));
    for (const v of writeOnlyValues(p, live)) if (!fromFile.has(v)) expect(JSON.stringify(sent.map((w) => w.body)), 'a write-only value read from the vendor is never sent').not.toContain(v);

    checkFinalState(p, live, predicted.changes, made, predicted.untouched, predicted.unchanged.map((u) => u.live), p.state(emu));

    // A replaced hook that the file pinned has a new id: the next plan must say which to write,
    // and the file is then corrected as the user is told to.
    const repinned = made.filter((c) => c.action === 'replace' && c.entry?.pin !== undefined);
    if (repinned.length > 0) {
      covered.add('repinned');
      const stale = await cli(['plan']);
      expect(stale.code).toBe(1);
      const fixed = entries.map((e) => {
        const c = repinned.find((r) => r.entry === e);
        if (!c) return e;
        const newId = applied.results.find((r) => r.action === 'replace' && r.key === c.key)!.id!;
        expect(stale.stderr, 'the next plan names the id to pin').toContain(`write "id: ${newId}"`);
        return { ...e, pin: newId };
      });
      writeFileSync(file, hooksFile(p, target.lines, fixed, env));
    }

    emu.server.clearRequests();
    const again = await cli(['plan', '--detailed-exitcode', '-f', 'json']);
    const left = (JSON.parse(again.stdout) as PlanJson).targets[0]!.changes;
    expect(left.map(name).sort(), 'afterwards only the refused changes remain').toEqual(refusedList);
    expect(left.every((c) => c.refused !== undefined)).toBe(true);
    expect(again.code).toBe(refused.size > 0 ? 2 : 0);
    const second = await cli(['apply', '--yes']);
    expect(second.code).toBe(refused.size > 0 ? 1 : 0);
    expect(writes(), 'a second apply sends no write').toEqual([]);

    const everything = outputs.flatMap((o) => [o.stdout, o.stderr]);
    expect(leakedSecrets(everything, [...secrets, ...emu.issuedTokens()]), 'no secret value in any output').toEqual([]);
    return covered;
  } finally {
    await emu.stop();
  }
}

interface PlanJson {
  targets: { changes: { action: string; key: string; id?: string; fields?: { path_segments: string[] }[]; refused?: string }[] }[];
}

const describe = (c: PlanJson['targets'][number]['changes'][number]) => `${c.action} ${c.key} ${c.id ?? '-'} ${(c.fields ?? []).map((f) => f.path_segments.join('.')).sort().join(',')}`;
const describeModel = (c: PredictedChange) => `${c.action} ${c.key} ${c.action === 'create' ? '-' : c.id} ${c.paths.map((x) => x.split('\u0000').join('.')).sort().join(',')}`;

/** The hooks file for `entries`, JSON lines in YAML, secret values as ${VAR} set in `env`. */
function hooksFile(p: PropertyProvider, targetLines: string, entries: readonly EntryModel[], env: Record<string, string>): string {
  const lines = entries.map((e) => `      - ${JSON.stringify({ ...(e.pin ? { id: e.pin } : {}), ...asVariables(p, e.fields, env) })}`);
  return `version: 1
targets:
  t:
    provider: ${p.name}
    endpoint: \${${p.envPrefix}_ENDPOINT}
${targetLines}    hooks:${lines.length === 0 ? ' []' : ''}
${lines.join('\n')}
`;
}

/** The entry with every secret value replaced by a ${VAR} whose value `env` gets. */
function asVariables(p: PropertyProvider, fields: Fields, env: Record<string, string>): Fields {
  const walk = (v: unknown, path: string[]): unknown => {
    if (typeof v === 'string' && p.secretField(path)) {
      const name = `SV_${Buffer.from(v).toString('hex').toUpperCase()}`;
      env[name] = v;
      return `\${${name}}`;
    }
    if (Array.isArray(v)) return v.map((x) => walk(x, path));
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...path, k])]));
    return v;
  };
  return walk(fields, []) as Fields;
}

/** Every secret the case involves: file values, live values of secret fields, credentials, signing keys. */
function secretValues(p: PropertyProvider, live: readonly LiveModel[], env: Record<string, string>, emu: { all(): unknown[] }, credential: string): string[] {
  const found: string[] = [credential, ...Object.entries(env).filter(([k]) => k.startsWith('SV_')).map(([, v]) => v)];
  const walk = (v: unknown, path: string[]) => {
    if (typeof v === 'string' && p.secretField(path)) found.push(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, path));
    else if (isObject(v)) Object.entries(v).forEach(([k, x]) => walk(x, [...path, k]));
  };
  live.forEach((h) => walk(h.fields, []));
  for (const raw of emu.all()) if (isObject(raw) && typeof raw.signingKey === 'string') found.push(raw.signingKey);
  return [...new Set(found)];
}

function writeOnlyValues(p: PropertyProvider, live: readonly LiveModel[]): string[] {
  const f = p.spec.writeOnly;
  const hidden = p.spec.writeOnlyValue;
  const maps = f ? live.flatMap((h) => (isObject(h.fields[f]) ? Object.values(h.fields[f] as Fields).map(String) : [])) : [];
  const values = hidden ? live.flatMap((h) => { const v = valueAt(h.fields, hidden); return typeof v === 'string' ? [v] : []; }) : [];
  return [...maps, ...values];
}

function checkFinalState(p: PropertyProvider, live: readonly LiveModel[], all: readonly PredictedChange[], made: readonly PredictedChange[], untouched: readonly LiveModel[], unchanged: readonly LiveModel[], final: readonly LiveModel[]): void {
  const norm = (f: Fields | undefined) => (f ? sorted(Object.fromEntries(Object.entries(f).map(([k, v]) => [k, p.spec.sets.includes(k) && Array.isArray(v) ? [...new Set(v.map(String))].sort() : v]))) : f);
  const byId = new Map(final.map((h) => [h.id, h]));
  const liveIds = new Set(live.map((h) => h.id));
  const fresh = final.filter((h) => !liveIds.has(h.id));
  const kept = [...untouched, ...unchanged, ...all.filter((c) => !made.includes(c)).flatMap((c) => (c.live ? [c.live] : []))];
  for (const h of kept) expect(norm(byId.get(h.id)?.fields), `hook ${h.id}, which the plan left alone, is untouched`).toEqual(norm(h.fields));
  for (const c of made) {
    const want = after(p.spec, c);
    if (c.action === 'delete') expect(byId.has(c.id!), `deleted ${c.id}`).toBe(false);
    else if (c.action === 'update') expect(norm(byId.get(c.id!)?.fields), `updated ${c.key}`).toEqual(norm(want));
    else {
      if (c.action === 'replace') expect(byId.has(c.id!), `the replaced hook ${c.id} is gone`).toBe(false);
      const made = fresh.filter((h) => keyOf(p.spec, h.fields) === keyOf(p.spec, want!));
      expect(made, `exactly one new hook ${c.key}`).toHaveLength(1);
      // A create leaves unwritten fields to the vendor's defaults; a replacement carries them over.
      const got = made[0]!.fields;
      const compared = c.action === 'create' ? projectOnto(got, want) : got;
      expect(norm(compared), `created ${c.key}`).toEqual(norm(want));
    }
  }
  const expectedCount = live.length + made.filter((c) => c.action === 'create').length - made.filter((c) => c.action === 'delete').length;
  expect(final.length, 'no hook duplicated or lost').toBe(expectedCount);
}

const sorted = (v: unknown): unknown => (Array.isArray(v) ? v.map(sorted) : isObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])])) : v);

/** `got` cut to the keys `want` has, at every depth: what a create wrote, without the vendor's defaults. */
function projectOnto(got: unknown, want: unknown): Fields {
  if (!isObject(got) || !isObject(want)) return got as Fields;
  return Object.fromEntries(Object.keys(want).map((k) => [k, isObject(want[k]) ? projectOnto(got[k], want[k]) : got[k]]));
}
