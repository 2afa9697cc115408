import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    // One production server for all specs; each spec signs up its own users.
    globalSetup: ['e2e/support/global-setup.ts'],
    // One browser at a time on a small machine; the specs do not depend on each other.
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
