/**
 * The architecture rules must bite: cruise tools/architecture-fixture, which
 * breaks each rule of .dependency-cruiser.cjs once, and fail unless every rule
 * is reported there.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const fixture = 'tools/architecture-fixture/';
const env = { ...process.env, ARCHITECTURE_ROOT: fixture };
const require = createRequire(import.meta.url);
const rules = require('../.dependency-cruiser.cjs').forbidden.map((rule) => rule.name);

let output;
try {
  output = execFileSync(
    'node_modules/.bin/depcruise',
    [fixture, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
    { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
} catch (error) {
  // depcruise exits non-zero when it finds violations, which is the point here.
  output = error.stdout;
  if (!output) throw error;
}
const reported = new Set(JSON.parse(output).summary.violations.map((v) => v.rule.name));
const silent = rules.filter((rule) => !reported.has(rule));
if (silent.length > 0) {
  console.error(`Architecture rules that no longer catch their fixture: ${silent.join(', ')}`);
  process.exit(1);
}
console.log(`✔ all ${rules.length} architecture rules catch their fixture`);
