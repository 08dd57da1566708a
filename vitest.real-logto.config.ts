import { defineConfig } from 'vitest/config';

// `npm run test:real-logto`: the provider contract against a real Logto server named by
// REAL_LOGTO_ENDPOINT, REAL_LOGTO_CLIENT_ID and REAL_LOGTO_CLIENT_SECRET. One file, one server:
// its tests run one after another, since each starts by deleting every hook.
export default defineConfig({
  test: {
    include: ['test/real-logto/**/*.test.ts'],
    testTimeout: 30_000,
    fileParallelism: false,
  },
});
