import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The browser tests have their own config (e2e/vitest.config.ts) and need a build.
    include: ['test/**/*.test.ts', 'src/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
