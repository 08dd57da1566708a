/**
 * The event types a stream may subscribe to: the 22 of Auth0's Ruby SDK enum (the same in
 * go-auth0's). Older tenants may know only the first 13, without group.* (not confirmed).
 * No wildcard is documented.
 */
export const EVENT_STREAM_TYPES = [
  'user.created', 'user.updated', 'user.deleted',
  'organization.created', 'organization.updated', 'organization.deleted',
  'organization.member.added', 'organization.member.deleted',
  'organization.member.role.assigned', 'organization.member.role.deleted',
  'organization.connection.added', 'organization.connection.updated', 'organization.connection.removed',
  'organization.group.role.assigned', 'organization.group.role.deleted',
  'group.created', 'group.updated', 'group.deleted',
  'group.member.added', 'group.member.deleted',
  'group.role.assigned', 'group.role.deleted',
] as const;
