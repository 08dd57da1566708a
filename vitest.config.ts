import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Needs a real Logto server: `npm run test:real-logto` (vitest.real-logto.config.ts).
    exclude: ['test/real-logto/**', 'node_modules/**'],
    // Emulators bind real sockets; a generous per-test timeout keeps a slow CI machine from
    // turning a correct test red. Tests assert counts, never durations.
    testTimeout: 20_000,
    pool: 'forks',
    // GitHub's workflow parser imports JSON without import attributes, which Node 20 refuses:
    // vitest transforms it (and only it) instead of handing it to Node.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
