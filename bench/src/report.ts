/** The results: one line per case on the console, JSON and Markdown in bench/results/. */
import { writeFileSync } from 'node:fs';
import type { Explained } from './explain';
import type { LoadResult } from './load';
import type { ProcessesResult } from './processes-scaling';

/** Both servers at a fixed offered rate: half the baseline's throughput. */
type LatencyResult = { rate: number; ours: LoadResult; baseline: LoadResult };
export type CaseResult = {
  name: string;
  ours: LoadResult;
  baseline: LoadResult;
  ratio: number;
  latency?: LatencyResult;
};
/** A case at this run's scale against the x1 results. */
export type GrowthResult = {
  name: string;
  x1CpuMs: number | null;
  cpuMs: number | null;
  ratio: number | null;
  x1P50: number | null;
  p50: number | null;
};
export type SessionResult = { cacheSeconds: number; result: LoadResult };

export type Report = {
  date: string;
  machine: { cpus: number; node: string; postgres: string };
  settings: {
    connections: number;
    seconds: number;
    poolSize: number;
    logLevel: string;
    scale?: number;
  };
  dataset: Record<string, number>;
  /** Scales other than 1: each case against the x1 results (`growthSource` says which). */
  growth?: GrowthResult[];
  growthSource?: string;
  cases: CaseResult[];
  /** One case (see `sessionCase`) with and without Better Auth's cookie cache. */
  sessionCase: string;
  session: SessionResult[];
  /** Read cases against one server process, then two on the same database. */
  processes?: ProcessesResult[];
  explain: Explained[];
};

/** Reads must reach this share of the baseline's throughput, writes WRITE_RATIO_TARGET. */
const RATIO_TARGET = 0.8;
const WRITE_RATIO_TARGET = 0.7;
/** Server CPU per request, ours against the baseline's. */
const CPU_RATIO_TARGET = 1.25;
const GROWTH_TARGET = 1.2;
/** At the fixed rate: p99 within this many ms (campaign.byId and expert.list), 50 for the rest. */
const latencyTarget = (name: string) =>
  name === 'campaign.byId' || name === 'expert.list' ? 25 : 50;

export const caseLine = (c: CaseResult) =>
  `case ${c.name}: ours ${c.ours.requestsPerSecond} req/s p99 ${c.ours.p99} ms | ` +
  `baseline ${c.baseline.requestsPerSecond} req/s p99 ${c.baseline.p99} ms | ratio ${c.ratio.toFixed(2)}` +
  ` (server CPU per request: ours ${c.ours.cpuMsPerRequest ?? '?'} ms, baseline ${c.baseline.cpuMsPerRequest ?? '?'} ms)` +
  (c.ours.timeouts || c.baseline.timeouts
    ? ` (timed out after 30 s: ours ${c.ours.timeouts}, baseline ${c.baseline.timeouts})`
    : '');

const mark = (ok: boolean) => (ok ? 'yes' : '**no**');
const cpuRatio = (c: CaseResult) =>
  c.ours.cpuMsPerRequest && c.baseline.cpuMsPerRequest
    ? c.ours.cpuMsPerRequest / c.baseline.cpuMsPerRequest
    : null;

export const latencyLine = (c: CaseResult) =>
  c.latency
    ? `latency ${c.name}: ours p99 ${c.latency.ours.p99} ms | baseline p99 ${c.latency.baseline.p99} ms at ${c.latency.rate} req/s` +
      ` (server CPU per request: ours ${c.latency.ours.cpuMsPerRequest ?? '?'} ms, baseline ${c.latency.baseline.cpuMsPerRequest ?? '?'} ms)`
    : `latency ${c.name}: not measured`;

export const growthLine = (g: GrowthResult, scale: number) =>
  `growth ${g.name}: x1 ${g.x1CpuMs ?? '?'} ms | x${scale} ${g.cpuMs ?? '?'} ms | ${g.ratio?.toFixed(2) ?? '?'}` +
  ` (server CPU per request; p50 at the fixed rate x1 ${g.x1P50 ?? '?'} ms, x${scale} ${g.p50 ?? '?'} ms)`;

