/** The results: one line per case on the console, JSON and Markdown in bench/results/. */
import { writeFileSync } from 'node:fs';
import type { Explained } from './explain';
import type { LoadResult } from './load';

export type CaseResult = { name: string; ours: LoadResult; baseline: LoadResult; ratio: number };
export type SessionResult = { cacheSeconds: number; result: LoadResult };

export type Report = {
  date: string;
  machine: { cpus: number; node: string; postgres: string };
  settings: { connections: number; seconds: number; poolSize: number; logLevel: string };
  dataset: Record<string, number>;
  cases: CaseResult[];
  /** One case (see `sessionCase`) with and without Better Auth's cookie cache. */
  sessionCase: string;
  session: SessionResult[];
  explain: Explained[];
};

/** Reads must reach this share of the baseline; p99 must stay under P99_TARGET_MS. */
const RATIO_TARGET = 0.8;
const P99_TARGET_MS = 25;

export const caseLine = (c: CaseResult) =>
  `case ${c.name}: ours ${c.ours.requestsPerSecond} req/s p99 ${c.ours.p99} ms | ` +
  `baseline ${c.baseline.requestsPerSecond} req/s p99 ${c.baseline.p99} ms | ratio ${c.ratio.toFixed(2)}` +
  ` (server CPU per request: ours ${c.ours.cpuMsPerRequest ?? '?'} ms, baseline ${c.baseline.cpuMsPerRequest ?? '?'} ms)`;

const mark = (ok: boolean) => (ok ? 'yes' : '**no**');

function toMarkdown(report: Report): string {
  const { machine, settings } = report;
  const lines = [
    '# Benchmark results',
    '',
    `${report.date} · ${machine.cpus} cores · Node ${machine.node} · ${machine.postgres} · ` +
      `${settings.connections} connections, no pipelining, ${settings.seconds} s per run · ` +
      `pool ${settings.poolSize} · LOG_LEVEL=${settings.logLevel}`,
    '',
    `Dataset: ${Object.entries(report.dataset)
      .map(
        ([table, n]) =>
          `${table.replace(/^.*\./, '').replaceAll('"', '')} ${n.toLocaleString('en-US')}`,
      )
      .join(', ')}.`,
    '',
    '| case | ours req/s | ours p50 | ours p99 | baseline req/s | baseline p50 | baseline p99 | ratio | ≥ 0.8 | p99 ≤ 25 ms | CPU ms/req ours | CPU ms/req baseline |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: | :---: | ---: | ---: |',
    ...report.cases.map(
      (c) =>
        `| ${c.name} | ${c.ours.requestsPerSecond} | ${c.ours.p50} ms | ${c.ours.p99} ms | ` +
        `${c.baseline.requestsPerSecond} | ${c.baseline.p50} ms | ${c.baseline.p99} ms | ` +
        `${c.ratio.toFixed(2)} | ${c.name === 'expert.update' ? '(write)' : mark(c.ratio >= RATIO_TARGET)} | ` +
        `${mark(c.ours.p99 <= P99_TARGET_MS)} | ${c.ours.cpuMsPerRequest ?? '?'} | ${c.baseline.cpuMsPerRequest ?? '?'} |`,
    ),
    '',
    `## Session validation (${report.sessionCase}, ours)`,
    '',
    '| SESSION_COOKIE_CACHE_SECONDS | req/s | p50 | p99 | CPU ms/req |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...report.session.map(
      (s) =>
        `| ${s.cacheSeconds} | ${s.result.requestsPerSecond} | ${s.result.p50} ms | ${s.result.p99} ms | ${s.result.cpuMsPerRequest ?? '?'} |`,
    ),
    '',
    '## Query plans',
    '',
    'EXPLAIN (ANALYZE, BUFFERS) of every statement each case sends, with the parameters of one',
    'call by a heavy user. Sequential scans of user-owned tables: ' +
      (report.explain.some((e) => e.seqScans.length)
        ? report.explain
            .filter((e) => e.seqScans.length)
            .map((e) => `${e.key}: ${e.seqScans.join(', ')}`)
            .join('; ')
        : 'none.'),
    '',
  ];
  for (const e of report.explain) {
    lines.push(
      `### ${e.key}: ${e.ms} ms, ${e.indexes.length ? `indexes ${e.indexes.join(', ')}` : 'no index'}`,
      '',
      '```sql',
      e.text,
      '```',
      '',
      '```',
      e.plan,
      '```',
      '',
    );
  }
  return lines.join('\n');
}

export function writeReport(report: Report, folder: string) {
  writeFileSync(`${folder}/latest.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${folder}/latest.md`, toMarkdown(report));
}
