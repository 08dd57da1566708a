import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOGTO_TARGET, runCli, writeTemp } from '../helpers/cli.js';

const env = { LOGTO_ENDPOINT: 'https://tenant.example.com', LOGTO_CLIENT_ID: 'id-123456', LOGTO_CLIENT_SECRET: 'secret-abcdef' };
const hook = (body: string) => LOGTO_TARGET(body);

describe('hooksync validate', () => {
  it('accepts the example file and counts its targets and hooks', async () => {
    const r = await runCli(['validate', '-c', 'hooks.example.yaml'], { ...env, CRM_TOKEN: 'tok-1234' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('hooks.example.yaml is valid: 8 targets, 12 hooks.\n');
  });

  it('needs no secrets: unset variables are warnings, not errors', async () => {
    const r = await runCli(['validate', '-c', 'hooks.example.yaml'], {});
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: hooks.example.yaml:10:15 targets.logto-prod.endpoint: environment variable LOGTO_ENDPOINT is not set');
    expect(r.stderr).toContain('CRM_TOKEN');
  });

  it('refuses a Logto event only dev-feature servers take, at its line, saying why', async () => {
    const file = writeTemp(hook('      - name: a\n        events: [PostRegister, TrustedDevice.Deleted]\n        config: { url: https://a.example.com }\n'));
    const r = await runCli(['validate', '-c', file], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:11:32 targets.logto-prod.hooks[0].events[1]: "TrustedDevice.Deleted" exists only on a Logto server run with dev features on (DEV_FEATURES_ENABLED); a production server answers 400 guard.invalid_input to it, so remove it`);
  });

  it('refuses a line break in a header name or value and a NUL in a hook name, each at its line; a script may span lines', async () => {
    const file = writeTemp(hook('      - name: "a\\0b"\n        events: [PostRegister]\n        config:\n          url: https://a.example.com\n          headers: { "X-A\\r\\nX-Injected": one, X-B: "two\\nPlan: 0 to add" }\n'));
    const r = await runCli(['validate', '-c', file], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:10:15 targets.logto-prod.hooks[0].name: holds a NUL character, which cannot be sent`);
    expect(r.stderr).toContain('targets.logto-prod.hooks[0].config.headers: the key "X-A\\r\\nX-Injected" holds a line break (CR or LF), which cannot be sent; remove it');
    expect(r.stderr).toContain('targets.logto-prod.hooks[0].config.headers.X-B: holds a line break (CR or LF), which cannot be sent');
    const auth0 = writeTemp('version: 1\ntargets:\n  a:\n    provider: auth0\n    endpoint: https://t.example.com\n    auth: { clientId: x, clientSecret: y }\n    hooks:\n      - name: h\n        triggerId: credentials-exchange\n        script: |\n          module.exports = (c, cb) => {\n            cb(null, c);\n          };\n');
    expect((await runCli(['validate', '-c', auth0], {})).code).toBe(0);
  });

  it('refuses a token whose variable holds a line break before any request, without showing it', async () => {
    const file = writeTemp(hook('      - name: a\n        events: [PostRegister]\n        config: { url: https://a.example.com }\n'));
    const r = await runCli(['plan', '-c', file], { ...env, LOGTO_CLIENT_SECRET: 'secret-abc\r\nX-Evil: 1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('targets.logto-prod.auth.clientSecret: holds a line break (CR or LF), which cannot be sent');
    expect(r.stderr).not.toContain('X-Evil');
  });

  it('names file, line and column of a YAML syntax error, in one line', async () => {
    const file = writeTemp('version: 1\ntargets:\n  a: [unclosed\n');
    const r = await runCli(['validate', '-c', file], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^error: HOOKSYNC_CONFIG_INVALID: ${file}:\\d+:\\d+ is not valid YAML: `));
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('shows only the first syntax error, counts the rest, and quotes ${...} inside { } for the user', async () => {
    const file = writeTemp(`version: 1
targets:
  logto-prod:
    provider: logto
    endpoint: \${LOGTO_ENDPOINT}
    auth: { clientId: \${LOGTO_CLIENT_ID}, clientSecret: \${LOGTO_CLIENT_SECRET} }   # creds
    hooks:
      - name: crm-sync
        events: [PostRegister]
        config: { url: https://crm.example.com/logto, headers: { Authorization: Bearer \${CRM_TOKEN} } }
`);
    const r = await runCli(['validate', '-c', file], env);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^error: HOOKSYNC_CONFIG_INVALID: ${file}:6:\\d+ is not valid YAML: .* \\(and \\d+ more after it, most likely caused by this one\\)$`));
    expect(lines[1]).toBe('  line 6: ${...} inside { } or [ ] must be quoted (YAML reads "{" as the start of a map); write: auth: { clientId: "${LOGTO_CLIENT_ID}", clientSecret: "${LOGTO_CLIENT_SECRET}" }   # creds');
    // The suggested line is what the user should write: put back, the file is valid.
    const fixed = writeTemp(readFileSync(file, 'utf8').replace(/^ {4}auth: .*$/m, `    ${lines[1]!.split('write: ')[1]}`).replace(/Bearer \$\{CRM_TOKEN\}/, '"Bearer ${CRM_TOKEN}"'));
    const again = await runCli(['validate', '-c', fixed], { ...env, CRM_TOKEN: 'tok-1234' });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
  });

  it('names no fix it does not know: a syntax error without ${ in a flow collection gets none', async () => {
    const file = writeTemp('version: 1\ntargets:\n  a:\n    provider: logto\n   bad: indent\n');
    const r = await runCli(['validate', '-c', file], env);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('must be quoted');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a misspelt provider is the one finding: no follow-on guess about how its hooks are matched', async () => {
    const file = writeTemp('version: 1\ntargets:\n  t:\n    provider: boldpengiun\n    endpoint: https://x.example.com\n    auth: { clientId: a, clientSecret: b }\n    hooks:\n      - url: https://h.example.com\n        events: [quote_request]\n');
    const r = await runCli(['validate', '-c', file], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: HOOKSYNC_CONFIG_INVALID: ${file} has 1 problem; fix each at the place named\n  ${file}:4:15 targets.t.provider: "boldpengiun" is not a known provider (logto, auth0, boldpenguin, nursa, github, auth0-event-streams, stripe); did you mean "boldpenguin"?\n`);
  });

  it('suggests the closest Logto event for a misspelt one, at its line', async () => {
    const file = writeTemp(hook('      - name: a\n        events: [PostRegister, PostSignup]\n'));
    const r = await runCli(['validate', '-c', file], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:11:32 targets.logto-prod.hooks[0].events[1]: "PostSignup" is not a Logto event; did you mean "PostSignIn"?`);
  });

  it('reports an unknown field with a suggestion and an unknown provider', async () => {
    const file = writeTemp(`version: 1
targets:
  t1:
    provider: logtoo
    endpoint: https://x.example.com
    auth: { clientId: a, clientSecret: b }
    hooks: []
  t2:
    provider: logto
    endpoint: https://x.example.com
    auth: { clientId: a, clientSecret: b }
    hooks:
      - name: x
        enabeld: true
`);
    const r = await runCli(['validate', '-c', file], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:4:15 targets.t1.provider: "logtoo" is not a known provider (logto, auth0, boldpenguin, nursa, github, auth0-event-streams, stripe); did you mean "logto"?`);
    expect(r.stderr).toContain(`${file}:14:9 targets.t2.hooks[0].enabeld: unknown field "enabeld"; did you mean "enabled"?`);
    expect(r.stderr).toContain('has 2 problems');
  });

  it('rejects duplicate hook names in a target, naming both lines', async () => {
    const file = writeTemp(hook('      - name: same\n        enabled: true\n      - name: same\n        enabled: false\n'));
    const r = await runCli(['validate', '-c', file], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:12:15 targets.logto-prod.hooks[1].name: duplicate hook name "same" in target logto-prod (first at line 10); the name is how hooks are matched`);
  });

  it('allows duplicate names when each is pinned by id, but not the same id twice', async () => {
    const ok = writeTemp(hook('      - { id: aaa, name: same }\n      - { id: bbb, name: same }\n'));
    expect((await runCli(['validate', '-c', ok], env)).code).toBe(0);
    const bad = writeTemp(hook('      - { id: aaa, name: one }\n      - { id: aaa, name: two }\n'));
    const r = await runCli(['validate', '-c', bad], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('id "aaa" is already pinned');
  });

  it('requires https except on loopback', async () => {
    const file = writeTemp(hook('      - name: a\n'));
    const plain = await runCli(['validate', '-c', file], { ...env, LOGTO_ENDPOINT: 'http://tenant.example.com' });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('targets.logto-prod.endpoint: must start with https://');
    expect((await runCli(['validate', '-c', file], { ...env, LOGTO_ENDPOINT: 'http://127.0.0.1:3001' })).code).toBe(0);
  });

  it('holds auth.tokenUrl to the same https rule, since the client secret goes there', async () => {
    const file = writeTemp(LOGTO_TARGET('      - name: a\n').replace('      clientSecret: ${LOGTO_CLIENT_SECRET}\n', '      clientSecret: ${LOGTO_CLIENT_SECRET}\n      tokenUrl: ${TOKEN_URL}\n'));
    const plain = await runCli(['validate', '-c', file], { ...env, TOKEN_URL: 'http://auth.example.com/oidc/token' });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain(`${file}:9:17 targets.logto-prod.auth.tokenUrl: must start with https://`);
    expect((await runCli(['validate', '-c', file], { ...env, TOKEN_URL: 'https://auth.example.com/oidc/token' })).code).toBe(0);
  });

  it('checks types after interpolation, coercing where the schema says so', async () => {
    const file = writeTemp(hook('      - name: a\n        enabled: ${ON:-true}\n        config:\n          url: x\n          retries: ${RETRIES}\n'));
    expect((await runCli(['validate', '-c', file], { ...env, RETRIES: '2' })).code).toBe(0);
    const r = await runCli(['validate', '-c', file], { ...env, RETRIES: '7' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('targets.logto-prod.hooks[0].config.retries: must be <= 3');
  });

  it('fails with one clear line when the file does not exist', async () => {
    const r = await runCli(['validate', '-c', '/nonexistent/hooks.yaml'], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: HOOKSYNC_CONFIG_NOT_FOUND: cannot read /nonexistent/hooks.yaml (no such file); pass the config file with -c FILE or create hooks.yaml (an example to start from: hooks.example.yaml)\n');
  });

  it('rejects a malformed variable reference', async () => {
    const file = writeTemp(hook('      - name: ${1BAD}\n'));
    const r = await runCli(['validate', '-c', file], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('targets.logto-prod.hooks[0].name: malformed variable reference ${1BAD}');
  });
});
