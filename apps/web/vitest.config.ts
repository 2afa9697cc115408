import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Unit tests of the web app's logic and components, in a simulated DOM (the browser tests are e2e/). */
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    // A fixed zone, so "the browser's zone" means the same on every machine.
    env: { TZ: 'America/New_York' },
  },
});
