/**
 * What every package's Stryker run shares (`pnpm mutation`). No TypeScript checker:
 * TypeScript 7 has no compiler API, so a mutant that does not type-check still runs
 * (and usually fails a test). One test process at a time: the machine is small and
 * every test file opens its own database.
 *
 * MUTATE=src/a.ts,src/b.ts runs those files alone, with results under
 * results/<package>-<first file's name>/, so a long run can be cut into parts.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const results = (name) => fileURLToPath(new URL(`./results/${name}/`, import.meta.url));

/** @param {string} pkg the package's folder name, @param {string[]} files the files that carry promises */
export function strykerConfig(pkg, files) {
  const only = process.env.MUTATE?.split(',').filter(Boolean);
  const mutate = only?.length ? only : files;
  const name = only?.length ? `${pkg}-${basename(only[0], '.ts')}` : pkg;
  return {
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    // Every test file of the package in the first run: vitest's "related" filter left out
    // test files that do import the mutated module (queue.test for the worker). Coverage per
    // test still runs each mutant against only the tests that reach it.
    vitest: { related: false },
    coverageAnalysis: 'perTest',
    // A mutant reached only outside any test (at module load, or only in a beforeAll
    // hook) would need every test file re-run. They are counted as ignored; a mutant
    // that a test also reaches runs against exactly the tests that reach it.
    ignoreStatic: true,
    mutate,
    concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
    timeoutMS: 20_000,
    // The first run (every related test, with coverage) takes minutes on a busy machine.
    dryRunTimeoutMinutes: 30,
    reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
    htmlReporter: { fileName: `${results(name)}index.html` },
    jsonReporter: { fileName: `${results(name)}mutation.json` },
    // A later run re-tests only what changed (mutants, or the tests that reach them).
    incremental: true,
    incrementalFile: `${results(name)}incremental.json`,
    // The sandbox sits two folders below the root, as the package does, so the
    // package's tsconfig still finds ../../tsconfig.base.json; and Stryker must not
    // rewrite tsconfig files itself (that needs the TypeScript compiler API).
    tempDirName: `../../.stryker-tmp-${name}`,
    tsconfigFile: 'no-tsconfig-rewrite.json',
    cleanTempDir: 'always',
    thresholds: { high: 90, low: 85, break: null },
  };
}
