/** Every provider's name and display name, from the one list (all.ts). */
import { PROVIDERS, type KnownProviderKind } from './all.js';

export const PROVIDER_NAMES: readonly KnownProviderKind[] = PROVIDERS.map((p) => p.kind);

export const PROVIDER_DISPLAY = Object.fromEntries(PROVIDERS.map((p) => [p.kind, p.spec.displayName])) as Readonly<Record<KnownProviderKind, string>>;
