/**
 * Generated secrets, handed to whoever verifies them: apply creates a Stripe endpoint, Logto hook
 * and Nursa webhook whose vendors make the secret, and writes each to the --secrets-file (mode
 * 0600) and to a GitHub Actions secret (sealed; the test opens it with the repository's private
 * key); the secret appears in no output. Without the file, or over an existing one without
 * --force, nothing is sent. A secret that cannot be handed over fails its hook, saying where it
 * can still be found, or, for Stripe, that it cannot.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StripeEmulator } from '../../src/providers/stripe/emulator.js';
import { GithubEmulator } from '../../src/providers/github/emulator.js';
import { LogtoEmulator } from '../../src/providers/logto/emulator.js';
import { NursaEmulator } from '../../src/providers/nursa/emulator.js';
import { leakedSecrets, runCli, writeTemp } from '../helpers/cli.js';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((s) => s()));
});

async function vendors() {
  const stripe = await new StripeEmulator().start();
  const github = await new GithubEmulator({ repositories: ['acme/payments'] }).start();
  const logto = await new LogtoEmulator().start();
  const nursa = await new NursaEmulator().start();
  stops.push(() => stripe.stop(), () => github.stop(), () => logto.stop(), () => nursa.stop());
  const env = { S_URL: stripe.url, S_KEY: stripe.testKey, GH_URL: github.url, GH_TOKEN: github.token, L_URL: logto.url, L_ID: logto.clientId, L_SECRET: logto.clientSecret, N_URL: nursa.url, N_ID: nursa.clientId, N_SECRET: nursa.clientSecret };
  return { stripe, github, logto, nursa, env };
}

const FILE = `version: 1
targets:
  pay:
    provider: stripe
    endpoint: \${S_URL}
    mode: test
    auth: { token: "\${S_KEY}" }
    hooks:
      - url: https://payments.example.com/stripe
        enabled_events: [invoice.paid]
        secretTo:
          env: PAYMENTS_STRIPE_WEBHOOK_SECRET
          github: { repository: acme/payments, secret: STRIPE_WEBHOOK_SECRET, token: "\${GH_TOKEN}", endpoint: "\${GH_URL}" }
  auth:
    provider: logto
    endpoint: \${L_URL}
    auth: { clientId: "\${L_ID}", clientSecret: "\${L_SECRET}" }
    hooks:
      - { name: crm, events: [PostRegister], config: { url: "https://crm.example.com/logto" }, secretTo: { env: CRM_LOGTO_SIGNING_KEY } }
  staff:
    provider: nursa
    endpoint: \${N_URL}
    auth: { clientId: "\${N_ID}", clientSecret: "\${N_SECRET}" }
    hooks:
      - { url: "https://staff.example.com/nursa", events: [all], secretTo: { env: STAFF_NURSA_SECRET } }
`;

const tempDir = () => mkdtempSync(join(tmpdir(), 'hooksync-secrets-'));

describe('generated secrets, handed over', () => {
  it("writes each vendor's generated secret to the --secrets-file (0600) and Stripe's to a GitHub secret, and to no output", async () => {
    const v = await vendors();
    const file = join(tempDir(), 'receivers.env');
    const saved = join(tempDir(), 'saved.plan.json');
    const plan = await runCli(['plan', '-c', writeTemp(FILE), '--out', saved], v.env);
    expect(plan.stdout).toContain('! Stripe generates its signing secret (whsec_…): apply hands it to PAYMENTS_STRIPE_WEBHOOK_SECRET in the --secrets-file and the GitHub Actions secret STRIPE_WEBHOOK_SECRET of acme/payments');
    const r = await runCli(['apply', '-c', writeTemp(FILE), '-y', '--secrets-file', file], v.env);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const whsec = v.stripe.all()[0]!.secret;
    const signingKey = v.logto.all()[0]!.signingKey;
    const nursaSecret = v.nursa.all()[0]!.secrets[0]!;
    expect(readFileSync(file, 'utf8').split('\n').sort()).toEqual(['', `CRM_LOGTO_SIGNING_KEY=${signingKey}`, `PAYMENTS_STRIPE_WEBHOOK_SECRET=${whsec}`, `STAFF_NURSA_SECRET=${nursaSecret}`]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await v.github.secrets.open('acme/payments', 'STRIPE_WEBHOOK_SECRET')).toBe(whsec);
    // Nor in the saved plan: the token secretTo.github uses is hashed there like every credential.
    expect(leakedSecrets([plan.stdout, plan.stderr, r.stdout, r.stderr, readFileSync(saved, 'utf8')], [whsec, signingKey, nursaSecret, v.env.S_KEY, v.env.GH_TOKEN])).toEqual([]);
  });

  it('sends nothing when a secret would have nowhere to go, or would overwrite a file without --force', async () => {
    const v = await vendors();
    const none = await runCli(['apply', '-c', writeTemp(FILE), '-y'], v.env);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('error: HOOKSYNC_USAGE: pay/https://payments.example.com/stripe (PAYMENTS_STRIPE_WEBHOOK_SECRET), auth/crm (CRM_LOGTO_SIGNING_KEY), staff/https://staff.example.com/nursa (STAFF_NURSA_SECRET) send their generated secret to the --secrets-file, and none was given; pass --secrets-file FILE; nothing was sent\n');
    const file = join(tempDir(), 'kept.env');
    writeFileSync(file, '# receivers\nOTHER=keep-me\n');
    const exists = await runCli(['apply', '-c', writeTemp(FILE), '-y', '--secrets-file', file], v.env);
    expect(exists.code).toBe(1);
    expect(exists.stderr).toContain(`--secrets-file ${file} exists; pass --force to add to it (its other lines are kept), or name a new file; nothing was sent`);
    expect([v.stripe.all(), v.logto.all(), v.nursa.all()]).toEqual([[], [], []]);
    const forced = await runCli(['apply', '-c', writeTemp(FILE), '-y', '--secrets-file', file, '--force'], v.env);
    expect(forced.code, forced.stderr).toBe(0);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.slice(0, 2)).toEqual(['# receivers', 'OTHER=keep-me']);
    expect(lines.filter((l) => /^[A-Z_]+=/.test(l))).toHaveLength(4);
  });

  it('fails the hook whose secret could not be handed over, saying it cannot be found again (Stripe), and does the rest', async () => {
    const v = await vendors();
    v.github.access = 'read'; // the token may not write Actions secrets
    const file = join(tempDir(), 'receivers.env');
    const r = await runCli(['apply', '-c', writeTemp(FILE), '-y', '--secrets-file', file], v.env);
    expect(r.code).toBe(1);
    const id = v.stripe.all()[0]!.id;
    expect(r.stdout).toContain(`created (id ${id}), but its signing secret (whsec_…) could not be written to the GitHub secret STRIPE_WEBHOOK_SECRET of acme/payments (GitHub answered 403 to the public key: the token may not write its Actions secrets); Stripe showed it only in the create answer, so it cannot be found again: roll the endpoint's secret in the Stripe dashboard, or delete endpoint ${id} and apply again`);
    // What could be written was: the file has it, and the other hooks are done.
    expect(readFileSync(file, 'utf8')).toContain(`PAYMENTS_STRIPE_WEBHOOK_SECRET=${v.stripe.all()[0]!.secret}`);
    expect(r.stdout).toContain('ok      auth/crm created');
    expect(leakedSecrets([r.stdout, r.stderr], [v.stripe.all()[0]!.secret, v.logto.all()[0]!.signingKey])).toEqual([]);
  });
});
