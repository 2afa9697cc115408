/**
 * Reads each Stryker JSON report (results/<package>[-<part>]/mutation.json) and
 * writes the score per module to results/summary.json and results/summary.md,
 * with the surviving mutants. `node mutation/summary.mjs <other results folder>`
 * adds that folder's scores as "before" (a run of the same config on older tests).
 * Score = detected (killed + timeout) / (detected + survived + no coverage).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const results = fileURLToPath(new URL('./results/', import.meta.url));

function scores(folder) {
  const parts = existsSync(folder) ? readdirSync(folder).sort() : [];
  const modules = new Map();
  for (const name of parts) {
    const report = `${folder}/${name}/mutation.json`;
    if (!existsSync(report)) continue;
    const pkg = name.split('-')[0];
    const { files } = JSON.parse(readFileSync(report, 'utf8'));
    for (const [path, { mutants, source }] of Object.entries(files)) {
      const count = (...statuses) => mutants.filter((m) => statuses.includes(m.status)).length;
      const detected = count('Killed', 'Timeout');
      const undetected = count('Survived', 'NoCoverage');
      const lines = source.split('\n');
      modules.set(`packages/${pkg}/${path}`, {
        module: `packages/${pkg}/${path}`,
        measured: statSync(report).mtime.toISOString().slice(0, 16).replace('T', ' '),
        mutants: mutants.length,
        killed: count('Killed'),
        timeout: count('Timeout'),
        survived: count('Survived'),
        noCoverage: count('NoCoverage'),
        ignored: count('Ignored'),
        score: Math.round((1000 * detected) / Math.max(1, detected + undetected)) / 10,
        surviving: mutants
          .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
          .map((m) => ({
            line: m.location.start.line,
            status: m.status,
            mutator: m.mutatorName,
            replacement: m.replacement,
            code: lines[m.location.start.line - 1]?.trim(),
          })),
      });
    }
  }
  return modules;
}

const after = scores(results);
// Modules with no report in this checkout (reports are not committed) keep the figures of
// the summary.json they were last measured for, marked with when that was.
const previous = existsSync(`${results}summary.json`)
  ? JSON.parse(readFileSync(`${results}summary.json`, 'utf8'))
  : { before: [], after: [] };
for (const m of previous.after) {
  if (!after.has(m.module)) after.set(m.module, { measured: 'before the merges', ...m });
}
const before = process.argv[2]
  ? scores(process.argv[2])
  : new Map(previous.before.map((m) => [m.module, m]));
writeFileSync(
  `${results}summary.json`,
  `${JSON.stringify({ before: [...before.values()], after: [...after.values()] }, null, 2)}\n`,
);
const pct = (m) => (m ? `${m.score}%` : 'not run');
const table = [
  '| module | before | after | measured (UTC) | mutants | killed | timeout | survived | no coverage | ignored |',
  '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...[...new Set([...before.keys(), ...after.keys()])].map((key) => {
    const a = after.get(key);
    const cells = a
      ? [a.measured, a.mutants, a.killed, a.timeout, a.survived, a.noCoverage, a.ignored]
      : ['', '', '', '', '', '', ''];
    return `| ${key} | ${pct(before.get(key))} | ${pct(a)} | ${cells.join(' | ')} |`;
  }),
].join('\n');
const survivors = [...after.values()]
  .filter((m) => m.surviving.length)
  .map(
    (m) =>
      `### ${m.module}\n\n${m.surviving
        .map(
          (s) =>
            `- line ${s.line} (${s.mutator}${s.status === 'NoCoverage' ? ', no test reaches it' : ''}): \`${s.code}\` → \`${s.replacement?.replaceAll('\n', ' ').slice(0, 120)}\``,
        )
        .join('\n')}`,
  )
  .join('\n\n');
writeFileSync(`${results}summary.md`, `${table}\n\n## Surviving mutants\n\n${survivors}\n`);
console.log(table);
