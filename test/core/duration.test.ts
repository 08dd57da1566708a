import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/core/duration.js';

describe('durations', () => {
  it('are written the way they are read, rounding whole seconds before minutes', () => {
    expect([12, 1500, 59_949, 59_999, 60_000, 90_400, 3_599_996, 3_600_000].map(formatDuration)).toEqual(['12ms', '1.5s', '59.9s', '1m', '1m', '1m30s', '60m', '60m']);
    expect(['500ms', '30s', '2m', '1h', '7'].map(parseDuration)).toEqual([500, 30_000, 120_000, 3_600_000, 7000]);
  });
});
