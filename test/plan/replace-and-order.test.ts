import { describe, expect, it } from 'vitest';
import { stagesOf } from '../../src/apply/order.js';
import type { Change } from '../../src/plan/model.js';
import { planTargets } from '../../src/plan/plan.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { logtoSpec } from '../../src/providers/logto/spec.js';
import type { ProviderSpec } from '../../src/core/spec.js';

// A spec like Auth0's for this purpose: triggerId cannot be changed in place.
const spec: ProviderSpec = { ...logtoSpec, immutableFields: ['triggerId'], requiredOnCreate: [] };
const pos = { file: 'f.yaml', line: 1, col: 1 };

describe('replacement', () => {
  it('turns a change of an immutable field into delete + create, keeping unmanaged live fields', () => {
    const plan = planTargets([
      {
        spec,
        target: { name: 't', provider: 'logto', endpoint: 'https://x', auth: { clientId: 'a', clientSecret: 'b' }, tokenUrl: undefined, prune: false, position: pos, hooks: [{ key: 'h', pinnedId: undefined, fields: { name: 'h', triggerId: 'post-user-registration', enabled: true }, sensitivePaths: [], position: pos }] },
        live: [{ id: '1', key: 'h', fields: { name: 'h', triggerId: 'credentials-exchange', enabled: false, script: 'module.exports = () => {}' } }],
      },
    ]);
    const change = plan.targets[0]!.changes[0]!;
    expect(change).toMatchObject({ action: 'replace', id: '1', forcedBy: ['triggerId'] });
    expect(change.action === 'replace' && change.body).toEqual({ name: 'h', triggerId: 'post-user-registration', enabled: true, script: 'module.exports = () => {}' });
    const text = renderText(plan);
    expect(text).toContain('# t/h must be replaced (id 1): triggerId cannot be changed in place\n    -/+ the live hook is deleted, then created anew\n');
    expect(text).toContain('    ~ triggerId: "credentials-exchange" -> "post-user-registration"   # forces replacement\n');
    expect(text).toContain('Plan: 0 to add, 0 to change, 0 to delete, 1 to replace.');
    expect(JSON.parse(renderJson(plan)).targets[0].changes[0].forced_by).toEqual(['triggerId']);
  });
});

describe('apply order', () => {
  const c = (action: Change['action'], key: string, body: Record<string, unknown> = {}): Change =>
    action === 'create' ? { action, key, fields: [], body } : action === 'delete' ? { action, key, id: key } : action === 'replace' ? { action, key, id: key, fields: [], forcedBy: ['triggerId'], body } : { action, key, id: key, fields: [], body };

  it('disables first, then replacements, then creates and updates, and prune deletes last', () => {
    const changes = [c('delete', 'gone'), c('create', 'new', { enabled: true }), c('update', 'enable', { enabled: true }), c('replace', 'moved'), c('update', 'disable', { enabled: false })];
    expect(stagesOf(changes).flat().map((i) => changes[i]!.key)).toEqual(['disable', 'moved', 'new', 'enable', 'gone']);
  });
});
