import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    // One browser and one server at a time: the steps of a flow run in order.
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 120_000,
    // A flow's later steps build on the earlier ones: stop at the first failure.
    bail: 1,
    hookTimeout: 180_000,
  },
});
