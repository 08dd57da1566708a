/**
 * Text a vendor or a pull request controls reaches a terminal only as visible characters, and
 * can never stand on a line of its own as if hooksync had written it.
 */
import { describe, expect, it } from 'vitest';
import { LOGTO_TARGET, runCli, writeTemp } from '../helpers/cli.js';
import { startHostile } from '../helpers/hostile.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox();
// Anything a terminal would obey or hide: C0 and C1 controls, DEL, separators, bidi, zero-width.
// eslint-disable-next-line no-control-regex -- the characters the test looks for
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;
const FORGED = ['Plan: 0 to add, 0 to change, 0 to delete.', 'No changes. Live hooks match the configuration.'];
const HOSTILE_NAMES = [
  'title\u001b]0;pwned\u0007',
  'clear\u001b[2J\u001b[H',
  'rtl\u202eexe.txt',
  `nl\n${FORGED[0]}`,
  `crlf\r\n${FORGED[1]}`,
  'c1\u009b31m red',
  'sep\u2028Plan: 9 to add',
];

function assertVisible(outputs: readonly string[]): void {
  for (const text of outputs) {
    expect(RAW.test(text), JSON.stringify(text.match(RAW)?.[0])).toBe(false);
    const lines = text.split('\n');
    for (const forged of FORGED) expect(lines.filter((l) => l.trim() === forged)).toEqual([]);
  }
}

describe('hostile text on a terminal', () => {
  it("a vendor's hook names cannot act on the terminal or forge plan lines, in plan and in apply --prune", async () => {
    const s = await sandbox();
    for (const name of HOSTILE_NAMES) s.logto.seed({ name });
    const file = writeTemp(LOGTO_TARGET('      - name: keep\n        events: [PostRegister]\n        config: { url: https://keep.example.com }\n'));
    const plan = await runCli(['plan', '-c', file, '--prune'], s.env);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('# logto-prod/title\\u001b]0;pwned\\u0007 will be DELETED');
    expect(plan.stdout).toContain(`# logto-prod/nl\\n${FORGED[0]} will be DELETED`);
    expect(plan.stdout).toContain('rtl\\u202eexe.txt');
    const md = await runCli(['plan', '-c', file, '--prune', '-f', 'markdown'], s.env);
    const applied = await runCli(['apply', '-c', file, '--prune', '--yes'], s.env);
    expect(applied.code).toBe(0);
    assertVisible([plan.stdout, plan.stderr, md.stdout, applied.stdout, applied.stderr]);
    expect(applied.stdout.split('\n').filter((l) => l.startsWith('Plan: '))).toEqual(['Plan: 1 to add, 0 to change, 7 to delete.']);
  });

  it("a vendor's error text is shown the same way, in the progress line, the results and the error", async () => {
    const evil = await startHostile((req) =>
      req.path === '/oidc/token' ? { status: 200, json: { access_token: 'evil-token-123456', expires_in: 3600 } } : req.method === 'GET' ? { status: 200, headers: { 'total-number': '0' }, json: [] } : { status: 400, json: { code: 'guard.invalid_input', message: `bad\u001b[2J\n${FORGED[1]}` } },
    );
    try {
      const file = writeTemp(LOGTO_TARGET('      - name: a\n        events: [PostRegister]\n        config: { url: https://a.example.com }\n'));
      const r = await runCli(['apply', '-c', file, '--yes'], { LOGTO_ENDPOINT: evil.url, LOGTO_CLIENT_ID: 'id', LOGTO_CLIENT_SECRET: 'evil-client-secret' });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`bad\\u001b[2J\\n${FORGED[1]}`);
      assertVisible([r.stdout, r.stderr]);
    } finally {
      await evil.stop();
    }
  });

  it("a hooks file's own strings (a pull request) are shown the same way", async () => {
    const s = await sandbox();
    s.logto.seed({ name: 'x' });
    const file = writeTemp(LOGTO_TARGET(`      - name: "evil\\e[2J\\u202e"\n        events: [PostRegister]\n        config: { url: "https://e.example.com/\\e]0;t\\a" }\n`));
    const plan = await runCli(['plan', '-c', file], s.env);
    const applied = await runCli(['apply', '-c', file, '--yes'], s.env);
    expect(plan.stdout).toContain('# logto-prod/evil\\u001b[2J\\u202e will be created');
    expect(applied.code).toBe(0);
    assertVisible([plan.stdout, plan.stderr, applied.stdout, applied.stderr]);
  });
});
