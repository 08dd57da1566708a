import type { ProviderKind } from '../model.js';

/** Every provider hooksync knows. Kept free of imports: it is read at start-up. */
export const PROVIDER_NAMES: readonly ProviderKind[] = ['logto', 'boldpenguin', 'nursa'];

export const PROVIDER_DISPLAY: Readonly<Record<ProviderKind, string>> = { logto: 'Logto', boldpenguin: 'Bold Penguin', nursa: 'Nursa' };
