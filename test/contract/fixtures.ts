/**
 * What the contract suite needs to know of each provider: how to write a hook in the file, how
 * to seed the same hook (or a drifted one) in its emulator, and what the vendor says to a body it
 * rejects. Everything else is the same promise for every provider.
 */
import type { Fields } from '../../src/core/model.js';
import type { Sandbox } from '../../src/providers/sandbox.js';
import type { EmulatorServer } from '../../src/sandbox/server.js';

export interface Emulated {
  readonly server: EmulatorServer;
  issuedTokens(): string[];
  revokeTokens(): void;
  /** Live hooks in the emulator's store, as the vendor's answers show them. */
  all(): unknown[];
}

export interface ProviderFixture {
  readonly provider: string;
  readonly envPrefix: string;
  /** The target's lines besides provider, endpoint and hooks (auth, and GitHub's repository). */
  readonly targetLines: string;
  /** The variable that holds the target's secret credential. */
  readonly credentialVar: string;
  /** Whether a 401 gets a fresh token (OAuth2 client credentials); a static token cannot. */
  readonly refreshesTokens: boolean;
  /** The API path under which hooks live, to count requests. */
  readonly hooksPath: string;
  /** Pages of the list call for `pageSize + 1` hooks, or undefined: no pagination. */
  readonly pageSize?: number;
  emulator(s: Sandbox): Emulated;
  /** YAML lines (indented for `hooks:`) of hook i; its secret field uses ${HOOK_SECRET}. */
  hookYaml(i: number): string;
  /** Puts hook i in the emulator, equal to hookYaml(i) or with one field drifted. */
  seed(s: Sandbox, i: number, secret: string, drifted?: boolean): { id: string; secrets: string[] };
  /** The exact PATCH body that repairs the drift seed() makes (Stripe: the POST's form, as sent). */
  readonly driftRepair: Fields | string;
  /** The method of that repair: PATCH, or POST where the vendor updates with it (Stripe). */
  readonly repairMethod?: 'PATCH' | 'POST';
  /** The variable of a static token, when not `${envPrefix}_TOKEN`; and target options besides (Stripe's mode). */
  readonly tokenVar?: string;
  readonly options?: Readonly<Record<string, unknown>>;
  /**
   * Whether the file can hold a secret the vendor keeps (a Nursa secret, a GitHub hook secret).
   * Stripe's file cannot: its secret is made by Stripe, never read back (test/secrets/).
   */
  readonly fileSecrets?: false;
  /** A body the vendor rejects and what its error says. */
  readonly invalidCreate: { body: Fields; message: RegExp };
}

