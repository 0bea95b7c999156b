import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests run on loaded shared machines: no per-test limit below 60 s, and no assertion on
    // wall time anywhere (npm run bench measures speed).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One temporary root per run, removed at the end (test/temp-root.ts).
    globalSetup: ['test/temp-root.ts'],
    // The CLI runs the tests spawn keep their parse cache here, not in the user's home.
    env: { BOARDWRIGHT_CACHE_DIR: resolve('.tmp/test-cache') },
  },
});
