import { describe } from 'vitest';
import { github } from './providers.js';
import { planFidelity } from './suite.js';

describe('plan fidelity (property): github', () => planFidelity(github));
