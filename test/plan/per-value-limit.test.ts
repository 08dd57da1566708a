/**
 * A cap of hooks per value of a list (GitHub: 20 per event), in the plan: what stays and what
 * each change keeps is counted, a change past the cap is refused and takes no place, one that
 * fits only after another change drops the value waits for it, and two that would each wait for
 * the other are refused. A cap of 2 keeps the cases small.
 */
import { describe, expect, it } from 'vitest';
import { planTargets } from '../../src/plan/plan.js';
import { githubSpec } from '../../src/providers/github/spec.js';
import type { ProviderSpec } from '../../src/core/spec.js';
import type { LiveHook } from '../../src/core/model.js';

const spec: ProviderSpec = { ...githubSpec, perValueLimit: { field: 'events', limit: 2, rule: 'at most 2 hooks per event' } };
const pos = { file: 'f.yaml', line: 1, col: 1 };
const hook = (url: string, events: string[]) => ({ config: { url }, events });
const live = (id: string, url: string, events: string[]): LiveHook => ({ id, key: url, fields: hook(url, events) });

function plan(liveHooks: LiveHook[], entries: ReturnType<typeof hook>[]) {
  const hooks = entries.map((fields) => ({ key: fields.config.url, pinnedId: undefined, fields, sensitivePaths: [], position: pos }));
  const target = { name: 't', provider: 'github' as const, endpoint: 'https://x', auth: { token: 't' }, tokenUrl: undefined, prune: false, position: pos, hooks };
  return planTargets([{ spec, target, live: liveHooks }]).targets[0]!.changes.map((c) => ({ key: c.key, refused: c.refused !== undefined, needs: c.needs?.map((n) => n.on) }));
}

describe('per-value limit in the plan', () => {
  it('refuses the change past the cap, and a refused change takes no place from the next one', () => {
    const changes = plan([live('1', 'u1', ['push']), live('2', 'u2', ['push'])], [hook('u3', ['push', 'issues']), hook('u4', ['issues']), hook('u5', ['issues'])]);
    // u3 is refused (push is full), so issues has room for u4 and u5.
    expect(changes).toEqual([
      { key: 'u3', refused: true, needs: undefined },
      { key: 'u4', refused: false, needs: undefined },
      { key: 'u5', refused: false, needs: undefined },
    ]);
  });

  it('makes a change that fits only after a drop wait for it', () => {
    const changes = plan([live('1', 'u1', ['push']), live('2', 'u2', ['push'])], [hook('u3', ['push']), hook('u1', ['issues'])]);
    expect(changes).toEqual([
      { key: 'u3', refused: false, needs: [1] },
      { key: 'u1', refused: false, needs: undefined },
    ]);
  });

  it('refuses two changes that would each wait for the other, and the refused one takes no place', () => {
    const changes = plan(
      [live('1', 'u1', ['push']), live('2', 'u2', ['push']), live('3', 'u3', ['issues']), live('4', 'u4', ['issues'])],
      [hook('u1', ['issues']), hook('u3', ['push']), hook('u5', ['push'])],
    );
    expect(changes).toEqual([
      { key: 'u1', refused: false, needs: [1] },
      { key: 'u3', refused: true, needs: undefined },
      // The place u1 frees goes to u5, since u3 was refused.
      { key: 'u5', refused: false, needs: [0] },
    ]);
  });
});