export const fixtures: ProviderFixture[] = [
  {
    provider: 'logto',
    envPrefix: 'LOGTO',
    targetLines: `    auth:\n      clientId: \${LOGTO_CLIENT_ID}\n      clientSecret: \${LOGTO_CLIENT_SECRET}\n`,
    credentialVar: 'LOGTO_CLIENT_SECRET',
    refreshesTokens: true,
    hooksPath: '/api/hooks',
    pageSize: 100,
    emulator: (s) => s.logto,
    hookYaml: (i) => `      - name: hook-${i}
        events: [PostRegister, User.Created]
        config:
          url: https://h${i}.example.com/logto
          headers: { X-Secret: "\${HOOK_SECRET}" }
        enabled: true
`,
    seed: (s, i, secret, drifted) => {
      const h = s.logto.seed({ name: `hook-${i}`, events: ['User.Created', 'PostRegister'], config: { url: `https://h${i}.example.com/logto`, headers: { 'X-Secret': secret } }, enabled: !drifted, createdAt: i });
      return { id: h.id, secrets: [h.signingKey] };
    },
    driftRepair: { enabled: true },
    invalidCreate: { body: { name: 'x', config: { url: 'u' } }, message: /^Logto answered 400 to the create: hook\.missing_events: You need to provide at least one event\.$/ },
  },
  {
    provider: 'auth0',
    envPrefix: 'AUTH0',
    targetLines: `    auth:\n      clientId: \${AUTH0_CLIENT_ID}\n      clientSecret: \${AUTH0_CLIENT_SECRET}\n`,
    credentialVar: 'AUTH0_CLIENT_SECRET',
    refreshesTokens: true,
    hooksPath: '/api/v2/hooks',
    pageSize: 100,
    emulator: (s) => s.auth0,
    hookYaml: (i) => `      - name: hook-${i}
        triggerId: credentials-exchange
        script: "module.exports = (c, cb) => cb(null, ${i});"
        dependencies: { axios: 1.7.0 }
        secrets: { API_KEY: "\${HOOK_SECRET}" }
`,
    seed: (s, i, secret, drifted) => {
      const h = s.auth0.seed({ name: `hook-${i}`, triggerId: 'credentials-exchange', script: `module.exports = (c, cb) => cb(null, ${drifted ? -1 : i});`, dependencies: { axios: '1.7.0' } }, { API_KEY: secret });
      return { id: h.id, secrets: [] };
    },
    driftRepair: { script: 'module.exports = (c, cb) => cb(null, 1);' },
    invalidCreate: { body: { name: '-bad name-', script: 'x', triggerId: 'credentials-exchange' }, message: /^Auth0 answered 400 to the create: invalid_body: Payload validation error: 'String does not match pattern .*' on property name \(Name of this hook\)\.$/ },
  },
  {
    provider: 'boldpenguin',
    envPrefix: 'BOLDPENGUIN',
    targetLines: `    auth:\n      clientId: \${BOLDPENGUIN_CLIENT_ID}\n      clientSecret: \${BOLDPENGUIN_CLIENT_SECRET}\n`,
    credentialVar: 'BOLDPENGUIN_CLIENT_SECRET',
    refreshesTokens: true,
    hooksPath: '/hooks',
    emulator: (s) => s.boldpenguin,
    hookYaml: (i) => `      - url: https://h${i}.example.com/bp
        events: [quote_request, "carrier:updated"]
        active: true
        secret: "\${HOOK_SECRET}"
`,
    seed: (s, i, secret, drifted) => {
      const h = s.boldpenguin.seed({ url: `https://h${i}.example.com/bp`, events: ['carrier:updated', 'quote_request'], active: !drifted, secret });
      return { id: h.id, secrets: [] };
    },
    driftRepair: { active: true },
    invalidCreate: { body: { url: '  ', header: 'no colon here' }, message: /^Bold Penguin answered 422 to the create: url can't be blank; header colon separated key value pair$/ },
  },
  {
    provider: 'nursa',
    envPrefix: 'NURSA',
    targetLines: `    auth:\n      clientId: \${NURSA_CLIENT_ID}\n      clientSecret: \${NURSA_CLIENT_SECRET}\n`,
    credentialVar: 'NURSA_CLIENT_SECRET',
    refreshesTokens: true,
    hooksPath: '/api/v2/public/webhooks/user',
    emulator: (s) => s.nursa,
    hookYaml: (i) => `      - url: https://h${i}.example.com/nursa
        events: [facility.creation.accepted, facility.creation.rejected]
        secrets: ["\${HOOK_SECRET}"]
`,
    seed: (s, i, secret, drifted) => {
      const h = s.nursa.seed({ url: `https://h${i}.example.com/nursa`, events: drifted ? ['all'] : ['facility.creation.rejected', 'facility.creation.accepted'], secrets: [secret] });
      return { id: h.id, secrets: h.secrets };
    },
    driftRepair: { events: ['facility.creation.accepted', 'facility.creation.rejected'] },
    invalidCreate: { body: { url: 'http://plain.example.com', events: [] }, message: /^Nursa answered 400 to the create: should be a secure URL with HTTPS; events must contain at least 1 elements$/ },
  },
  {
    provider: 'github',
    envPrefix: 'GITHUB',
    targetLines: `    repository: \${GITHUB_REPOSITORY}\n    auth: { token: "\${GITHUB_TOKEN}" }\n    writeGap: 0s\n`,
    credentialVar: 'GITHUB_TOKEN',
    refreshesTokens: false,
    hooksPath: '/repos/acme/webhooks/hooks',
    pageSize: 100,
    emulator: (s) => s.github,
    hookYaml: (i) => `      - config: { url: https://h${i}.example.com/gh, content_type: json, secret: "\${HOOK_SECRET}" }
        events: [push, pull_request]
        active: true
`,
    seed: (s, i, secret, drifted) => {
      const h = s.github.seed('repos/acme/webhooks', { config: { url: `https://h${i}.example.com/gh`, content_type: 'json', secret }, events: ['pull_request', 'push'], active: !drifted });
      return { id: String(h.id), secrets: [] };
    },
    driftRepair: { active: true },
    invalidCreate: { body: { config: { url: 'not a url' } }, message: /^GitHub answered 422 to the create: Validation Failed \(Config URL is not a valid URL\. Special characters in the URL must be encoded\.\)$/ },
  },
  {
    provider: 'auth0-event-streams',
    envPrefix: 'AUTH0_EVENTS',
    targetLines: `    auth:\n      clientId: \${AUTH0_EVENTS_CLIENT_ID}\n      clientSecret: \${AUTH0_EVENTS_CLIENT_SECRET}\n`,
    credentialVar: 'AUTH0_EVENTS_CLIENT_SECRET',
    refreshesTokens: true,
    hooksPath: '/api/v2/event-streams',
    pageSize: 100,
    emulator: (s) => s['auth0-event-streams'],
    hookYaml: (i) => `      - name: stream-${i}
        status: enabled
        subscriptions: [{ event_type: user.created }, { event_type: user.deleted }]
        destination:
          type: webhook
          configuration:
            webhook_endpoint: https://h${i}.example.com/events
            webhook_authorization: { method: bearer, token: "\${HOOK_SECRET}" }
`,
    seed: (s, i, secret, drifted) => {
      const h = s['auth0-event-streams'].seed({ name: `stream-${i}`, subscriptions: ['user.deleted', 'user.created'], status: drifted ? 'disabled' : 'enabled', destination: { type: 'webhook', configuration: { webhook_endpoint: `https://h${i}.example.com/events`, webhook_authorization: { method: 'bearer', token: secret } } } });
      return { id: h.id, secrets: [] };
    },
    driftRepair: { status: 'enabled' },
    invalidCreate: { body: { name: 'x', destination: { type: 'webhook', configuration: { webhook_endpoint: 'http://plain.example.com' } } }, message: /^Auth0 answered 400 to the create: invalid_body: Payload validation error: 'destination\.configuration\.webhook_endpoint' must be an https:\/\/ URL$/ },
  },
  {
    provider: 'stripe',
    envPrefix: 'STRIPE',
    targetLines: `    mode: test\n    auth: { token: "\${STRIPE_SECRET_KEY}" }\n`,
    credentialVar: 'STRIPE_SECRET_KEY',
    tokenVar: 'STRIPE_SECRET_KEY',
    options: { mode: 'test' },
    refreshesTokens: false,
    hooksPath: '/v1/webhook_endpoints',
    pageSize: 100,
    fileSecrets: false,
    emulator: (s) => s.stripe,
    hookYaml: (i) => `      - url: https://h${i}.example.com/stripe
        enabled_events: [charge.succeeded, invoice.paid]
        metadata: { n: "${i}" }
`,
    seed: (s, i, _secret, drifted) => {
      const h = s.stripe.seed({ url: `https://h${i}.example.com/stripe`, enabled_events: drifted ? ['*'] : ['invoice.paid', 'charge.succeeded'], metadata: { n: String(i) } });
      return { id: h.id, secrets: [h.secret] };
    },
    driftRepair: 'enabled_events%5B0%5D=charge.succeeded&enabled_events%5B1%5D=invoice.paid',
    repairMethod: 'POST',
    invalidCreate: { body: { url: 'not a url', enabled_events: ['*'] }, message: /^Stripe answered 400 to the create: url_invalid: url: Not a valid URL$/ },
  },
];
