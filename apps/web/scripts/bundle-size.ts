/**
 * Prints the JavaScript a first visit to each route downloads (gzip), from the
 * production build's manifest, and fails when a budgeted route is over budget.
 * A route's initial JS: the entry chunk, the route's lazy chunk, and every chunk
 * they import statically. Chunks loaded later (charts, dialogs) are not counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const dist = join(import.meta.dirname, '..', 'dist');

/** Route name → the module its lazy component is imported from (see src/router.tsx). */
const ROUTES: Record<string, { module: string; budgeted: boolean }> = {
  'sign-in': { module: 'src/features/auth/sign-in-page.tsx', budgeted: true },
  dashboard: { module: 'src/features/dashboard/dashboard-page.tsx', budgeted: true },
  campaign: { module: 'src/features/campaign/campaign-page.tsx', budgeted: false },
  calendar: { module: 'src/features/calendar/calendar-page.tsx', budgeted: false },
  vendors: { module: 'src/features/vendors/vendor-directory-page.tsx', budgeted: false },
  'campaign wizard': {
    module: 'src/features/campaign-wizard/campaign-wizard-page.tsx',
    budgeted: false,
  },
};
/** Signed-in routes also load the app shell before the page. */
const SHELL = 'src/app/app-shell.tsx';

type Chunk = { file: string; imports?: string[]; isEntry?: boolean };
const manifest: Record<string, Chunk> = JSON.parse(
  readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'),
);

const gzipKb = (file: string) =>
  gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

/** The chunk files `keys` need before they run: themselves and their static imports. */
function closure(keys: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk)
      throw new Error(`${key} is not in the build manifest: update scripts/bundle-size.ts`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const key of keys) visit(key);
  return files;
}

const entry = Object.entries(manifest).find(([, c]) => c.isEntry)?.[0];
if (!entry) throw new Error('No entry chunk in the manifest: run `pnpm build` first');

let failed = false;
console.log(
  `Initial JavaScript per route (gzip), budget ${BUDGET_KB} kB for sign-in and dashboard:`,
);
for (const [name, { module, budgeted }] of Object.entries(ROUTES)) {
  const keys = name === 'sign-in' ? [entry, module] : [entry, SHELL, module];
  const files = [...closure(keys)];
  const kb = files.reduce((sum, f) => sum + gzipKb(f), 0);
  const over = budgeted && kb > BUDGET_KB;
  failed ||= over;
  const verdict = budgeted ? (over ? 'OVER BUDGET' : 'ok') : 'not budgeted';
  console.log(
    `  ${name.padEnd(16)} ${kb.toFixed(1).padStart(6)} kB  ${String(files.length).padStart(2)} files  ${verdict}`,
  );
}
if (failed) {
  console.error(`\nA route is over ${BUDGET_KB} kB: split what it does not need at first paint.`);
  process.exit(1);
}
