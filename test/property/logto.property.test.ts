import { describe } from 'vitest';
import { logto } from './providers.js';
import { planFidelity } from './suite.js';

describe('plan fidelity (property): logto', () => planFidelity(logto));
