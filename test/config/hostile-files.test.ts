/**
 * Hooks files written to hurt: not UTF-8, binary, prototype keys, values only coercion would
 * accept, huge, alias bombs, script paths that leave the repository or hang, nested variable
 * references, endpoints with credentials, a query or a fragment, and output to a full disk.
 * Each is one clear line with the place, exit 1, and never a crash.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, openSync, closeSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from '../helpers/cli.js';

const validate = (path: string, env: Record<string, string> = {}) => runCli(['validate', '-c', path], env);
const LOGTO = (hook: string, extra = '') => `version: 1
targets:
  t:
    provider: logto
    endpoint: https://t.example.com${extra}
    auth: { clientId: a, clientSecret: b }
    hooks:
${hook}`;
const HOOK = '      - name: h\n        events: [PostRegister]\n        config: { url: https://h.example.com }\n';

describe('hostile hooks files', () => {
  it('a file that is not UTF-8 names the line and byte, and shows none of its bytes', async () => {
    const path = writeTemp('');
    writeFileSync(path, Buffer.concat([Buffer.from(LOGTO(HOOK)), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a])]));
    const r = await validate(path);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: HOOKSYNC_CONFIG_INVALID: ${path}:11:3 is not a text file hooksync can read: byte 0xff is not UTF-8; save the file as UTF-8\n`);
  });

  it('a binary file is called one', async () => {
    const path = writeTemp('');
    writeFileSync(path, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff]));
    const r = await validate(path);
    expect(r.stderr).toBe(`error: HOOKSYNC_CONFIG_INVALID: ${path}:1:7 is not a text file hooksync can read: a NUL byte: this is a binary file, not YAML\n`);
  });

  it('refuses __proto__ and constructor keys by name, at the root and in a hook', async () => {
    const r = await validate(writeTemp(`__proto__: { polluted: true }\n${LOGTO(`${HOOK}        constructor: { x: 1 }\n`)}`));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/:1:1 the key "__proto__" is not a field of any hooks file; remove it\n/);
    expect(r.stderr).toMatch(/:12:9 the key "constructor" is not a field of any hooks file; remove it\n/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a value only coercion would accept, but still converts what a variable produced', async () => {
    const bp = (hook: string) => `version: 1\ntargets:\n  t:\n    provider: boldpenguin\n    endpoint: https://hookshot.boldpenguin.com\n    auth: { clientId: a, clientSecret: b }\n    hooks:\n${hook}`;
    const r = await validate(writeTemp(bp('      - url: 123\n        active:\n')));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('targets.t.hooks[0].url: 123 is a number, and this field takes a string; quote it: "123"');
    expect(r.stderr).toContain('targets.t.hooks[0].active: has no value; write one (true or false) or remove the line');
    const ok = await validate(writeTemp(bp('      - url: https://x.example.com\n        events: [quote_request]\n        active: ${ON:-true}\n')), {});
    expect(ok.code).toBe(0);
  });

  it('refuses a file larger than any hooks file at once', async () => {
    const r = await validate(writeTemp(`# ${'x'.repeat(6 * 1024 * 1024)}\n`));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is 6\.0 MiB, more than the 5 MiB a hooks file may be; is it the right file\?\n$/);
  });

  it('a duplicate key names both lines, found in one pass however large the map', async () => {
    const headers = Array.from({ length: 25_000 }, (_, i) => `            H${i}: v\n`).join('');
    const hook = `      - name: h\n        events: [PostRegister]\n        config:\n          url: https://h.example.com\n          headers:\n${headers}            H7: again\n`;
    const file = writeTemp(LOGTO(hook));
    const r = await validate(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: HOOKSYNC_CONFIG_INVALID: ${file}:${13 + 25_000}:13 is not valid YAML: the key "H7" appears twice in one map (first at line 20); keys must be unique\n`);
    expect((await validate(writeTemp(LOGTO(hook.replace('            H7: again\n', ''))))).code).toBe(0);
  });

  it('a large file read the quick way still names the line of each finding', async () => {
    const hooks = Array.from({ length: 2000 }, (_, i) => `      - name: h${i}\n        events: [PostRegister]\n        config: { url: https://h${i}.example.com }\n`).join('');
    const file = writeTemp(LOGTO(`${hooks}      - name: last\n        events: [PostRegister]\n        enabled: "yes"\n`));
    expect(readFileSync(file).length).toBeGreaterThan(64 * 1024);
    const r = await validate(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:${7 + 2000 * 3 + 3}:18 targets.t.hooks[2000].enabled:`);
  });

  it('a large file with thousands of findings counts them all, describes the first 100 each at its own line, and says how many more', async () => {
    const headers = Array.from({ length: 5_000 }, (_, i) => `            H${i}: ${i}\n`).join('');
    const hooks = Array.from({ length: 150 }, (_, i) => `      - name: h${i}\n        events: [PostRegister]\n        config: { url: https://h${i}.example.com }\n        enabled: "no"\n`).join('');
    const file = writeTemp(LOGTO(`      - name: first\n        events: [PostRegister]\n        config:\n          url: https://f.example.com\n          headers:\n${headers}${hooks}`));
    expect(readFileSync(file).length).toBeGreaterThan(64 * 1024);
    const r = await validate(file);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`error: HOOKSYNC_CONFIG_INVALID: ${file} has 5,150 problems; fix each at the place named`);
    expect(lines).toHaveLength(1 + 100 + 1);
    // Header H{i} stands on line 13 + i, at column 16 + the length of i (after "            Hi: ").
    for (let i = 0; i < 100; i++) expect(lines[1 + i]).toBe(`  ${file}:${13 + i}:${16 + String(i).length} targets.t.hooks[0].config.headers.H${i}: ${i} is a number, and this field takes a string; quote it: "${i}"`);
    expect(lines[101]).toBe('  and 5,050 more findings like these (the first 100 are shown; fix them and run validate again)');
  });

  it('past 15,000 values, a file the quick read cannot take is answered from js-yaml or refused, never left to the slow parser', async () => {
    const headers = Array.from({ length: 40_000 }, (_, i) => `            H${i}: v\n`).join('');
    const hook = (extra: string) => `      - name: h\n        events: [PostRegister]\n        config:\n          url: https://h.example.com\n          headers:\n${headers}${extra}`;
    const dup = writeTemp(LOGTO(hook('            H7: again\n')));
    let r = await validate(dup);
    expect(r.stderr).toBe(`error: HOOKSYNC_CONFIG_INVALID: ${dup}:${13 + 40_000}:13 is not valid YAML: the key "H7" appears twice in one map (first at line 20); keys must be unique\n`);
    const broken = writeTemp(LOGTO(hook('      - name: [unclosed\n')));
    r = await validate(broken);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^error: HOOKSYNC_CONFIG_INVALID: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${14 + 40_000}:1 is not valid YAML: \\S`));
    const anchored = writeTemp(`common: &common { url: https://c.example.com }\n${LOGTO(hook(''))}`);
    r = await validate(anchored);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ uses YAML anchors or aliases \(& or \*\) and could hold up to [\d,]+ values; a file that does may hold at most 15,000 \(the parser that reads them takes some 40 µs a value\); write the values out, or split the file\n$/);
    // The same anchor in a file under the bound (padded past the quick read's 64 KiB) is read as ever.
    const small = writeTemp(`${'# padding\n'.repeat(7000)}common: &common { url: https://c.example.com }\n${LOGTO(Array.from({ length: 50 }, (_, i) => `      - name: h${i}\n        events: [PostRegister]\n        config: *common\n`).join(''))}`);
    expect(readFileSync(small).length).toBeGreaterThan(64 * 1024);
    r = await validate(small);
    expect(r.stderr).toMatch(/:7001:1 common: unknown field "common"/);
  });

  it('refuses a file that could hold more values than any hooks file, before parsing it', async () => {
    const file = writeTemp(`version: 1\ntargets: [${Array.from({ length: 600_000 }, () => '1').join(',')}]\n`);
    const r = await validate(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: HOOKSYNC_CONFIG_INVALID: ${file} could hold up to 600,003 values (lines, commas and brackets), more than the 100,000 a hooks file may have; is it the right file?\n`);
  });

  it('an alias bomb is a config error with its line, not a bug report', async () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${new Array(10).fill(`*${'abcdefghi'[i - 1]}`).join(', ')}]`);
    const r = await validate(writeTemp(`${lines.join('\n')}\n`));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: HOOKSYNC_CONFIG_INVALID: \S+:2:\d+ YAML aliases here expand past 100 copies \(an alias bomb\?\)/);
    expect(r.stderr).not.toContain('HOOKSYNC_INTERNAL');
  });

  it('an Auth0 script path must stay in the hooks file\'s directory and be a small regular file', async () => {
    const path = writeTemp('');
    const dir = dirname(path);
    mkdirSync(join(dir, 'inner'));
    writeFileSync(join(dirname(dir), 'outside.js'), 'module.exports = "secret next door";');
    symlinkSync(join(dirname(dir), 'outside.js'), join(dir, 'inner', 'link.js'));
    writeFileSync(join(dir, 'big.js'), 'x'.repeat(1024 * 1024 + 1));
    spawnSync('mkfifo', [join(dir, 'pipe.js')]);
    const hook = (name: string, script: string) => `      - name: ${name}\n        triggerId: credentials-exchange\n        script: ${script}\n`;
    writeFileSync(path, `version: 1\ntargets:\n  a0:\n    provider: auth0\n    endpoint: https://t.auth0.com\n    auth: { clientId: a, clientSecret: b }\n    hooks:\n${hook('up', '../outside.js')}${hook('abs', join(dirname(dir), 'outside.js'))}${hook('link', './inner/link.js')}${hook('pipe', './pipe.js')}${hook('big', './big.js')}`);
    const r = await validate(path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('hooks[0].script: cannot read ../outside.js (it is outside the directory of the hooks file;');
    expect(r.stderr).toContain('hooks[1].script: cannot read /');
    expect(r.stderr).toContain('(an absolute path;');
    expect(r.stderr).toContain('hooks[2].script: cannot read ./inner/link.js (it is outside the directory of the hooks file;');
    expect(r.stderr).toContain('hooks[3].script: cannot read ./pipe.js (not a regular file;');
    expect(r.stderr).toContain('hooks[4].script: cannot read ./big.js (1048577 bytes, more than the 1024 KiB a script may be;');
    expect(r.stderr).not.toContain('secret next door');
  });

  it('refuses a variable reference inside a default, which would leave ${B} in the value', async () => {
    const r = await validate(writeTemp(LOGTO('      - name: h\n        events: [PostRegister]\n        config: { url: "${A:-${B}}" }\n')));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('targets.t.hooks[0].config.url: malformed variable reference ${A:-${B}} (a reference inside a default is not supported; set A from B before running hooksync)');
  });

  it('refuses endpoints with credentials, a query or a fragment', async () => {
    for (const [url, why] of [
      ['https://user:pass@t.example.com', 'holds a user name or password; remove it from the URL'],
      ['https://t.example.com?x=1', 'holds a query (?...); write the base URL alone'],
      ['https://t.example.com#frag', 'holds a fragment (#...); write the URL without it'],
    ] as const) {
      const r = await validate(writeTemp(LOGTO(HOOK).replace('https://t.example.com', url)));
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`:5:15 targets.t.endpoint: ${why}`);
      expect(r.stderr).not.toContain('pass@');
    }
  });

  it('output to a full disk is one line and exit 1, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, ['build/cli/bin.js', 'validate', '-c', writeTemp(LOGTO(HOOK))], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('error: HOOKSYNC_IO: cannot write the output (ENOSPC: no space left on the device)\n');
    } finally {
      closeSync(full);
    }
  });
});
