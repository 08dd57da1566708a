/**
 * The JSON Schema files users point their editors at (schemas/), made from the provider list:
 * schemas/providers/<kind>.json is each provider's own schema.json, and hooks.schema.json is the
 * common part (hooks.base.schema.json) with one target definition per provider: its auth, its
 * own target fields, and its hooks. Pure; scripts/gen-schemas.mjs writes the files and a test
 * holds the committed ones to it.
 */
export interface BundleProvider {
  readonly kind: string;
  readonly spec: { readonly displayName: string };
  readonly target: {
    readonly auth: 'client-credentials' | 'token';
    readonly properties?: Readonly<Record<string, object>>;
    readonly oneOf?: readonly (readonly string[])[];
    readonly defaultEndpoint?: string;
  };
}

export interface BaseSchema {
  readonly root: Record<string, unknown>;
  readonly targetProperties: Readonly<Record<string, Record<string, unknown>>>;
  readonly providerDescription: string;
  readonly auth: Readonly<Record<'client-credentials' | 'token', object>>;
}

/** Relative path under schemas/ → file text. */
export function schemaFiles(providers: readonly BundleProvider[], base: BaseSchema, hookSchema: (kind: string) => object): Record<string, string> {
  const kinds = providers.map((p) => p.kind);
  const definitions: Record<string, object> = {
    target: {
      type: 'object',
      required: ['provider'],
      properties: { provider: { enum: kinds, description: base.providerDescription } },
      allOf: kinds.map((kind) => ({ if: { type: 'object', required: ['provider'], properties: { provider: { const: kind } } }, then: { $ref: `#/definitions/target-${kind}` } })),
    },
  };
  for (const p of providers) definitions[`target-${p.kind}`] = targetDefinition(p, base);
  const files: Record<string, string> = { 'hooks.schema.json': json({ ...base.root, definitions }) };
  for (const kind of kinds) files[`providers/${kind}.json`] = json(hookSchema(kind));
  return files;
}

function targetDefinition(p: BundleProvider, base: BaseSchema): object {
  const { endpoint, ...common } = base.targetProperties;
  const endpointSchema = p.target.defaultEndpoint === undefined ? endpoint : { ...endpoint, description: `${String(endpoint?.description ?? '')} Default: ${p.target.defaultEndpoint}.` };
  return {
    type: 'object',
    description: `A ${p.spec.displayName} target.`,
    required: ['provider', ...(p.target.defaultEndpoint === undefined ? ['endpoint'] : []), 'auth', 'hooks'],
    additionalProperties: false,
    properties: {
      provider: { const: p.kind },
      endpoint: endpointSchema,
      auth: base.auth[p.target.auth],
      hooks: { type: 'array', items: { $ref: `providers/${p.kind}.json` } },
      ...common,
      ...p.target.properties,
    },
    ...(p.target.oneOf ? { oneOf: p.target.oneOf.map((group) => ({ required: group, properties: Object.fromEntries(group.map((f) => [f, true])) })) } : {}),
  };
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
