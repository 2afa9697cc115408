import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests of the web app's logic and components in a simulated DOM (src/), and
 * tests of the dev server itself in Node (test/). The browser tests have their own
 * config (e2e/vitest.config.ts) and need a build.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // A fixed zone, so "the browser's zone" means the same on every machine.
          env: { TZ: 'America/New_York' },
        },
      },
      {
        test: {
          name: 'dev-server',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
