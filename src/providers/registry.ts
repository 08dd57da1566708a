/** Provider kind → adapter: each provider's declaration (all.ts) says how to make its own. */
import type { TargetConfig } from '../core/model.js';
import type { AdapterDeps } from './adapter-deps.js';
import type { ProviderAdapter } from '../core/adapter.js';
import { providerOf } from './specs.js';

export const createAdapter = (target: TargetConfig, deps: AdapterDeps): ProviderAdapter => providerOf(target.provider).createAdapter(target, deps);
export { specFor } from './specs.js';
export type { AdapterDeps };
