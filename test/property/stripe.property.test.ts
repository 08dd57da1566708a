import { describe } from 'vitest';
import { stripe } from './providers.js';
import { planFidelity } from './suite.js';

describe('plan fidelity (property): stripe', () => planFidelity(stripe));
