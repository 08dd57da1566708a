/** The installed binary as a user runs it: exit codes and no stack traces, ever. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/core/version.js';
import { runCli, writeTemp } from '../helpers/cli.js';

const BIN = 'build/cli/bin.js';
const hooksync = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });

describe('the hooksync binary', () => {
  it('is built (npm test builds first)', () => {
    expect(existsSync(BIN)).toBe(true);
  });

  it('prints help and its version with exit 0', () => {
    const help = hooksync('--help');
    expect(help.status).toBe(0);
    for (const cmd of ['validate', 'plan', 'apply', 'export', 'sandbox']) expect(help.stdout).toContain(`  ${cmd} [options]`);
    expect(hooksync('--version').stdout.trim()).toBe(VERSION);
  });

  it('finds with its precompiled schema exactly what the sources find compiling it', async () => {
    const file = writeTemp(`version: 1
targets:
  lg:
    provider: logto
    endpoint: https://tenant.example.com
    auth: { clientId: id, clientSecret: secret }
    rateLimit: { requests: 0, per: soon }
    hooks:
      - name: a
        events: [PostRegistr]
        enabled: maybe
        confg: {}
  a0:
    provider: auth0
    endpoint: https://a0.example.com
    auth: { clientId: id, clientSecret: secret }
    hooks:
      - name: b
        triggerId: nope
`);
    const built = hooksync('validate', '-c', file);
    const fromSources = await runCli(['validate', '-c', file], {});
    expect(built.status).toBe(1);
    expect(fromSources.code).toBe(1);
    expect(built.stderr).toBe(fromSources.stderr);
    expect(built.stderr.split('\n').filter((l) => l.startsWith('  ')).length).toBeGreaterThanOrEqual(5);
  });

  it('runs the demo: every provider reconciled, ending in No changes', () => {
    const r = spawnSync(process.execPath, ['build/src/demo.js'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Apply complete! 5 added, 7 changed, 0 deleted.');
    const out = r.stdout.trimEnd().split('\n');
    const lastPlan = r.stdout.slice(r.stdout.indexOf('# nothing left to do'), r.stdout.indexOf('# does each webhook deliver?'));
    expect(lastPlan).toContain('\nNo changes. Live hooks match the configuration.\n');
    expect(lastPlan).not.toMatch(/^# .* will be /m);
    // Then events are delivered, and status shows one healthy and one failing hook.
    expect(out.at(-1)).toBe('3 managed hooks: 1 FAILING.');
    expect(r.stdout).toMatch(/\n {2}FAILING {2}logto-prod\/crm-sync \(id \w+\): 2 of 2 deliveries failed in 24 h/);
    expect(r.stdout).toMatch(/\n {2}ok {7}logto-prod\/audit-log \(id \w+\): 1 of 1 deliveries answered in 24 h/);
    for (const target of ['logto-prod', 'auth0-prod', 'boldpenguin-uat', 'nursa-prod', 'github-repo', 'github-org', 'auth0-events', 'stripe-payments']) expect(r.stdout).toContain(`ok      ${target}/`);
    // What the README says the demo shows is what it shows.
    const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
    const said = /The first plan adds (\d+) and changes (\d+)/.exec(readme);
    expect(said, 'the README describes the demo').not.toBeNull();
    expect(r.stdout).toContain(`Plan: ${said![1]} to add, ${said![2]} to change, 0 to delete.`);
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
    const seeded = /seeds (\w+) live hooks across the six tenants: (\w+) that matches the file, (\w+) that drifted from it, and (\w+) the file does not list/.exec(readme);
    expect(seeded).not.toBeNull();
    const [total, matching, drifted, unlisted] = seeded!.slice(1).map((w) => words.indexOf(w));
    expect(r.stdout).toContain(`Unmanaged: ${unlisted} live hooks are not in the file`);
    expect(drifted).toBe(Number(said![2]));
    expect(total).toBe(matching! + drifted! + unlisted!);
  });

  it.each([
    ['bad YAML', ['validate', '-c', writeTemp('version: 1\ntargets: {a: [\n')]],
    ['schema violation', ['validate', '-c', writeTemp('version: 2\ntargets: {}\n')]],
    ['missing file', ['plan', '-c', '/nope/hooks.yaml']],
    ['missing variables', ['plan', '-c', 'hooks.example.yaml']],
    ['unknown command', ['frobnicate']],
  ])('exits 1 without a stack trace on %s', (_name, args) => {
    const r = hooksync(...args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: /m);
    expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(r.stdout).toBe('');
  });
});
