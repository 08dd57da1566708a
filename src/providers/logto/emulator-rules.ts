/**
 * The Logto server's request guards for hooks, as providers.md records them: name 1..256, events
 * non-empty from the server's list (duplicates dropped), config {url, headers?, retries: any number 0..3} with
 * no check of the url at all, unknown keys silently stripped.
 */
import { isPlainObject } from '../../core/model.js';

export const LOGTO_EVENTS: readonly string[] = [
  'PostRegister', 'PostSignIn', 'PostSignInAdaptiveMfaTriggered', 'PostResetPassword',
  'User.Created', 'User.Deleted', 'User.Data.Updated', 'User.SuspensionStatus.Updated',
  'TrustedDevice.Created', 'TrustedDevice.Deleted',
  'Role.Created', 'Role.Deleted', 'Role.Data.Updated', 'Role.Scopes.Updated',
  'Scope.Created', 'Scope.Deleted', 'Scope.Data.Updated',
  'Organization.Created', 'Organization.Deleted', 'Organization.Data.Updated', 'Organization.Membership.Updated',
  'OrganizationRole.Created', 'OrganizationRole.Deleted', 'OrganizationRole.Data.Updated', 'OrganizationRole.Scopes.Updated',
  'OrganizationScope.Created', 'OrganizationScope.Deleted', 'OrganizationScope.Data.Updated',
  'Identifier.Lockout', 'Message.RateLimited', 'Grant.LimitExceeded',
];

/** Events a Logto server takes only with dev features on (DEV_FEATURES_ENABLED); a production server refuses them. */
export const DEV_FEATURE_EVENTS: readonly string[] = ['TrustedDevice.Created', 'TrustedDevice.Deleted'];

export interface HookInput {
  name?: string;
  event?: string | null;
  events?: string[];
  config?: Record<string, unknown>;
  enabled?: boolean;
}

/** A guard failure: the path and what was wrong, as Logto puts it in `details`. */
export type Guarded = { ok: true; value: HookInput } | { ok: false; details: string };

/** `devFeatures`: the server runs with DEV_FEATURES_ENABLED and takes every event of the list. */
export function guardHook(body: unknown, devFeatures = false): Guarded {
  const known = (e: unknown): e is string => typeof e === 'string' && LOGTO_EVENTS.includes(e) && (devFeatures || !DEV_FEATURE_EVENTS.includes(e));
  if (!isPlainObject(body)) return { ok: false, details: 'Expected object, received ' + kind(body) };
  const out: HookInput = {};
  if ('name' in body) {
    if (typeof body.name !== 'string' || body.name.length < 1 || body.name.length > 256) return { ok: false, details: 'name: String must contain at least 1 and at most 256 character(s)' };
    out.name = body.name;
  }
  if ('event' in body && body.event !== undefined) {
    if (body.event !== null && !known(body.event)) return { ok: false, details: `event: Invalid enum value. Received '${String(body.event)}'` };
    out.event = body.event;
  }
  if ('events' in body) {
    if (!Array.isArray(body.events) || body.events.length === 0) return { ok: false, details: 'events: Array must contain at least 1 element(s)' };
    const bad = body.events.find((e) => !known(e));
    if (bad !== undefined) {
      const i = body.events.indexOf(bad);
      const expected = LOGTO_EVENTS.filter((e) => devFeatures || !DEV_FEATURE_EVENTS.includes(e)).map((e) => `'${e}'`).join(' | ');
      return { ok: false, details: `Error in key path "events.${i}": (invalid_enum_value) Invalid enum value. Expected ${expected}, received '${String(bad)}'` };
    }
    out.events = [...new Set(body.events as string[])];
  }
  if ('config' in body) {
    const c = body.config;
    if (!isPlainObject(c) || typeof c.url !== 'string') return { ok: false, details: 'config.url: Required' };
    const config: Record<string, unknown> = { url: c.url };
    if (c.headers !== undefined) {
      if (!isPlainObject(c.headers) || Object.values(c.headers).some((v) => typeof v !== 'string')) return { ok: false, details: 'config.headers: Expected record of strings' };
      config.headers = c.headers;
    }
    if (c.retries !== undefined) {
      // Any number from 0 to 3, as the real server takes it (1.5 too).
      if (typeof c.retries !== 'number' || !Number.isFinite(c.retries) || c.retries < 0 || c.retries > 3) return { ok: false, details: 'config.retries: Number must be between 0 and 3' };
      config.retries = c.retries;
    }
    out.config = config;
  }
  if ('enabled' in body) {
    if (typeof body.enabled !== 'boolean') return { ok: false, details: 'enabled: Expected boolean, received ' + kind(body.enabled) };
    out.enabled = body.enabled;
  }
  return { ok: true, value: out };
}

const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
