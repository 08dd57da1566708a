/**
 * `npm run bench:org`: one GitHub organization's estate, as a user runs hooksync on it (the CLI in
 * its own process, the emulator in another, 100 ms added to every answer). Figures, not pass or
 * fail; floors and baselines are measured or computed in the same run.
 *
 * 1. 1,000 repositories × 2 hooks, nothing to change: one target selecting them all, against
 *    the floor (the organization's pages one after another, then the hook lists 16 at a time,
 *    hooksync's connections per host, each one latency), and against the same estate written
 *    as 1,000 one-repository targets.
 * 2. A naive client listing the hooks of each repository one after another (measured over the
 *    first BENCH_ORG_NAIVE repositories, scaled to all of them).
 * 3. One change on each of BENCH_ORG_WRITES repositories, against GitHub's strict secondary
 *    limits (writes under a second apart refused): writes one at a time at GitHub's pace, with
 *    the refusals counted; the floor is the listing, then each write's latency and a second
 *    between each two.
 */
import { cliProcess, ratio, seconds, startEmulatorProcess, table, tempFile } from './lib.js';

const REPOS = Number(process.env.BENCH_ORG_REPOS ?? 1000);
const LATENCY = Number(process.env.BENCH_ORG_LATENCY ?? 100);
const NAIVE = Number(process.env.BENCH_ORG_NAIVE ?? 100);
const WRITES = Number(process.env.BENCH_ORG_WRITES ?? 30);
const CONNECTIONS = 16;
const PER_PAGE = 100;

const hooks = (events: string) => [0, 1].map((h) => `      - config: { url: "https://hook${h}.example.com/gh", content_type: json }\n        events: [${h === 0 ? events : 'push'}]\n`).join('');
const selecting = (events = 'push') => `version: 1\ntargets:\n  org:\n    provider: github\n    endpoint: \${GH_URL}\n    organization: acme\n    repositories: { include: ["svc-*"] }\n    auth: { token: "\${GH_TOKEN}" }\n    hooks:\n${hooks(events)}`;
const oneByOne = (n: number) =>
  `version: 1\ntargets:\n${Array.from({ length: n }, (_, i) => `  r${i}:\n    provider: github\n    endpoint: \${GH_URL}\n    repository: acme/svc-${String(i).padStart(4, '0')}\n    auth: { token: "\${GH_TOKEN}" }\n    hooks:\n${hooks('push')}`).join('')}`;

const rows: (string | number)[][] = [['run', 'wall', 'vs floor', 'GET requests', 'writes', 'secondary refusals', 'peak memory']];
const emu = await startEmulatorProcess(['github-org', String(REPOS), '2', String(LATENCY)]);
let selectedWall = 0;
try {
  const env = { GH_URL: emu.ready.url!, GH_TOKEN: emu.ready.token! };
  const pages = Math.ceil(REPOS / PER_PAGE) + (REPOS % PER_PAGE === 0 ? 1 : 0);
  const floor = pages * LATENCY + Math.ceil(REPOS / CONNECTIONS) * LATENCY;
  for (const [label, text] of [
    [`1 target selecting ${REPOS} repositories, no changes`, selecting()],
    [`${REPOS} one-repository targets, no changes`, oneByOne(REPOS)],
  ] as const) {
    const file = tempFile('hooks.yaml', text);
    await emu.ask('requests');
    const r = cliProcess(['plan', '-c', file, '--detailed-exitcode'], env);
    if (r.code !== 0) throw new Error(`${label}: exit ${r.code}\n${r.stdout.slice(-400)}${r.stderr.slice(-400)}`);
    const counted = await emu.ask('requests');
    if (label.startsWith('1 target')) selectedWall = r.wallMs;
    rows.push([label, seconds(r.wallMs), ratio(r.wallMs, label.startsWith('1 target') ? floor : Math.ceil(REPOS / CONNECTIONS) * LATENCY), counted.get!, counted.write!, '-', `${r.peakMiB.toFixed(0)} MiB`]);
  }
  // The naive baseline: each repository's hook list, one after another, as a script would.
  const started = performance.now();
  for (let i = 0; i < Math.min(NAIVE, REPOS); i++) {
    const res = await fetch(`${env.GH_URL}/repos/acme/svc-${String(i).padStart(4, '0')}/hooks?per_page=100`, { headers: { authorization: `Bearer ${env.GH_TOKEN}`, 'user-agent': 'bench', accept: 'application/vnd.github+json' } });
    await res.arrayBuffer();
  }
  const naive = ((performance.now() - started) / Math.min(NAIVE, REPOS)) * REPOS;
  rows.push([`naive: ${REPOS} hook lists one after another (measured over ${Math.min(NAIVE, REPOS)})`, seconds(naive), ratio(naive, floor), REPOS, 0, '-', '-']);
  process.stdout.write(`floor for the selecting plan: ${pages} organization pages one after another + ${REPOS} hook lists ${CONNECTIONS} at a time, ${LATENCY} ms each = ${seconds(floor)}\n`);
  process.stdout.write(`the selecting plan is ${ratio(naive, selectedWall)} faster than the naive baseline\n`);
} finally {
  emu.stop();
}

// Writes: a smaller organization, so the run takes under a minute at one write a second.
const small = await startEmulatorProcess(['github-org', String(WRITES), '2', String(LATENCY)]);
try {
  const env = { GH_URL: small.ready.url!, GH_TOKEN: small.ready.token! };
  const file = tempFile('hooks.yaml', selecting('push, release'));
  await small.ask('requests');
  const r = cliProcess(['apply', '-c', file, '--yes'], env);
  if (r.code !== 0) throw new Error(`apply: exit ${r.code}\n${r.stderr.slice(-600)}`);
  const counted = await small.ask('requests');
  const refused = await small.ask('refusals');
  const listing = (1 + Math.ceil(WRITES / CONNECTIONS)) * LATENCY;
  // One write at a time, the next a second after the answer to the last (GitHub: "wait at least
  // one second between each request"), each answer one latency away.
  const floor = listing + WRITES * LATENCY + (WRITES - 1) * 1000;
  rows.push([`one change on each of ${WRITES} repositories (apply)`, seconds(r.wallMs), ratio(r.wallMs, floor), counted.get!, counted.write!, refused.secondary!, `${r.peakMiB.toFixed(0)} MiB`]);
  process.stdout.write(`floor for the writes: the listing (${seconds(listing)}) + ${WRITES} writes one latency each + a second between each two = ${seconds(floor)}\n`);
} finally {
  small.stop();
}
process.stdout.write(`bench/org: GitHub organization, ${LATENCY} ms per answer (node ${process.version})\n${table(rows)}`);
