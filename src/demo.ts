/**
 * `npm run demo`: the main job on the built-in sandbox. Starts the emulators in-process, seeds
 * live hooks (one matching, one drifted, one unmanaged), then plans, applies and plans again
 * against hooks.example.yaml; the last plan says "No changes".
 */
import { randomBytes } from 'node:crypto';
import { colourWanted } from './cli/colour.js';
import { run } from './cli/program.js';
import { examplePath } from './core/install.js';
import { startSandbox } from './providers/sandbox.js';
import { startReceivers } from './sandbox/receivers.js';

const example = examplePath();
const sandbox = await startSandbox();
const crmToken = `crm-${randomBytes(12).toString('hex')}`;
// Two webhook receivers on this machine, so the demo can show delivery health: the audit
// receiver answers 200, the CRM one 503 (the same the sandbox command starts).
const receivers = await startReceivers();
const env = { ...process.env, ...sandbox.env, CRM_TOKEN: crmToken, ...receivers.env };

sandbox.logto.seed({ name: 'audit-log', events: ['User.Data.Updated', 'User.Deleted'], config: { url: env.AUDIT_HOOK_URL }, enabled: true });
sandbox.logto.seed({ name: 'crm-sync', events: ['PostRegister'], config: { url: env.CRM_HOOK_URL, headers: { Authorization: 'Bearer stale-token-0000' }, retries: 3 }, enabled: false });
sandbox.logto.seed({ name: 'legacy-export', events: ['PostSignIn'], config: { url: 'https://old.example.com/hook' } });
sandbox.auth0.seed({ name: 'signup-audit', triggerId: 'post-user-registration', enabled: false, script: 'module.exports = function (user, context, cb) { cb(); };\n', dependencies: { axios: '1.7.9' } });
sandbox.auth0.seed({ name: 'old-rule', triggerId: 'pre-user-registration', enabled: true });
sandbox.boldpenguin.seed({ url: 'https://quotes.example.com/bp', events: ['quote_request'], active: false, secret: 'demo-signing-secret' });
sandbox.boldpenguin.seed({ url: 'https://retired.example.com/bp', events: ['*'] });
sandbox.nursa.seed({ url: 'https://staffing.example.com/nursa', events: ['facility.user-connection.accepted'] });
sandbox['auth0-event-streams'].seed({ name: 'user-lifecycle', status: 'disabled', subscriptions: ['user.created', 'user.deleted'], destination: { type: 'webhook', configuration: { webhook_endpoint: 'https://events.example.com/auth0', webhook_authorization: { method: 'bearer', token: 'demo-events-token' } } } });
sandbox.github.seed(`repos/${sandbox.github.repository}`, { config: { url: 'https://ci.example.com/github', content_type: 'json', secret: 'demo-hook-secret' }, events: ['push'] });
// One repository of the organization has the deploy hook already, with too few events.
sandbox.github.seed(`repos/${sandbox.github.organization}/svc-orders`, { config: { url: 'https://deploy.example.com/github', content_type: 'json', secret: 'demo-deploy-secret' }, events: ['push'] });

const colour = { stdout: colourWanted(env, process.stdout.isTTY), stderr: colourWanted(env, process.stderr.isTTY) };
const io = { stdout: process.stdout, stderr: process.stderr, env, interactive: false, colour };
const step = async (title: string, argv: string[]): Promise<number> => {
  const [bold, plain] = colour.stdout ? ['\x1b[1m', '\x1b[0m'] : ['', ''];
  process.stdout.write(`\n${bold}$ hooksync ${argv.join(' ')}${plain}   # ${title}\n\n`);
  return run(argv, io);
};

let failed = false;
try {
  process.stdout.write(`Sandbox up: ${sandbox.servers.length} vendor emulators on 127.0.0.1, with live hooks seeded: some matching the file, some drifted, some the file does not list.\n`);
  failed ||= (await step('what would change', ['plan', '-c', example])) !== 0;
  failed ||= (await step('make it so', ['apply', '-c', example, '--yes'])) !== 0;
  failed ||= (await step('nothing left to do', ['plan', '-c', example, '--detailed-exitcode'])) !== 0;
  const writes = sandbox.servers.flatMap((s) => s.requests()).filter((r) => r.method !== 'GET' && !/\/token/.test(r.path));
  process.stdout.write(`\nThe emulators received ${writes.length} writes in all: ${writes.map((r) => `${r.method} ${r.path.split('?')[0]}`).join(', ')}.\n`);
  // Users sign up and are deleted: Logto delivers to both hooks; the CRM receiver fails.
  for (const event of ['PostRegister', 'PostRegister', 'User.Deleted']) await sandbox.logto.trigger(event);
  process.stdout.write('\nThree events later (two sign-ups and a deletion), Logto has delivered to both hooks:\n');
  // status exits 2 when a hook fails to deliver: here, that is what the demo shows.
  failed ||= (await step('does each webhook deliver?', ['status', '-c', example, '-t', 'logto-prod'])) !== 2;
} finally {
  await sandbox.stop();
  await receivers.stop();
}
process.exitCode = failed ? 1 : 0;
