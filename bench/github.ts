/**
 * `npm run bench:github`: hooksync against GitHub's secondary rate limits, next to a baseline
 * measured in the same run. Figures, not pass/fail.
 *
 * The emulator plays GitHub strictly: at most 80 creates a minute, writes closer than one second
 * apart refused as a secondary limit (GitHub's advice read as a rule), refusals as 403 with no
 * retry-after (the worst case: a client must then wait at least a minute), and the primary quota
 * in x-ratelimit-* headers. hooksync sends its writes one at a time, a second apart (writeGap),
 * so the goal is zero refusals at a wall time near the floor of (writes − 1) seconds.
 * The baseline is what a tool without pacing does: the same writes, 4 at a time.
 */
import { GithubEmulator } from '../src/providers/github/emulator.js';
import { hooksync, seconds, table, tempFile } from './lib.js';

const CREATES = Number(process.env.BENCH_GITHUB_CREATES ?? 20);
const UPDATES = Number(process.env.BENCH_GITHUB_UPDATES ?? 10);
const REPO = 'repos/acme/webhooks';
const EVENTS = ['issues', 'release', 'workflow_run', 'deployment'];
const url = (i: number) => `https://h${String(i).padStart(3, '0')}.example.com/gh`;

function strict(): GithubEmulator {
  return new GithubEmulator({ secondary: { createsPerMinute: 80, minWriteGapMs: 1000, status: 403 }, primary: { limit: 5000, windowMs: 3_600_000 } });
}

function seedAndFile(emu: GithubEmulator): string {
  const hooks: string[] = [];
  for (let i = 0; i < UPDATES; i++) {
    emu.seed(REPO, { config: { url: url(i) }, events: ['push'] });
    hooks.push(`      - config: { url: "${url(i)}" }\n        events: [push, pull_request]\n`);
  }
  // GitHub allows 20 hooks per event on a repository: the creates spread over several events.
  for (let i = UPDATES; i < UPDATES + CREATES; i++) hooks.push(`      - config: { url: "${url(i)}", content_type: json }\n        events: [${EVENTS[i % EVENTS.length]}]\n`);
  return tempFile('hooks.yaml', `version: 1\ntargets:\n  gh:\n    provider: github\n    endpoint: \${GH_URL}\n    repository: acme/webhooks\n    auth: { token: "\${GH_TOKEN}" }\n    hooks:\n${hooks.join('')}`);
}

async function hooksyncRun(): Promise<string[]> {
  const emu = await strict().start();
  try {
    const file = seedAndFile(emu);
    const started = performance.now();
    const r = await hooksync(['apply', '-c', file, '--yes'], { GH_URL: emu.url, GH_TOKEN: emu.token });
    const wall = performance.now() - started;
    const writes = emu.server.requests().filter((q) => q.method !== 'GET').length;
    const landed = emu.all().length;
    return ['hooksync (one write at a time, 1 s apart)', String(writes), String(emu.refusals.secondary + emu.refusals.primary), `${landed}/${CREATES + UPDATES}`, seconds(wall), r.code === 0 ? 'ok' : `exit ${r.code}`];
  } finally {
    await emu.stop();
  }
}

/** The same writes, 4 in flight at once, no pacing, no retry: what a refusal costs a naive tool. */
async function baselineRun(): Promise<string[]> {
  const emu = await strict().start();
  try {
    seedAndFile(emu);
    const live = emu.all();
    const headers = { authorization: `Bearer ${emu.token}`, 'user-agent': 'baseline', 'content-type': 'application/json' };
    const jobs: (() => Promise<number>)[] = [
      ...live.map((h) => () => fetch(`${emu.url}/${REPO}/hooks/${h.id}`, { method: 'PATCH', headers, body: JSON.stringify({ events: ['push', 'pull_request'] }) }).then((r) => r.status)),
      ...Array.from({ length: CREATES }, (_, k) => () => fetch(`${emu.url}/${REPO}/hooks`, { method: 'POST', headers, body: JSON.stringify({ config: { url: url(UPDATES + k), content_type: 'json' }, events: [EVENTS[(UPDATES + k) % EVENTS.length]] }) }).then((r) => r.status)),
    ];
    const started = performance.now();
    let next = 0;
    let failed = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < jobs.length) {
          const status = await jobs[next++]!();
          if (status >= 300) failed++;
        }
      }),
    );
    const wall = performance.now() - started;
    const landed = emu.all().filter((h) => h.events.includes('pull_request') || h.config.content_type === 'json').length;
    return ['baseline (4 at once, no pacing)', String(jobs.length), String(emu.refusals.secondary + emu.refusals.primary), `${landed}/${CREATES + UPDATES}`, seconds(wall), failed > 0 ? `${failed} failed` : 'ok'];
  } finally {
    await emu.stop();
  }
}

process.stdout.write(`GitHub secondary limits: ${CREATES} creates and ${UPDATES} updates on one repository; the emulator refuses writes under 1 s apart and over 80 creates a minute (403, no retry-after).\n`);
process.stdout.write(`Floor for paced writes: ${CREATES + UPDATES - 1} s.\n\n`);
const rows = [['run', 'writes sent', '403/429 received', 'changes landed', 'wall', 'result'], await baselineRun(), await hooksyncRun()];
process.stdout.write(table(rows));
