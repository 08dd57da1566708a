/**
 * Apply, again and again, against the four emulators while they fail on purpose (503s, dropped
 * connections, 429s with no hint), until the live hooks match the file. After every run, with the
 * faults switched off, it checks what a user would fear: a duplicate hook, and a hook reported
 * done that is not (a lost update). Shared by the fault-convergence test and `npm run bench`.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type Sandbox } from '../src/providers/sandbox.js';

export interface FaultMix {
  readonly errorRate: number;
  readonly dropRate: number;
  readonly rateLimitRate: number;
}

/** The mix of issue 10: 20% 503s, 10% dropped connections, 20% bare 429s. */
export const HARSH: FaultMix = { errorRate: 0.2, dropRate: 0.1, rateLimitRate: 0.2 };
export const NONE: FaultMix = { errorRate: 0, dropRate: 0, rateLimitRate: 0 };

export type Runner = (argv: string[], env: Record<string, string>) => Promise<{ code: number; stdout: string; stderr: string }>;

export interface RunReport {
  readonly code: number;
  readonly done: number;
  /** Every change that did not happen, with the reason apply gave. */
  readonly failed: readonly { readonly hook: string; readonly error: string }[];
  /** Set when the run stopped before any change (a target could not be listed): its message. */
  readonly stopped?: string;
  readonly duplicates: readonly string[];
  /** Hooks apply reported done that the next plan still wants to change. */
  readonly lost: readonly string[];
  /** Changes still to make afterwards. */
  readonly left: number;
}

export interface Scenario {
  readonly start: 'empty' | 'drifted';
  readonly hooks: number;
  readonly mix: FaultMix;
  readonly seed: number;
  readonly maxRuns: number;
  readonly parallelism: number;
}

export async function convergeUnderFaults(s: Scenario, run: Runner): Promise<{ runs: RunReport[]; converged: boolean; wallMs: number }> {
  const sandbox = await startSandbox({ random: (name) => seeded(s.seed * 31 + name.length), nursa: { rateLimit: { requests: 1000, windowMs: 60_000 } } });
  try {
    if (s.start === 'drifted') seedDrifted(sandbox, s.hooks);
    const file = join(mkdtempSync(join(tmpdir(), 'hooksync-faults-')), 'hooks.yaml');
    writeFileSync(file, hooksFile(s.hooks));
    const env = { ...sandbox.env, SECRET_VALUE: 'fault-mix-secret-value' };
    const runs: RunReport[] = [];
    let wallMs = 0;
    for (let i = 0; i < s.maxRuns; i++) {
      for (const server of sandbox.servers) Object.assign(server.faults, { errorRate: s.mix.errorRate, dropRate: s.mix.dropRate, rateLimitRate: s.mix.rateLimitRate, retryAfterSeconds: undefined });
      const applyStarted = performance.now();
      const r = await run(['apply', '-c', file, '--yes', '-f', 'json', '--parallelism', String(s.parallelism)], env);
      wallMs += performance.now() - applyStarted;
      for (const server of sandbox.servers) Object.assign(server.faults, { errorRate: 0, dropRate: 0, rateLimitRate: 0 });
      const report = await check(sandbox, file, env, r, run);
      runs.push(report);
      if (report.left === 0) return { runs, converged: true, wallMs };
    }
    return { runs, converged: false, wallMs };
  } finally {
    await sandbox.stop();
  }
}

async function check(sandbox: Sandbox, file: string, env: Record<string, string>, r: { code: number; stdout: string; stderr: string }, run: Runner): Promise<RunReport> {
  let results: { target: string; key: string; outcome: string; error?: string }[] = [];
  let stopped: string | undefined;
  if (r.stdout.trim().startsWith('{')) results = (JSON.parse(r.stdout) as { results: typeof results }).results;
  else stopped = r.stderr.split('\n').find((l) => l.startsWith('error: ')) ?? r.stderr.trim();
  const keys = [...sandbox.logto.all().map((h) => `logto/${h.name}`), ...sandbox.auth0.all().map((h) => `auth0/${h.name}`), ...sandbox.boldpenguin.all().map((h) => `boldpenguin/${h.config.url}`), ...sandbox.nursa.all().map((h) => `nursa/${h.url}`)];
  const duplicates = [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
  const plan = await run(['plan', '-c', file, '-f', 'json'], env);
  const changes = (JSON.parse(plan.stdout) as { targets: { target: string; changes: { key: string }[] }[] }).targets.flatMap((t) => t.changes.map((c) => `${t.target}/${c.key}`));
  const lost = results.filter((x) => x.outcome === 'done' && changes.includes(`${x.target}/${x.key}`)).map((x) => `${x.target}/${x.key}`);
  return {
    code: r.code,
    done: results.filter((x) => x.outcome === 'done').length,
    failed: results.filter((x) => x.outcome !== 'done').map((x) => ({ hook: `${x.target}/${x.key}`, error: x.error ?? '' })),
    ...(stopped !== undefined ? { stopped } : {}),
    duplicates,
    lost,
    left: changes.length,
  };
}

/** `n` hooks per provider; Auth0 hooks carry a secret now and then, so settled creates must finish. */
export function hooksFile(n: number): string {
  const each = (f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');
  const target = (name: string, provider: string, prefix: string, hooks: string) => `  ${name}:
    provider: ${provider}
    endpoint: \${${prefix}_ENDPOINT}
    auth: { clientId: "\${${prefix}_CLIENT_ID}", clientSecret: "\${${prefix}_CLIENT_SECRET}" }
    hooks:
${hooks}`;
  return `version: 1
targets:
${target('logto', 'logto', 'LOGTO', each((i) => `      - { name: hook-${i}, events: [PostRegister, User.Created], config: { url: "https://h${i}.example.com/logto", retries: 2 }, enabled: true }\n`))}${target('auth0', 'auth0', 'AUTH0', each((i) => `      - { name: hook-${i}, triggerId: post-user-registration, script: "module.exports = () => ${i};", dependencies: { axios: 1.7.0 }${i % 10 === 0 ? ', secrets: { API_KEY: "${SECRET_VALUE}" }' : ''} }\n`))}${target('boldpenguin', 'boldpenguin', 'BOLDPENGUIN', each((i) => `      - { url: "https://h${i}.example.com/bp", events: [quote_request], active: ${i < 8} }\n`))}${target('nursa', 'nursa', 'NURSA', each((i) => `      - { url: "https://h${i}.example.com/nursa", events: [facility.creation.accepted] }\n`))}`;
}

/** Every third hook missing, every third drifted, the rest already right. */
function seedDrifted(s: Sandbox, n: number): void {
  for (let i = 0; i < n; i++) {
    if (i % 3 === 0) continue;
    const drift = i % 3 === 1;
    s.logto.seed({ name: `hook-${i}`, events: drift ? ['PostRegister'] : ['PostRegister', 'User.Created'], config: { url: `https://h${i}.example.com/logto`, retries: 2 }, enabled: true });
    s.auth0.seed({ name: `hook-${i}`, triggerId: 'post-user-registration', script: `module.exports = () => ${drift ? -1 : i};`, dependencies: { axios: '1.7.0' } }, i % 10 === 0 ? { API_KEY: 'fault-mix-secret-value' } : {});
    s.boldpenguin.seed({ url: `https://h${i}.example.com/bp`, events: ['quote_request'], active: drift ? false : i < 8 });
    s.nursa.seed({ url: `https://h${i}.example.com/nursa`, events: drift ? ['all'] : ['facility.creation.accepted'] });
  }
}

/** A small seeded generator (mulberry32): the same seed, the same faults in the same order. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
