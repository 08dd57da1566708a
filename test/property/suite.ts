/**
 * Plan fidelity as properties, for every provider: random live hooks seeded through the
 * vendor's API, random hooks files (overlapping keys, reordered events, headers and nested keys
 * added, removed or null, flags flipped, urls changed, pinned renames, Auth0 triggerId, secrets
 * and dependencies), each checked end to end by checkCase. The seed is fixed so CI is
 * repeatable; HOOKSYNC_PROPERTY_RUNS raises the count and HOOKSYNC_PROPERTY_SEED moves the seed
 * for a long soak (the failing seed and path are printed to replay a case).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { checkCase } from './check.js';
import { entriesFor, type PropertyProvider } from './providers.js';

const RUNS = Number(process.env.HOOKSYNC_PROPERTY_RUNS ?? 200);
const SEED = Number(process.env.HOOKSYNC_PROPERTY_SEED ?? 20261122);

/** The plan-fidelity property of one provider, as one test (each provider has its own file, so they run side by side). */
export function planFidelity(p: PropertyProvider): void {
  it(`${p.name}: the plan is what apply does, apply converges, and no secret leaks (${RUNS} cases)`, async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(p.live.chain((live) => fc.tuple(fc.constant(live), entriesFor(p, live))), fc.boolean(), p.spec.writeOnly ? fc.boolean() : fc.constant(false), async ([live, entries], prune, allowSecretLoss) => {
        for (const tag of await checkCase(p, { live, entries, prune, allowSecretLoss })) seen.set(tag, (seen.get(tag) ?? 0) + 1);
      }),
      { numRuns: RUNS, seed: SEED + p.name.length },
    );
    // The cases must reach every kind of change this provider has, not only easy ones.
    const nullable = p.name === 'logto' || p.name === 'auth0';
    const kinds = ['create', 'update', 'delete', 'unchanged', 'pinned-rename', ...(nullable ? ['null'] : []), ...(p.spec.immutable.length ? ['replace', 'refused', 'repinned'] : [])];
    const missing = kinds.filter((k) => (seen.get(k) ?? 0) < Math.min(3, RUNS / 50));
    expect(missing, `kinds of change never covered (seen: ${JSON.stringify(Object.fromEntries(seen))})`).toEqual([]);
    if (process.env.HOOKSYNC_PROPERTY_STATS) console.log(p.name, Object.fromEntries(seen));
  }, 600_000);
}
