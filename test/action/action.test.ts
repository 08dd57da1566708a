/**
 * The bundled action as a process, with the environment a runner gives it, against a fake
 * GitHub REST server and the vendor emulators.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction, workspace, type ActionRun, type ActionSetup } from '../helpers/action.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { GithubEmulator } from '../../src/providers/github/emulator.js';
import { StripeEmulator } from '../../src/providers/stripe/emulator.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox();
const fakes: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.stop()));
});

const CRM_TOKEN = 'crm-secret-token-7f3a9c1e';
const hooksFile = (url: string, extra = '') => `version: 1
targets:
  logto-prod:
    provider: logto
    endpoint: \${LOGTO_ENDPOINT}
    auth: { clientId: "\${LOGTO_CLIENT_ID}", clientSecret: "\${LOGTO_CLIENT_SECRET}" }
    hooks:
      - name: crm-sync
        events: [PostRegister]
        config:
          url: ${url}
          headers: { Authorization: "Bearer \${CRM_TOKEN}" }
${extra}`;

const PR = { name: 'pull_request', payload: { pull_request: { number: 7, head: { sha: 'abc1234def', repo: { full_name: 'acme/webhooks' } } } } };
const SCHEDULE = { name: 'schedule', payload: {} };

async function setup(yaml: string): Promise<{ s: Awaited<ReturnType<typeof sandbox>>; gh: FakeGitHub; ws: ActionSetup }> {
  const s = await sandbox();
  const gh = await new FakeGitHub().start();
  fakes.push(gh);
  return { s, gh, ws: { workspace: workspace(yaml), github: { url: gh.url, token: gh.token }, env: { ...s.env, CRM_TOKEN } } };
}

/** Every secret of the run, and the places they must never be (the mask commands aside). */
function assertNoSecrets(runs: readonly ActionRun[], gh: FakeGitHub, secrets: readonly string[]): void {
  const planFile = (r: ActionRun) => (r.outputs['plan-json'] ? readFileSync(r.outputs['plan-json'], 'utf8') : '');
  const printed = runs.flatMap((r) => [r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'), r.stderr, r.summary, JSON.stringify(r.outputs), planFile(r)]);
  const posted = gh.log.map((c) => c.body);
  for (const secret of secrets) {
    expect(printed.filter((t) => t.includes(secret))).toEqual([]);
    expect(posted.filter((t) => t.includes(secret))).toEqual([]);
  }
}

describe('the GitHub Action', () => {
  it('plan on a pull request: one sticky comment, created, left alone, then updated', async () => {
    const { s, gh, ws } = await setup(hooksFile('https://crm.example.com/a'));
    const first = await runAction(ws, { command: 'plan' }, PR);
    expect(first.code).toBe(0);
    // Each secret is masked in the runner's log before anything is printed.
    const masked = first.stdout.split('\n').filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));
    expect(masked).toEqual(expect.arrayContaining([gh.token, s.env.LOGTO_CLIENT_SECRET!, CRM_TOKEN]));
    expect(first.stdout.indexOf('::add-mask::')).toBe(0);
    expect(first.outputs['has-changes']).toBe('true');
    expect(first.outputs['exit-code']).toBe('2');
    expect(first.outputs.summary).toBe('Plan: 1 to add, 0 to change, 0 to delete.');
    expect(JSON.parse(readFileSync(first.outputs['plan-json']!, 'utf8')).summary).toMatchObject({ add: 1 });
    expect(first.summary).toContain('### hooksync plan: 1 to add, 0 to change, 0 to delete.');
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toContain('<!-- hooksync-plan: hooks.yaml digest=');
    expect(gh.comments[0]!.body).toContain('| logto-prod | crm-sync | create | 4 |');
    expect(gh.comments[0]!.body).toContain('as of abc1234 · [run](https://github.example.com/acme/webhooks/actions/runs/4242)');

    const again = await runAction(ws, { command: 'plan' }, PR);
    expect(again.code).toBe(0);
    expect(gh.writes()).toHaveLength(1); // the unchanged plan wrote nothing

    writeFileSync(join(ws.workspace, 'hooks.yaml'), hooksFile('https://crm.example.com/b'));
    const changed = await runAction(ws, { command: 'plan' }, PR);
    expect(changed.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual(['POST /repos/acme/webhooks/issues/7/comments', `PATCH /repos/acme/webhooks/issues/comments/${gh.comments[0]!.id}`]);
    expect(gh.comments[0]!.body).toContain('https://crm.example.com/b');
    expect(s.logto.all()).toHaveLength(0); // a plan changes nothing
    assertNoSecrets([first, again, changed], gh, [CRM_TOKEN, s.env.LOGTO_CLIENT_SECRET!, gh.token]);
  });

  it('with comment: false, plans into the job summary and posts nothing', async () => {
    const { gh, ws } = await setup(hooksFile('https://crm.example.com/a'));
    const r = await runAction(ws, { command: 'plan', comment: 'false' }, PR);
    expect(r.code).toBe(0);
    expect(r.outputs['exit-code']).toBe('2');
    expect(r.summary).toContain('### hooksync plan: 1 to add, 0 to change, 0 to delete.');
    expect(gh.log).toHaveLength(0);
  });

  it('cuts a plan too large for a comment from the details, never the summary, and says where the rest is', async () => {
    const many = Array.from({ length: 400 }, (_, i) => `      - name: bulk-${i}\n        events: [PostRegister]\n        config: { url: "https://svc.example.com/${'x'.repeat(150)}/${i}" }\n`).join('');
    const { gh, ws } = await setup(hooksFile('https://crm.example.com/a', many));
    const r = await runAction(ws, { command: 'plan' }, PR);
    expect(r.code).toBe(0);
    const body = gh.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.match(/^\| logto-prod \| /gm)).toHaveLength(401); // every row of the summary
    const shown = body.match(/<details>/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    expect(body).toContain(`**${401 - shown} of 401 hooks' details are not shown**`);
    expect(body).toContain("[run's job summary](https://github.example.com/acme/webhooks/actions/runs/4242)");
    expect(r.summary.match(/<details>/g)).toHaveLength(401); // the job summary has them all
  });

  it('drift on a schedule: opens one issue, updates it when the drift changes, closes it when gone', async () => {
    const { s, gh, ws } = await setup(hooksFile('https://crm.example.com/a'));
    s.logto.seed({ name: 'crm-sync', events: ['PostRegister'], config: { url: 'https://drifted.example.com', headers: { Authorization: `Bearer ${CRM_TOKEN}` } } });
    const opened = await runAction(ws, { command: 'drift' }, SCHEDULE);
    expect(opened.code).toBe(0);
    expect(opened.outputs['exit-code']).toBe('2');
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]).toMatchObject({ state: 'open', labels: ['hooksync-drift'], title: 'hooksync: live webhooks drifted from hooks.yaml' });
    expect(gh.issues[0]!.body).toContain('config.url: "https://drifted.example.com" -> "https://crm.example.com/a"');

    const same = await runAction(ws, { command: 'drift' }, SCHEDULE);
    expect(same.code).toBe(0);
    expect(gh.writes()).toHaveLength(1);

    writeFileSync(join(ws.workspace, 'hooks.yaml'), hooksFile('https://crm.example.com/c'));
    const updated = await runAction(ws, { command: 'drift' }, SCHEDULE);
    expect(gh.issues).toHaveLength(1);
    expect(gh.writes()).toHaveLength(2);
    expect(gh.issues[0]!.body).toContain('-> "https://crm.example.com/c"');

    const repaired = await runAction(ws, { command: 'drift', reconcile: 'true' }, SCHEDULE);
    expect(repaired.code).toBe(0);
    expect(repaired.outputs.summary).toBe('Repaired 1 of 1 drifted hooks.');
    expect(s.logto.all()[0]!.config.url).toBe('https://crm.example.com/c');
    expect(gh.issues[0]!.state).toBe('closed');
    expect(gh.comments.at(-1)!.body).toContain('- logto-prod/crm-sync: updated');

    const quiet = await runAction(ws, { command: 'drift' }, SCHEDULE);
    expect(quiet.outputs['exit-code']).toBe('0');
    expect(gh.issues).toHaveLength(1);
    assertNoSecrets([opened, same, updated, repaired, quiet], gh, [CRM_TOKEN, s.env.LOGTO_CLIENT_SECRET!]);
  });

  it('drift opens for a managed hook that fails to deliver alone, with the failure and no payload in the issue', async () => {
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(503).end('receiver-body-never-shown'));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
      const { s, gh, ws } = await setup(hooksFile(url));
      const live = s.logto.seed({ name: 'crm-sync', events: ['PostRegister'], config: { url, headers: { Authorization: `Bearer ${CRM_TOKEN}` } }, enabled: true });
      const clean = await runAction(ws, { command: 'drift' }, SCHEDULE);
      expect(clean.outputs['exit-code']).toBe('0');
      expect(gh.issues).toHaveLength(0);
      await s.logto.trigger('PostRegister');
      await s.logto.trigger('PostRegister');
      const failing = await runAction(ws, { command: 'drift' }, SCHEDULE);
      expect(failing.code).toBe(0);
      expect(failing.outputs['exit-code']).toBe('2');
      expect(failing.outputs['has-changes']).toBe('false');
      expect(failing.outputs.summary).toBe('1 managed hook fails to deliver.');
      expect(gh.issues).toHaveLength(1);
      expect(gh.issues[0]!.body).toContain(`- logto-prod/crm-sync (id ${live.id}): 2 of 2 deliveries failed in 24 h`);
      expect(gh.issues[0]!.body).not.toContain('receiver-body-never-shown');
      assertNoSecrets([clean, failing], gh, [CRM_TOKEN, live.signingKey, s.env.LOGTO_CLIENT_SECRET!]);
    } finally {
      server.close();
    }
  });

  it('apply on push: fails the step with an annotation on the hook that failed, after making the others', async () => {
    const { s, gh, ws } = await setup(hooksFile('https://crm.example.com/a', '      - name: second\n        events: [PostRegister]\n        config: { url: https://second.example.com }\n'));
    s.logto.seed({ name: 'crm-sync', events: ['PostRegister'], config: { url: 'https://old.example.com' } });
    // The one create fails three times (each time the re-list shows it was not made).
    for (let i = 0; i < 5; i++) s.logto.server.faults.script.push({ fault: { kind: 'status', status: 500 }, method: 'POST', path: '/api/hooks' }); // every try of the create
    const r = await runAction(ws, { command: 'apply', 'on-plan-mismatch': 'apply' }, { name: 'push', payload: {} });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error title=hooksync apply,file=hooks\.yaml,line=\d+,col=\d+::logto-prod\/second was not created: /);
    expect(r.stdout).toContain('::error::1 of 2 changes failed; the others were made (see the annotations)');
    expect(s.logto.all().map((h) => [h.name, h.config.url])).toEqual([['crm-sync', 'https://crm.example.com/a']]);
    expect(r.outputs['exit-code']).toBe('1');
    expect(r.summary).toContain('#### Results');
    expect(gh.writes()).toHaveLength(0); // apply posts nothing (it only reads which pull request was merged)
    assertNoSecrets([r], gh, [CRM_TOKEN, s.env.LOGTO_CLIENT_SECRET!]);
  });

  it('apply on push applies what the merged pull request showed, and refuses a plan that moved since, sending nothing', async () => {
    const { s, gh, ws } = await setup(hooksFile('https://crm.example.com/a'));
    s.logto.seed({ name: 'crm-sync', events: ['PostRegister'], config: { url: 'https://old.example.com' } });
    expect((await runAction(ws, { command: 'plan' }, PR)).code).toBe(0); // the reviewed plan, as a comment on #7
    gh.pulls.set('c0ffee0000000000000000000000000000000000', [{ number: 7, merged_at: '2026-11-22T12:00:00Z', state: 'closed' }]);

    // Another pull request changed the file after this one was reviewed: the plan on main differs.
    const crm = s.logto.all().find((h) => h.name === 'crm-sync')!;
    const file = join(ws.workspace, 'hooks.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('https://crm.example.com/a', 'https://crm.example.com/b'));
    s.logto.server.clearRequests();
    const moved = await runAction(ws, { command: 'apply' }, { name: 'push', payload: {} });
    expect(moved.code).toBe(1);
    expect(moved.stdout).toContain('::error::not applied: the plan differs from the one pull request #7 showed (the live hooks or the file moved since); nothing was sent');
    expect(moved.summary).toContain('### The plan now');
    expect(moved.summary).toContain('### The plan pull request #7 showed');
    expect(s.logto.server.requests().filter((q) => q.method !== 'GET' && q.path.startsWith('/api/'))).toEqual([]);
    expect(s.logto.all().find((h) => h.id === crm.id)!.config.url).toBe('https://old.example.com');

    // With the file as reviewed, the same plan applies.
    writeFileSync(file, readFileSync(file, 'utf8').replace('https://crm.example.com/b', 'https://crm.example.com/a'));
    const same = await runAction(ws, { command: 'apply' }, { name: 'push', payload: {} });
    expect(same.code, same.stdout).toBe(0);
    expect(s.logto.all().find((h) => h.id === crm.id)!.config.url).toBe('https://crm.example.com/a');
    assertNoSecrets([moved, same], gh, [CRM_TOKEN, s.env.LOGTO_CLIENT_SECRET!]);
  });

  it("apply on push counts only the action's own plan comment: a marker in someone else's comment is named, and nothing is sent", async () => {
    const { s, gh, ws } = await setup(hooksFile('https://crm.example.com/a'));
    expect((await runAction(ws, { command: 'plan' }, PR)).code).toBe(0);
    const own = gh.comments[0]!;
    expect(own.user.login).toBe('github-actions[bot]');
    gh.pulls.set('c0ffee0000000000000000000000000000000000', [{ number: 7, merged_at: '2026-11-22T12:00:00Z', state: 'closed' }]);
    // The action's comment is gone; another user posts only its marker line (the digest is public).
    const marker = own.body.split('\n')[0]!;
    gh.comments.splice(0);
    gh.commentAs('mallory', 7, marker);
    const r = await runAction(ws, { command: 'apply' }, { name: 'push', payload: {} });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::not applied: pull request #7 has no hooksync plan comment for hooks.yaml written by github-actions[bot]; a plan marker was found in a comment by mallory, which does not count');
    expect(s.logto.all()).toEqual([]);
  });

  it("plan never takes a person's comment that quotes the marker for its sticky comment", async () => {
    const { gh, ws } = await setup(hooksFile('https://crm.example.com/a'));
    expect((await runAction(ws, { command: 'plan' }, PR)).code).toBe(0);
    const quoted = gh.commentAs('reviewer', 7, `> ${gh.comments[0]!.body.split('\n')[0]}\nLooks good, but why this URL?`);
    gh.comments.splice(0, 1); // the action's own comment deleted; the reviewer's quote stays
    writeFileSync(join(ws.workspace, 'hooks.yaml'), hooksFile('https://crm.example.com/b'));
    const r = await runAction(ws, { command: 'plan' }, PR);
    expect(r.code, r.stdout).toBe(0);
    expect(gh.comments.find((c) => c.id === quoted.id)!.body).toContain('Looks good, but why this URL?');
    expect(gh.comments.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
    expect(gh.writes().filter((w) => w.method === 'PATCH')).toEqual([]);
  });

  it("finds its own comments by a person's token too (GET /user), and by comment-author for an App", async () => {
    const s = await sandbox();
    const gh = await new FakeGitHub('ghp_person_token_0123456789', 'octocat').start();
    fakes.push(gh);
    const ws = { workspace: workspace(hooksFile('https://crm.example.com/a')), github: { url: gh.url, token: gh.token }, env: { ...s.env, CRM_TOKEN } };
    expect((await runAction(ws, { command: 'plan' }, PR)).code).toBe(0);
    writeFileSync(join(ws.workspace, 'hooks.yaml'), hooksFile('https://crm.example.com/b'));
    expect((await runAction(ws, { command: 'plan' }, PR)).code).toBe(0);
    expect(gh.comments.map((c) => c.user.login)).toEqual(['octocat']);
    expect(gh.comments[0]!.body).toContain('https://crm.example.com/b');
  });

  it('a target\'s repository is a place, not a secret: never masked, so run links keep it', async () => {
    const yaml = `version: 1
targets:
  repo:
    provider: github
    endpoint: \${GH_API}
    repository: \${GITHUB_REPOSITORY}
    auth: { token: "\${GITHUB_TOKEN}" }
    writeGap: 0s
    hooks:
      - config: { url: https://ci.example.com/hook }
        events: [push]
`;
    const gh = await new FakeGitHub().start();
    fakes.push(gh);
    const api = await new GithubEmulator({ token: gh.token }).start();
    try {
      const r = await runAction({ workspace: workspace(yaml), github: { url: gh.url, token: gh.token }, env: { GH_API: api.url } }, { command: 'plan' }, PR);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const masks = r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
      expect(masks).toContain(`::add-mask::${gh.token}`);
      expect(masks.filter((l) => l.includes('acme'))).toEqual([]);
      expect(gh.comments[0]!.body).toContain('[run](https://github.example.com/acme/webhooks/actions/runs/4242)');
      expect(gh.comments[0]!.body).not.toContain('(sensitive value)');
    } finally {
      await api.stop();
    }
  });

  it('a direct push (no pull request) is not applied unless on-plan-mismatch: apply', async () => {
    const { s, ws } = await setup(hooksFile('https://crm.example.com/a'));
    const refused = await runAction(ws, { command: 'apply' }, { name: 'push', payload: {} });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('::error::not applied: no pull request was merged into c0ffee0 (a direct push), so nobody reviewed this plan; nothing was sent');
    expect(s.logto.all()).toEqual([]);
    const allowed = await runAction(ws, { command: 'apply', 'on-plan-mismatch': 'apply' }, { name: 'push', payload: {} });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('::warning::applying although no pull request was merged into c0ffee0');
    expect(s.logto.all().map((h) => h.name)).toEqual(['crm-sync']);
  });

  it("shard: plans this job's share of a matrix, and a shard that is not K of N is one error before anything is read", async () => {
    const { s, ws } = await setup(hooksFile('https://crm.example.com/a'));
    const shares = [];
    for (const shard of ['1/2', '2/2']) {
      const r = await runAction(ws, { command: 'plan', shard, comment: 'false' }, PR);
      expect(r.code === 0 || r.code === 2, r.stdout).toBe(true);
      shares.push(JSON.parse(readFileSync(r.outputs['plan-json']!, 'utf8')).summary.add as number);
    }
    // The file's one target falls in exactly one of the two shards.
    expect(shares.sort()).toEqual([0, 1]);
    s.logto.server.clearRequests();
    const bad = await runAction(ws, { command: 'plan', shard: '3/2' }, PR);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('::error::HOOKSYNC_USAGE: input shard is "3/2": K must be from 1 to N (2)');
    expect(s.logto.server.requests()).toEqual([]);
  });

  it("apply hands a Stripe endpoint's signing secret to the receiver's GitHub secret, masked in the log, and in no output, summary or plan file", async () => {
    const stripe = await new StripeEmulator().start();
    const receiverRepo = await new GithubEmulator({ repositories: ['acme/payments'] }).start();
    const gh = await new FakeGitHub().start();
    fakes.push(gh);
    try {
      const yaml = `version: 1\ntargets:\n  pay:\n    provider: stripe\n    endpoint: \${S_URL}\n    mode: test\n    auth: { token: "\${S_KEY}" }\n    hooks:\n      - url: https://payments.example.com/stripe\n        enabled_events: [invoice.paid]\n        secretTo: { github: { repository: acme/payments, secret: STRIPE_WEBHOOK_SECRET, token: "\${RECEIVER_TOKEN}", endpoint: "\${R_URL}" } }\n`;
      const ws: ActionSetup = { workspace: workspace(yaml), github: { url: gh.url, token: gh.token }, env: { S_URL: stripe.url, S_KEY: stripe.testKey, R_URL: receiverRepo.url, RECEIVER_TOKEN: receiverRepo.token } };
      const run = await runAction(ws, { command: 'apply', 'on-plan-mismatch': 'apply' }, { name: 'push', payload: {} });
      expect(run.code, run.stdout).toBe(0);
      const whsec = stripe.all()[0]!.secret;
      expect(await receiverRepo.secrets.open('acme/payments', 'STRIPE_WEBHOOK_SECRET')).toBe(whsec);
      expect(run.stdout.split('\n')).toContain(`::add-mask::${whsec}`);
      assertNoSecrets([run], gh, [whsec, stripe.testKey, receiverRepo.token]);
    } finally {
      await Promise.all([stripe.stop(), receiverRepo.stop()]);
    }
  });

  it('validate: each finding is an annotation on its line of the file', async () => {
    const { ws } = await setup(hooksFile('https://crm.example.com/a').replace('events: [PostRegister]', 'events: [PostRegistr]'));
    const r = await runAction(ws, { command: 'validate' }, PR);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=hooksync,file=hooks.yaml,line=9,col=18::targets.logto-prod.hooks[0].events[0]: "PostRegistr" is not a Logto event; did you mean "PostRegister"?');
  });

  it("a fork's pull request only validates, and says why", async () => {
    const { gh, ws } = await setup(hooksFile('https://crm.example.com/a'));
    const fork = { name: 'pull_request', payload: { pull_request: { number: 8, head: { sha: 'f00', repo: { full_name: 'someone/webhooks' } } } } };
    const r = await runAction({ ...ws, env: {} }, { command: 'plan' }, fork);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('::notice::This pull request comes from a fork, which gets no secrets: validating hooks.yaml instead of running plan.');
    expect(r.stdout).toContain('hooks.yaml is valid: 1 target, 1 hook.');
    expect(r.outputs['exit-code']).toBe('0');
    // Every variable is unset in a fork: no `${NAME}` is taken for a secret and masked.
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))).toEqual([`::add-mask::${gh.token}`]);
    expect(r.stdout + r.stderr).toContain('LOGTO_CLIENT_SECRET is not set');
    expect(gh.log).toHaveLength(0);
  });

  it("a github target uses the workflow's own token, and when it lacks the permission the error names it", async () => {
    const gh = await new FakeGitHub().start();
    fakes.push(gh);
    const yaml = `version: 1
targets:
  repo:
    provider: github
    endpoint: \${GH_API}
    repository: acme/webhooks
    auth: { token: "\${GITHUB_TOKEN}" }
    writeGap: 0s
    hooks:
      - config: { url: https://ci.example.com/hook }
        events: [push]
`;
    for (const access of ['write', 'read'] as const) {
      // The vendor side: GitHub's hooks API, accepting the same token the workflow gives the action.
      const api = await new GithubEmulator({ token: gh.token, access }).start();
      try {
        const r = await runAction({ workspace: workspace(yaml), github: { url: gh.url, token: gh.token }, env: { GH_API: api.url } }, { command: 'plan', comment: 'false' }, SCHEDULE);
        if (access === 'write') {
          expect(r.code, r.stdout + r.stderr).toBe(0);
          expect(r.outputs['summary']).toBe('Plan: 1 to add, 0 to change, 0 to delete.');
        }
        const repaired = await runAction({ workspace: workspace(yaml), github: { url: gh.url, token: gh.token }, env: { GH_API: api.url } }, { command: 'drift', reconcile: 'true' }, SCHEDULE);
        if (access === 'write') {
          expect(repaired.code, repaired.stdout + repaired.stderr).toBe(0);
          expect(api.all().map((h) => h.config.url)).toEqual(['https://ci.example.com/hook']);
        } else {
          expect(repaired.code).toBe(1);
          expect(repaired.stdout).toContain('"Webhooks: write" repository permission');
          expect(repaired.stdout).toContain('admin:repo_hook');
          expect(api.all()).toEqual([]);
        }
        const printed = [r.stdout, repaired.stdout].map((o) => o.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'));
        expect(printed.join('\n')).not.toContain(gh.token);
      } finally {
        await api.stop();
      }
    }
  });
});
