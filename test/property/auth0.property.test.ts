import { describe } from 'vitest';
import { auth0 } from './providers.js';
import { planFidelity } from './suite.js';

describe('plan fidelity (property): auth0', () => planFidelity(auth0));
