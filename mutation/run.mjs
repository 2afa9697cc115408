/**
 * `pnpm mutation [api|simulator|db ...]`: StrykerJS over the modules that carry the
 * promises, one package after another, then the score table (results/summary.md).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const packages = process.argv.slice(2).length ? process.argv.slice(2) : ['api', 'simulator', 'db'];
const stryker = `${root}node_modules/.bin/stryker`;

let failed = false;
for (const name of packages) {
  console.log(`\n=== mutation testing packages/${name} ===`);
  const run = spawnSync(stryker, ['run'], { cwd: `${root}packages/${name}`, stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
spawnSync(process.execPath, [`${root}mutation/summary.mjs`], { stdio: 'inherit' });
process.exit(failed ? 1 : 0);
