/**
 * The JSON Schema of `repositories:`, the selection of an organization's repositories, on a
 * GitHub target and (narrower) on one of its hook entries. schema.json holds the same for the
 * hook entry, as a test checks: JSON cannot import it.
 */
const names = { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[A-Za-z0-9_.*?-]+$' } };

export const SELECTOR_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  description: "Which of the organization's repositories this manages hooks on (every condition written must hold); archived repositories and forks are left out unless asked for",
  properties: {
    include: { ...names, description: 'name globs (* and ?); default: every repository' },
    exclude: { ...names, description: 'name globs to leave out' },
    topics: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' }, description: 'any of these topics' },
    properties: {
      type: 'object',
      minProperties: 1,
      description: 'organization custom properties: each must have this value, or one of these values',
      additionalProperties: { oneOf: [{ type: 'string' }, { type: 'array', minItems: 1, items: { type: 'string' } }] },
    },
    visibility: { type: 'array', minItems: 1, items: { enum: ['public', 'private', 'internal'] }, description: 'any of these visibilities' },
    archived: { type: 'boolean', description: 'false (default): archived repositories are left out; true: only archived ones' },
    forks: { type: 'boolean', description: 'false (default): forks are left out; true: forks too' },
  },
} as const;
