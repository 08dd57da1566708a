/**
 * `npm run bench:shared-tenant`: 1,000 targets on one Logto tenant, each owning a key prefix and
 * two of its 2,000 hooks, as a user runs it: the CLI in its own process against a sandbox in
 * another. Prints the second plan's wall time, peak memory and the requests it made (goal: under
 * 2 s and 200 MB; one token and one list of the tenant, not one per target).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tempFile } from './lib.js';

const TARGETS = Number(process.env.BENCH_TARGETS ?? 1000);
const envFile = tempFile('sandbox.env', '');
rmSync(envFile);
const sandbox = spawn(process.execPath, ['build/cli/bin.js', 'sandbox', '--write-env', envFile], { stdio: 'ignore' });
try {
  for (let i = 0; i < 600 && !existsSync(envFile); i++) await new Promise((r) => setTimeout(r, 50));
  const env = Object.fromEntries(
    readFileSync(envFile, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('export '))
      .map((l) => {
        const [name, ...value] = l.slice(7).split('=');
        return [name!, value.join('=')];
      }),
  );
  let yaml = 'version: 1\ntargets:\n';
  for (let i = 0; i < TARGETS; i++) {
    yaml += `  team-${i}:\n    provider: logto\n    endpoint: \${LOGTO_ENDPOINT}\n    auth: { clientId: "\${LOGTO_CLIENT_ID}", clientSecret: "\${LOGTO_CLIENT_SECRET}" }\n    owns: t${i}-\n    hooks:\n`;
    for (const k of ['a', 'b']) yaml += `      - { name: t${i}-${k}, events: [PostRegister], config: { url: "https://t${i}${k}.example.com", headers: { X-Key: "k-${i}-${k}-secret" } } }\n`;
  }
  const file = tempFile('hooks.yaml', yaml);
  const time = existsSync('/usr/bin/time');
  const cli = (args: string[]) => {
    const started = performance.now();
    const argv = [process.execPath, 'build/cli/bin.js', ...args, '-c', file];
    const r = time ? spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(argv[0]!, argv.slice(1), { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`hooksync ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
    return { ms: performance.now() - started, mib: time ? Number(r.stderr.trim().split('\n').at(-1)) / 1024 : Number.NaN, last: r.stdout.trim().split('\n').at(-1) };
  };
  cli(['apply', '--yes']);
  await fetch(`${env.LOGTO_ENDPOINT}/__sandbox/requests`, { method: 'DELETE' });
  const plan = cli(['plan']);
  const requests = ((await (await fetch(`${env.LOGTO_ENDPOINT}/__sandbox/requests`)).json()) as unknown[]).length;
  process.stdout.write(`${TARGETS} targets, ${TARGETS * 2} hooks on one tenant: second plan ${plan.ms.toFixed(0)} ms, peak ${plan.mib.toFixed(0)} MiB, ${requests} requests (${plan.last})\n`);
} finally {
  sandbox.kill('SIGTERM');
}
