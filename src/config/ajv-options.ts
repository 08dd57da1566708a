/**
 * How ajv reads schemas/, shared by the build's precompiler (scripts/compile-schema.mjs) and the
 * fallback compile when running from the sources. coerceTypes: `enabled: ${HOOK_ENABLED:-true}`
 * interpolates to a string; the schema knows the field is a boolean, so it is converted in place
 * instead of rejecting a natural file. verbose: messages quote the schema's own allowed values.
 */
export const AJV_OPTIONS = { allErrors: true, coerceTypes: true, strict: true, allowUnionTypes: true, verbose: true } as const;
