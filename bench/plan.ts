/**
 * `npm run bench:plan`: planning 10,000 desired hooks against 10,000 live ones (Logto's shape:
 * nested config with a secret header, event sets), 10 % changed, 1 % to create, 1 % unmanaged.
 * Prints CPU time and memory; the same plan at 1,000 hooks is the baseline, so the ratio shows
 * how planning scales. Target: 10,000 in at most 250 ms CPU and 150 MB.
 */
import type { DesiredHook, LiveHook, TargetConfig } from '../src/core/model.js';
import { planTargets } from '../src/plan/plan.js';
import { specFor } from '../src/providers/specs.js';
import { ratio, table } from './lib.js';

function inputs(n: number): { target: TargetConfig; live: LiveHook[] } {
  const hooks: DesiredHook[] = [];
  const live: LiveHook[] = [];
  for (let i = 0; i < n; i++) {
    const name = `hook-${String(i).padStart(5, '0')}`;
    const fields = { name, events: ['PostRegister', 'User.Created', 'User.Deleted'], enabled: true, config: { url: `https://svc-${i}.example.com/hook`, headers: { Authorization: `Bearer token-${i}` }, retries: 3 } };
    if (i % 100 !== 99) hooks.push({ key: name, pinnedId: undefined, fields, sensitivePaths: [['config', 'headers', 'Authorization']], position: { file: 'hooks.yaml', line: i * 8 + 10, col: 9 } });
    if (i % 100 === 98) continue; // desired only: a create
    const drifted = i % 10 === 0;
    live.push({ id: `id-${i}`, key: name, fields: { ...fields, events: ['User.Deleted', 'PostRegister', 'User.Created'], config: { ...fields.config, url: drifted ? `https://old-${i}.example.com/hook` : fields.config.url } } });
  }
  const target: TargetConfig = { name: 'logto-prod', provider: 'logto', endpoint: 'https://tenant.example.com', auth: { clientId: 'x', clientSecret: 'y' }, tokenUrl: undefined, prune: false, hooks, position: { file: 'hooks.yaml', line: 3, col: 3 } };
  return { target, live };
}

function measure(n: number): { n: number; cpuMs: number; mainMs: number; heapMb: number; changes: number } {
  const { target, live } = inputs(n);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const plan = planTargets([{ target, spec: specFor('logto'), live }]);
  const mainMs = performance.now() - started; // planning is synchronous: this is the main thread's time
  const used = process.cpuUsage(cpu);
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  return { n, cpuMs: (used.user + used.system) / 1000, mainMs, heapMb, changes: plan.targets[0]!.changes.length };
}

// A warm-up at the small size, so the figures are of the planner rather than of the first JIT.
measure(1000);
const small = measure(1000);
const large = measure(10_000);
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`bench/plan: Logto-shaped hooks, 10 % drifted, 1 % new, 1 % unmanaged (node ${process.version})\n`);
process.stdout.write(
  table([
    ['hooks', 'changes', 'CPU (all threads)', 'main thread', 'heap grown by plan', 'CPU vs 1,000'],
    [small.n, small.changes, `${small.cpuMs.toFixed(1)} ms`, `${small.mainMs.toFixed(1)} ms`, `${small.heapMb.toFixed(1)} MB`, '1.00x'],
    [large.n, large.changes, `${large.cpuMs.toFixed(1)} ms`, `${large.mainMs.toFixed(1)} ms`, `${large.heapMb.toFixed(1)} MB`, ratio(large.cpuMs, small.cpuMs)],
  ]),
);
process.stdout.write(`peak resident memory of the whole process (inputs included): ${maxRssMb.toFixed(0)} MB\n`);
if (!globalThis.gc) process.stdout.write('(run with node --expose-gc, as npm run bench does, so garbage from building the inputs is not charged to the plan)\n');
