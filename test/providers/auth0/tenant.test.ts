/** What an Auth0 token tells of its tenant: the audience first, else the client, never shown. */
import { describe, expect, it } from 'vitest';
import { auth0Tenant } from '../../../src/providers/auth0/management.js';
import type { Call } from '../../../src/providers/bearer.js';

const withClaims = (claims: Record<string, unknown> | undefined): Call => Object.assign(async () => ({}) as never, { claims: () => claims }) as unknown as Call;

describe('the tenant an Auth0 token speaks for', () => {
  it('is its audience, a string or the first of a list', () => {
    expect(auth0Tenant(withClaims({ aud: 'https://t.auth0.com/api/v2/', iss: 'https://login.example.com/' }))).toBe('audience https://t.auth0.com/api/v2/');
    expect(auth0Tenant(withClaims({ aud: ['https://t.auth0.com/userinfo', 'https://t.auth0.com/api/v2/'] }))).toBe('audience https://t.auth0.com/api/v2/ https://t.auth0.com/userinfo');
  });

  it('is the client without an audience, compared by id but shown without it', () => {
    const mark = auth0Tenant(withClaims({ sub: 'Xy12secretish@clients' }));
    expect(mark).toEqual({ key: 'client Xy12secretish', said: "one client issued both targets' tokens" });
    expect(auth0Tenant(withClaims({ azp: 'Xy12secretish' }))).toEqual(mark);
  });

  it('is unknown for an opaque token', () => {
    expect(auth0Tenant(withClaims(undefined))).toBeUndefined();
    expect(auth0Tenant(withClaims({ scope: 'read:hooks' }))).toBeUndefined();
  });
});