/** Each case's CPU per request and fixed-rate p50 against the same case in `x1`. */
export function growthOf(cases: CaseResult[], x1: Report): GrowthResult[] {
  return cases.map((c) => {
    const before = x1.cases.find((b) => b.name === c.name);
    const x1CpuMs = before?.ours.cpuMsPerRequest ?? null;
    const cpuMs = c.ours.cpuMsPerRequest;
    return {
      name: c.name,
      x1CpuMs,
      cpuMs,
      ratio: x1CpuMs && cpuMs ? cpuMs / x1CpuMs : null,
      x1P50: before?.latency?.ours.p50 ?? null,
      p50: c.latency?.ours.p50 ?? null,
    };
  });
}

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
    `Scale x${settings.scale ?? 1}. Throughput: ${settings.connections} connections as fast as each server answers; ratio ≥ ${RATIO_TARGET} for reads, ≥ ${WRITE_RATIO_TARGET} for writes; server CPU per request ours ≤ ${CPU_RATIO_TARGET}× the baseline's.`,
    '',
    '| case | ours req/s | ours p50 | ours p99 | baseline req/s | baseline p50 | baseline p99 | ratio | ratio goal | CPU ms/req ours | CPU ms/req baseline | CPU × | ≤ 1.25 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: | ---: | :---: |',
    ...report.cases.map((c) => {
      const target = c.name === 'expert.update' ? WRITE_RATIO_TARGET : RATIO_TARGET;
      const cpu = cpuRatio(c);
      return (
        `| ${c.name} | ${c.ours.requestsPerSecond} | ${c.ours.p50} ms | ${c.ours.p99} ms | ` +
        `${c.baseline.requestsPerSecond} | ${c.baseline.p50} ms | ${c.baseline.p99} ms | ` +
        `${c.ratio.toFixed(2)} | ${mark(c.ratio >= target)} (${target}) | ` +
        `${c.ours.cpuMsPerRequest ?? '?'} | ${c.baseline.cpuMsPerRequest ?? '?'} | ` +
        `${cpu?.toFixed(2) ?? '?'} | ${cpu === null ? '?' : mark(cpu <= CPU_RATIO_TARGET)} |`
      );
    }),
    '',
    '## Latency at a steady load',
    '',
    "Each server at a fixed offered rate, half the baseline's measured throughput, requests sent evenly on a schedule and timed from when each was due (`paced.ts`). Goal: ours p99 ≤ 25 ms for campaign.byId and expert.list, ≤ 50 ms for the rest, and ≤ 1.5× the baseline's. At the same pace neither server batches more work per wake-up than the other, so the CPU per request here compares like with like.",
    '',
    '| case | rate | ours p50 | ours p99 | baseline p50 | baseline p99 | goal met | CPU ms/req ours | CPU ms/req baseline | CPU × |',
    '| --- | ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: | ---: |',
    ...report.cases.flatMap((c) => {
      if (!c.latency) return [];
      const { ours, baseline } = c.latency;
      const cpu =
        ours.cpuMsPerRequest && baseline.cpuMsPerRequest
          ? (ours.cpuMsPerRequest / baseline.cpuMsPerRequest).toFixed(2)
          : '?';
      return [
        `| ${c.name} | ${c.latency.rate} req/s | ${ours.p50} ms | ${ours.p99} ms | ` +
          `${baseline.p50} ms | ${baseline.p99} ms | ` +
          `${mark(ours.p99 <= latencyTarget(c.name) && ours.p99 <= 1.5 * baseline.p99)} | ` +
          `${ours.cpuMsPerRequest ?? '?'} | ${baseline.cpuMsPerRequest ?? '?'} | ${cpu} |`,
      ];
    }),
    '',
    ...(report.growth
      ? [
          `## Growth: x${settings.scale} against x1`,
          '',
          `Our server's CPU per request at both scales (x1: ${report.growthSource}). Goal ≤ ${GROWTH_TARGET}.`,
          '',
          `| case | x1 CPU ms/req | x${settings.scale} CPU ms/req | ratio | ≤ ${GROWTH_TARGET} | x1 p50 at fixed rate | x${settings.scale} p50 at fixed rate |`,
          '| --- | ---: | ---: | ---: | :---: | ---: | ---: |',
          ...report.growth.map(
            (g) =>
              `| ${g.name} | ${g.x1CpuMs ?? '?'} | ${g.cpuMs ?? '?'} | ${g.ratio?.toFixed(2) ?? '?'} | ` +
              `${g.ratio === null ? '?' : mark(g.ratio <= GROWTH_TARGET)} | ${g.x1P50 ?? '?'} ms | ${g.p50 ?? '?'} ms |`,
          ),
          '',
        ]
      : []),
    ...(report.session.length
      ? [
          `## Session validation (${report.sessionCase}, ours)`,
          '',
          '| SESSION_COOKIE_CACHE_SECONDS | req/s | p50 | p99 | CPU ms/req |',
          '| ---: | ---: | ---: | ---: | ---: |',
          ...report.session.map(
            (s) =>
              `| ${s.cacheSeconds} | ${s.result.requestsPerSecond} | ${s.result.p50} ms | ${s.result.p99} ms | ${s.result.cpuMsPerRequest ?? '?'} |`,
          ),
          '',
        ]
      : []),
    ...(report.processes?.length
      ? [
          '## Two server processes, one database',
          '',
          'The same requests against one process, then spread over two (connections split',
          'between them), back to back. On this machine both processes, PostgreSQL and the',
          'load generator share the same cores: the ratio is what a second process adds here,',
          'not what it adds on a machine of its own.',
          '',
          '| case | one process req/s | p99 | two processes req/s | p99 | two / one |',
          '| --- | ---: | ---: | ---: | ---: | ---: |',
          ...report.processes.map(
            (p) =>
              `| ${p.name} | ${p.one.requestsPerSecond} | ${p.one.p99} ms | ${p.two.requestsPerSecond} | ${p.two.p99} ms | ${p.ratio.toFixed(2)} |`,
          ),
          '',
        ]
      : []),
    '## Query plans',
    '',
    'EXPLAIN (ANALYZE, BUFFERS) of every statement each case sends, as the generic plan of a',
    'prepared statement (what both servers run after five calls), with the parameters of one',
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

/** `latest.{json,md}` at scale 1, `scale<n>.{json,md}` at others. */
export function writeReport(report: Report, folder: string, base: string) {
  writeFileSync(`${folder}/${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${folder}/${base}.md`, toMarkdown(report));
}
