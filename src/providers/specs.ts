/** Provider kind → its pure spec and its declaration, from the one list (all.ts). */
import type { ProviderKind } from '../core/model.js';
import type { ProviderSpec } from '../core/spec.js';
import { PROVIDERS, type AnyProvider } from './all.js';

const BY_KIND = new Map<string, AnyProvider>(PROVIDERS.map((p) => [p.kind, p]));

/** The provider of that name; the config loader has refused any other name before this is asked. */
export function providerOf(kind: ProviderKind): AnyProvider {
  const provider = BY_KIND.get(kind);
  if (!provider) throw new Error(`no provider named "${kind}" (known: ${[...BY_KIND.keys()].join(', ')})`);
  return provider;
}

export const specFor = (kind: ProviderKind): ProviderSpec => providerOf(kind).spec;

export const isProviderKind = (v: unknown): v is ProviderKind => typeof v === 'string' && BY_KIND.has(v);
