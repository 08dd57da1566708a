/** Provider kind → adapter factory: the one place a new provider's I/O is plugged in. */
import type { ProviderKind, TargetConfig } from '../model.js';
import type { AdapterDeps } from './adapter-deps.js';
import { createAuth0Adapter } from './auth0/adapter.js';
import { createBoldPenguinAdapter } from './boldpenguin/adapter.js';
import { createLogtoAdapter } from './logto/adapter.js';
import { createNursaAdapter } from './nursa/adapter.js';
import type { ProviderAdapter } from './spec.js';

const FACTORIES: Readonly<Record<ProviderKind, (t: TargetConfig, d: AdapterDeps) => ProviderAdapter>> = {
  logto: createLogtoAdapter,
  auth0: createAuth0Adapter,
  boldpenguin: createBoldPenguinAdapter,
  nursa: createNursaAdapter,
};

export const createAdapter = (target: TargetConfig, deps: AdapterDeps): ProviderAdapter => FACTORIES[target.provider](target, deps);
export { specFor } from './specs.js';
export type { AdapterDeps };
