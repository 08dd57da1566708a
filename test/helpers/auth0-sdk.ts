/**
 * node-auth0's ManagementClient pointed at an Auth0 emulator: a token from the emulator's own
 * token endpoint, and the SDK's fetch (which only speaks https to `domain`) sent to loopback.
 */
import { ManagementClient } from 'auth0';

const DOMAIN = 'tenant.example.auth0.com';

export async function managementClient(emu: { url: string; clientId: string; clientSecret: string }): Promise<ManagementClient> {
  const answer = await fetch(`${emu.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials', client_id: emu.clientId, client_secret: emu.clientSecret, audience: `${emu.url}/api/v2/` }) });
  const { access_token: token } = (await answer.json()) as { access_token: string };
  const toEmulator: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return fetch(url.replace(`https://${DOMAIN}`, emu.url), init);
  };
  return new ManagementClient({ domain: DOMAIN, token, fetch: toEmulator, telemetry: false, maxRetries: 0 });
}
