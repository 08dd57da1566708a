/** Provider kind → spec and adapter factory. The one place a new provider is plugged in. */
import type { ProviderKind, TargetConfig } from '../model.js';
import { createLogtoAdapter, type AdapterDeps } from './logto/adapter.js';
import { logtoSpec } from './logto/spec.js';
import type { ProviderAdapter, ProviderSpec } from './spec.js';

const SPECS: Readonly<Record<ProviderKind, ProviderSpec>> = { logto: logtoSpec };
const FACTORIES: Readonly<Record<ProviderKind, (t: TargetConfig, d: AdapterDeps) => ProviderAdapter>> = { logto: createLogtoAdapter };

export const specFor = (kind: ProviderKind): ProviderSpec => SPECS[kind];
export const createAdapter = (target: TargetConfig, deps: AdapterDeps): ProviderAdapter => FACTORIES[target.provider](target, deps);
export type { AdapterDeps };
