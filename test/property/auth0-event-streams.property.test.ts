import { describe } from 'vitest';
import { eventStreams } from './providers.js';
import { planFidelity } from './suite.js';

describe('plan fidelity (property): auth0-event-streams', () => planFidelity(eventStreams));
