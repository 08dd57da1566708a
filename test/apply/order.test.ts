import { describe, expect, it } from 'vitest';
import { stagesOf } from '../../src/apply/order.js';
import type { Change } from '../../src/plan/model.js';

const create = (key: string, extra: Partial<Change> = {}): Change => ({ action: 'create', key, fields: [], body: {}, ...extra }) as Change;
const update = (key: string, body: Record<string, unknown>, extra: Partial<Change> = {}): Change => ({ action: 'update', key, id: key, fields: [], body, ...extra }) as Change;
const replace = (key: string): Change => ({ action: 'replace', key, id: key, fields: [], forcedBy: ['triggerId'], body: {} });
const remove = (key: string): Change => ({ action: 'delete', key, id: key });

describe('the order apply sends a target\'s changes in', () => {
  it('disables first, then replacements, then creates and updates, and prune deletes last', () => {
    expect(stagesOf([remove('d'), create('c'), replace('r'), update('off', { enabled: false }), update('u', { name: 'x' })])).toEqual([[3], [2], [1, 4], [0]]);
  });

  it('sends a change after the change it needs, and a delete another waits for early', () => {
    const changes = [create('takes-name', { needs: [{ on: 1, why: 'it frees the name' }] }), remove('frees-name')];
    expect(stagesOf(changes)).toEqual([[1], [0]]);
  });

  it('refuses a plan whose changes wait for each other in a circle', () => {
    const changes = [create('a', { needs: [{ on: 1, why: 'x' }] }), create('b', { needs: [{ on: 0, why: 'y' }] })];
    expect(() => stagesOf(changes)).toThrow("the plan's changes wait for each other in a circle");
  });
});
