/** Every provider's name and display name, from the one list (all.ts). */
import { PROVIDERS, type ProviderKind } from './all.js';

export const PROVIDER_NAMES: readonly ProviderKind[] = PROVIDERS.map((p) => p.kind);

export const PROVIDER_DISPLAY = Object.fromEntries(PROVIDERS.map((p) => [p.kind, p.spec.displayName])) as Readonly<Record<ProviderKind, string>>;
