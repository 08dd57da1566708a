/**
 * Every provider hooksync knows, in the order the sandbox starts them (and takes ports from -p).
 * Adding one is a new folder beside this file and one line here: the provider kinds, the
 * schema bundle, the sandbox and its flags, and the config loader all read this list.
 */
import { auth0 } from './auth0/index.js';
import { auth0EventStreams } from './auth0-event-streams/index.js';
import { boldpenguin } from './boldpenguin/index.js';
import { github } from './github/index.js';
import { logto } from './logto/index.js';
import { nursa } from './nursa/index.js';
import { stripe } from './stripe/index.js';

export const PROVIDERS = [logto, auth0, boldpenguin, nursa, github, auth0EventStreams, stripe] as const;

export type AnyProvider = (typeof PROVIDERS)[number];
/** The names of the providers above, for display and for the sandbox's typed emulators. */
export type KnownProviderKind = AnyProvider['kind'];
