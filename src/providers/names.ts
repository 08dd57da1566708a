import type { ProviderKind } from '../model.js';

/** Every provider hooksync knows. Kept free of imports: it is read at start-up. */
export const PROVIDER_NAMES: readonly ProviderKind[] = ['logto', 'auth0', 'boldpenguin', 'nursa'];

export const PROVIDER_DISPLAY: Readonly<Record<ProviderKind, string>> = { logto: 'Logto', auth0: 'Auth0', boldpenguin: 'Bold Penguin', nursa: 'Nursa' };
