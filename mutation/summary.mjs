/**
 * Reads each Stryker JSON report (results/<package>[-<part>]/mutation.json) and
 * writes the score per module to results/summary.json and results/summary.md.
 * Score = detected (killed + timeout) / (detected + survived + no coverage).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const results = fileURLToPath(new URL('./results/', import.meta.url));
const modules = [];
const parts = existsSync(results) ? readdirSync(results).sort() : [];
for (const name of parts) {
  const report = `${results}${name}/mutation.json`;
  if (!existsSync(report)) continue;
  const pkg = name.split('-')[0];
  const { files } = JSON.parse(readFileSync(report, 'utf8'));
  for (const [path, { mutants }] of Object.entries(files)) {
    const count = (...statuses) => mutants.filter((m) => statuses.includes(m.status)).length;
    const detected = count('Killed', 'Timeout');
    const undetected = count('Survived', 'NoCoverage');
    modules.push({
      module: `packages/${pkg}/${path}`,
      killed: count('Killed'),
      timeout: count('Timeout'),
      survived: count('Survived'),
      noCoverage: count('NoCoverage'),
      errors: count('CompileError', 'RuntimeError'),
      score: Math.round((1000 * detected) / Math.max(1, detected + undetected)) / 10,
      surviving: mutants
        .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
        .map((m) => ({
          line: m.location.start.line,
          mutator: m.mutatorName,
          replacement: m.replacement,
          status: m.status,
        })),
    });
  }
}
writeFileSync(`${results}summary.json`, `${JSON.stringify(modules, null, 2)}\n`);
const rows = modules.map(
  (m) =>
    `| ${m.module} | ${m.score}% | ${m.killed} | ${m.timeout} | ${m.survived} | ${m.noCoverage} |`,
);
const table = [
  '| module | score | killed | timeout | survived | no coverage |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
].join('\n');
writeFileSync(`${results}summary.md`, `${table}\n`);
console.log(table);
