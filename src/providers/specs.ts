/** Provider kind → its pure spec and its declaration, from the one list (all.ts). */
import { PROVIDERS, type AnyProvider, type ProviderKind } from './all.js';
import type { ProviderSpec } from './spec.js';

const BY_KIND = new Map<string, AnyProvider>(PROVIDERS.map((p) => [p.kind, p]));

export const providerOf = (kind: ProviderKind): AnyProvider => BY_KIND.get(kind)!;

export const specFor = (kind: ProviderKind): ProviderSpec => providerOf(kind).spec;

export const isProviderKind = (v: unknown): v is ProviderKind => typeof v === 'string' && BY_KIND.has(v);
