import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each file gets its own process and its own database.
    pool: 'forks',
    // Real server processes, password hashing and PostgreSQL restarts on a 2-core runner
    // that also runs every other package's tests: the deadlines inside the tests are the
    // checks, this only stops a test that hangs.
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
