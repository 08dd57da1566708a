/** Provider kind → its pure spec. Free of I/O so that validate can use it without undici. */
import type { ProviderKind } from '../model.js';
import { auth0Spec } from './auth0/spec.js';
import { boldPenguinSpec } from './boldpenguin/spec.js';
import { logtoSpec } from './logto/spec.js';
import { nursaSpec } from './nursa/spec.js';
import type { ProviderSpec } from './spec.js';

const SPECS: Readonly<Record<ProviderKind, ProviderSpec>> = { logto: logtoSpec, auth0: auth0Spec, boldpenguin: boldPenguinSpec, nursa: nursaSpec };

export const specFor = (kind: ProviderKind): ProviderSpec => SPECS[kind];

export const isProviderKind = (v: unknown): v is ProviderKind => typeof v === 'string' && Object.hasOwn(SPECS, v);
