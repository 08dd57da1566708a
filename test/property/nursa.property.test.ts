import { describe } from 'vitest';
import { nursa } from './providers.js';
import { planFidelity } from './suite.js';

describe('plan fidelity (property): nursa', () => planFidelity(nursa));
