/** The Auth0 hook payload checks, worded as the Management API words them. */
import { isPlainObject } from '../../core/model.js';

export const AUTH0_TRIGGERS = ['credentials-exchange', 'pre-user-registration', 'post-user-registration', 'post-change-password', 'send-phone-message'];
const NAME = /^[a-zA-Z0-9]([ \-a-zA-Z0-9]*[a-zA-Z0-9])?$/;
const CREATE_KEYS = ['name', 'script', 'triggerId', 'enabled', 'dependencies'];
const PATCH_KEYS = ['name', 'script', 'enabled', 'dependencies'];

/** The first failed rule as Auth0's "Payload validation error" message, or undefined. */
export function hookPayloadError(body: unknown, create: boolean): string | undefined {
  if (!isPlainObject(body)) return "Payload validation error: 'Expected type object but found type " + typeof body + "'.";
  const allowed = create ? CREATE_KEYS : PATCH_KEYS;
  const extra = Object.keys(body).filter((k) => !allowed.includes(k));
  if (extra.length > 0) return `Payload validation error: 'Additional properties not allowed: ${extra.join(',')}'.`;
  if (!create && Object.keys(body).length === 0) return "Payload validation error: 'Too few properties defined (0), minimum 1'.";
  const required = create ? ['name', 'script', 'triggerId'] : [];
  for (const r of required) if (!(r in body)) return `Payload validation error: 'Missing required property: ${r}'.`;
  if ('name' in body && (typeof body.name !== 'string' || !NAME.test(body.name))) return `Payload validation error: 'String does not match pattern ^[a-zA-Z0-9]([ \\-a-zA-Z0-9]*[a-zA-Z0-9])?$: ${String(body.name)}' on property name (Name of this hook).`;
  if ('script' in body && (typeof body.script !== 'string' || body.script.length < 1)) return "Payload validation error: 'String is too short (0 chars), minimum 1' on property script (Code to be executed when this hook is triggered).";
  if ('triggerId' in body && !AUTH0_TRIGGERS.includes(body.triggerId as string)) return `Payload validation error: 'No enum match for: "${String(body.triggerId)}"' on property triggerId (Execution stage of this rule).`;
  if ('enabled' in body && typeof body.enabled !== 'boolean') return "Payload validation error: 'Expected type boolean but found type " + typeof body.enabled + "' on property enabled.";
  if ('dependencies' in body && (!isPlainObject(body.dependencies) || Object.values(body.dependencies).some((v) => typeof v !== 'string'))) return "Payload validation error: 'Expected type string' on property dependencies.";
  return undefined;
}
