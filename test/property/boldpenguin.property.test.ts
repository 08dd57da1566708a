import { describe } from 'vitest';
import { boldpenguin } from './providers.js';
import { planFidelity } from './suite.js';

describe('plan fidelity (property): boldpenguin', () => planFidelity(boldpenguin));
