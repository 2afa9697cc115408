import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each file gets its own process and its own database.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
