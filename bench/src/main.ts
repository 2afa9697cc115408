/**
 * `pnpm bench`: loads a realistic dataset into a new database, then loads the
 * production server and a raw node:http + postgres.js baseline with the same
 * requests, case by case, and writes bench/results/latest.{json,md}.
 *
 * Env: DATABASE_URL (the server to create the bench database on; default the
 * local ragdb URL), BENCH_SCALE (1; 10 loads ten times the data and compares
 * with the committed x1 results), BENCH_SECONDS (10), BENCH_LATENCY_SECONDS (8),
 * BENCH_CONNECTIONS (50), BENCH_WARMUP (3), DATABASE_POOL_SIZE (10, both
 * servers), DATABASE_PREPARE (ours; default on), LOG_LEVEL (info), BENCH_CASES
 * (comma-separated subset), BENCH_KEEP_DATABASE=1 (keep it for inspection),
 * BENCH_DATABASE=<name> (reuse a kept database instead of loading a new one),
 * BENCH_PROCESS_CASES (read cases run on one then two server processes; `none` skips).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDbClient, migrate } from '@expert-network/db';
import { createThrowawayDatabase } from '@expert-network/db/testing';
import postgres from 'postgres';
import {
  type BenchRequest,
  CASES,
  type Call,
  type CaseName,
  deepPageCalls,
  isMutation,
  makeCalls,
  trpcRequest,
} from './cases';
import { sessionCookie } from './cookies';
import { loadDataset, scaledSize } from './dataset';
import { explainAll } from './explain';
import { fingerprint } from './fingerprint';
import { openInProcessApi } from './inprocess';
import { type LoadResult, load } from './load';
import { paced } from './paced';
import { checkDatabaseServer, PreflightError } from './preflight';
import {
  buildOurServer,
  type ChildServer,
  freePort,
  startBaseline,
  startOurServer,
} from './processes';
import { compareProcesses, type ProcessesResult, processesLine } from './processes-scaling';
import {
  type CaseResult,
  caseLine,
  growthLine,
  growthOf,
  latencyLine,
  type Report,
  type SessionResult,
  writeReport,
} from './report';

const env = process.env;
const scale = Number(env.BENCH_SCALE ?? 1);
const settings = {
  serverUrl: env.DATABASE_URL || 'postgresql://raguser:ragpass@localhost:5432/ragdb',
  scale,
  // Larger scales spend minutes loading: shorter runs keep the whole under 10 minutes.
  seconds: Number(env.BENCH_SECONDS ?? (scale === 1 ? 10 : 6)),
  latencySeconds: Number(env.BENCH_LATENCY_SECONDS ?? (scale === 1 ? 8 : 6)),
  warmup: Number(env.BENCH_WARMUP ?? (scale === 1 ? 3 : 2)),
  connections: Number(env.BENCH_CONNECTIONS ?? 50),
  poolSize: Number(env.DATABASE_POOL_SIZE ?? 10),
  logLevel: env.LOG_LEVEL ?? 'info',
  cases: (env.BENCH_CASES?.split(',') ?? CASES) as CaseName[],
  keepDatabase: env.BENCH_KEEP_DATABASE === '1' || Boolean(env.BENCH_DATABASE),
  reuseDatabase: env.BENCH_DATABASE,
  processCases: (env.BENCH_PROCESS_CASES === 'none'
    ? []
    : (env.BENCH_PROCESS_CASES?.split(',') ?? ['campaign.list', 'campaign.byId', 'expert.list'])
  ).filter((name) =>
    (env.BENCH_CASES?.split(',') ?? (CASES as readonly string[])).includes(name),
  ) as CaseName[],
};
const CALLS_PER_CASE = 2_000;
const SESSION_CASE: CaseName = 'campaign.byId';
const COOKIE_CACHE_SECONDS = 300;
const RESULTS = fileURLToPath(new URL('../results', import.meta.url));

const started = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
const PHASES = [
  'check the database server',
  'create and load the bench database',
  'record the SQL of each procedure',
  'build the server, start both servers and compare their answers',
  'load each case: throughput, then latency at a fixed rate',
  'two server processes against one database',
  'session cookie cache',
  'query plans and report',
];
let phaseIndex = 0;
const phase = (name: string) => log(`phase ${++phaseIndex}/${PHASES.length}: ${name}`);
const resultsBase = settings.scale === 1 ? 'latest' : `scale${settings.scale}`;

phase(PHASES[0] as string);
try {
  await checkDatabaseServer(settings.serverUrl);
} catch (error) {
  if (!(error instanceof PreflightError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'en-bench-'));
const database = settings.reuseDatabase
  ? existingDatabase(settings.serverUrl, settings.reuseDatabase)
  : await createThrowawayDatabase(settings.serverUrl, 'en_bench');
const sql = postgres(database.url, { max: 2, onnotice: () => {} });
const running: ChildServer[] = [];
let failed = false;

try {
  phase(`${PHASES[1]} (x${settings.scale}): ${database.name}`);
  const client = await createDbClient({ url: database.url });
  await migrate(client);
  await client.close();
  const dataset = await loadDataset(sql, (line) => log(`  ${line}`), {
    size: scaledSize(settings.scale),
    alreadyLoaded: Boolean(settings.reuseDatabase),
  });

  phase(PHASES[2] as string);
  const secret = randomBytes(32).toString('base64');
  const cookies = dataset.users.map((u) => sessionCookie(u.token, secret));
  const api = await openInProcessApi(database.url, secret, dataset);
  const calls = {} as Record<CaseName, Call[]>;
  for (const name of CASES) calls[name] = makeCalls(name, dataset, CALLS_PER_CASE);
  calls['expert.list.deep'] = await deepPageCalls(sql, dataset, CALLS_PER_CASE);
  calls['expert.list'] = await api.withSecondPages(calls['expert.list']);
  // Probes: a call of the heaviest user, whose plans matter most (for expert.list,
  // the first page of a list that has a second).
  const probe = (name: CaseName): Call => {
    if (name !== 'expert.list')
      return calls[name].find((c) => c.userIndex === 0) ?? (calls[name][0] as Call);
    const paged = calls[name].filter((c) => c.input?.cursor);
    const chosen = paged.find((c) => c.userIndex === 0) ?? paged[0];
    if (!chosen) throw new Error('no expert.list call has a second page');
    const { cursor: _, ...input } = chosen.input ?? {};
    return { ...chosen, input };
  };
  const probes = Object.fromEntries(CASES.map((n) => [n, probe(n)])) as Record<CaseName, Call>;
  const recorded = await api.recordStatements(probes);
  await api.close();
  const statementsFile = join(work, 'statements.json');
  writeFileSync(
    statementsFile,
    JSON.stringify(
      Object.fromEntries(Object.entries(recorded).map(([k, list]) => [k, list.map((s) => s.text)])),
    ),
  );
  phase(PHASES[3] as string);

  const requestsOf = (name: CaseName, extraCookie: (userIndex: number) => string = () => '') =>
    calls[name].map((c): BenchRequest => {
      const cookie = [cookies[c.userIndex], extraCookie(c.userIndex)].filter(Boolean).join('; ');
      return trpcRequest(name, c.input, cookie);
    });

  const ports: number[] = [];
  const nextPort = async () => {
    const port = await freePort(3300, 3399, ports);
    ports.push(port);
    return port;
  };
  const common = { databaseUrl: database.url, poolSize: settings.poolSize, secret };
  buildOurServer();
  const ours = await startOurServer(await nextPort(), {
    ...common,
    logFile: join(work, 'server.log'),
    env: {
      LOG_LEVEL: settings.logLevel,
      ...(env.DATABASE_PREPARE ? { DATABASE_PREPARE: env.DATABASE_PREPARE } : {}),
    },
  });
  running.push(ours);
  const baseline = await startBaseline(await nextPort(), {
    ...common,
    logFile: join(work, 'baseline.log'),
    statementsFile,
  });
  running.push(baseline);
  log(`server ${ours.url}, baseline ${baseline.url}`);

  // Both must answer every case alike before their speed means anything.
  for (const name of settings.cases) {
    const request = trpcRequest(name, probes[name].input, cookies[probes[name].userIndex] ?? '');
    const [a, b] = await Promise.all(
      [ours, baseline].map(async (server) => {
        const response = await fetch(`${server.url}${request.path}`, {
          method: request.method,
          headers: request.headers,
          body: request.body,
        });
        if (!response.ok) {
          throw new Error(`${name} on ${server.url}: ${response.status} ${await response.text()}`);
        }
        return ((await response.json()) as { result: { data: { json: unknown } } }).result.data
          .json;
      }),
    );
    const expected = JSON.stringify(fingerprint(name, a));
    const got = JSON.stringify(fingerprint(name, b));
    if (expected !== got) {
      throw new Error(`${name}: the baseline answers ${got}, the server ${expected}`);
    }
  }
  log('both servers answer every case alike');

  phase(
    `${PHASES[4]} (${settings.cases.length} cases, about ${Math.ceil((settings.cases.length * (2 * (settings.warmup + settings.seconds) + 2 * settings.latencySeconds)) / 60)} min)`,
  );
  const warm = async (server: ChildServer, requests: BenchRequest[]) => {
    if (settings.warmup > 0) {
      await load(server.url, requests, {
        connections: settings.connections,
        seconds: settings.warmup,
      });
    }
  };
  const measure = async (server: ChildServer, requests: BenchRequest[]): Promise<LoadResult> => {
    const result = await load(server.url, requests, {
      connections: settings.connections,
      seconds: settings.seconds,
      pid: server.pid,
    });
    if (result.failures > 0) {
      throw new Error(
        `${result.failures} of ${result.total} requests failed on ${server.url}: see ${work}`,
      );
    }
    return result;
  };

  const results: CaseResult[] = [];
  for (const name of settings.cases) {
    const requests = requestsOf(name);
    // Both warm up before either is measured: whoever ran first on a case's rows paid
    // for reading them into the cache and, for a write, for the first change of each
    // page since the last checkpoint (a whole-page image in the WAL). Measured second
    // on a cold x10 database, the baseline wrote 2.3x as fast with the same SQL.
    await warm(ours, requests);
    await warm(baseline, requests);
    const oursResult = await measure(ours, requests);
    const baselineResult = await measure(baseline, requests);
    const result: CaseResult = {
      name,
      ours: oursResult,
      baseline: baselineResult,
      ratio: oursResult.requestsPerSecond / baselineResult.requestsPerSecond,
    };
    log(caseLine(result) + (isMutation(name) ? ' (write)' : ''));
    if (settings.latencySeconds > 0) {
      // Below saturation, latency is the server's, not the queue's.
      const rate = Math.max(1, Math.round(baselineResult.requestsPerSecond / 2));
      const atRate = (server: ChildServer) =>
        paced(server.url, requests, {
          connections: settings.connections,
          seconds: settings.latencySeconds,
          pid: server.pid,
          rate,
        });
      result.latency = { rate, ours: await atRate(ours), baseline: await atRate(baseline) };
      log(latencyLine(result));
    }
    results.push(result);
  }
  await baseline.stop();

  phase(PHASES[5] as string);
  const processes: ProcessesResult[] = [];
  if (settings.processCases.length) {
    const second = await startOurServer(await nextPort(), {
      ...common,
      logFile: join(work, 'server-second.log'),
      env: { LOG_LEVEL: settings.logLevel },
    });
    running.push(second);
    for (const name of settings.processCases) {
      processes.push(await compareProcesses(name, [ours, second], requestsOf(name), settings));
      log(processesLine(processes.at(-1) as ProcessesResult));
    }
    await second.stop();
  }

  phase(PHASES[6] as string);

  // Session validation: the same case with Better Auth's cookie cache on. At x1 only: at
  // larger scales the cookies of thousands of users would trip Better Auth's rate limit.
  const session: SessionResult[] = [];
  if (settings.scale === 1) {
    session.push({
      cacheSeconds: 0,
      result:
        results.find((r) => r.name === SESSION_CASE)?.ours ??
        (await warm(ours, requestsOf(SESSION_CASE)).then(() =>
          measure(ours, requestsOf(SESSION_CASE)),
        )),
    });
    await ours.stop();
    const cached = await startOurServer(await nextPort(), {
      ...common,
      logFile: join(work, 'server-cookie-cache.log'),
      env: {
        LOG_LEVEL: settings.logLevel,
        SESSION_COOKIE_CACHE_SECONDS: String(COOKIE_CACHE_SECONDS),
      },
    });
    running.push(cached);
    const sessionData = await sessionDataCookies(cached.url, cookies, calls[SESSION_CASE]);
    const cachedRequests = requestsOf(SESSION_CASE, (i) => sessionData.get(i) ?? '');
    await warm(cached, cachedRequests);
    session.push({
      cacheSeconds: COOKIE_CACHE_SECONDS,
      result: await measure(cached, cachedRequests),
    });
    await cached.stop();
  }
  await ours.stop();
  for (const s of session) {
    log(
      `session cookie cache ${s.cacheSeconds} s (${SESSION_CASE}): ${s.result.requestsPerSecond} req/s p99 ${s.result.p99} ms`,
    );
  }

  phase(PHASES[7] as string);
  const explain = await explainAll(sql, recorded);
  for (const e of explain.filter((x) => x.seqScans.length)) {
    log(`sequential scan in ${e.key}: ${e.seqScans.join(', ')}`);
  }
  const [{ version }] = (await sql`SELECT current_setting('server_version') AS version`) as [
    { version: string },
  ];
  const report: Report = {
    date: new Date().toISOString(),
    machine: {
      cpus: availableParallelism(),
      node: process.version,
      postgres: `PostgreSQL ${version}`,
    },
    settings: {
      connections: settings.connections,
      seconds: settings.seconds,
      poolSize: settings.poolSize,
      logLevel: settings.logLevel,
      scale: settings.scale,
    },
    dataset: dataset.counts,
    cases: results,
    sessionCase: SESSION_CASE,
    session,
    processes,
    explain,
  };
  log('summary:');
  for (const r of results) {
    log(caseLine(r));
    log(latencyLine(r));
  }
  for (const p of processes) log(processesLine(p));
  const x1File = join(RESULTS, 'latest.json');
  if (settings.scale !== 1 && existsSync(x1File)) {
    const x1 = JSON.parse(readFileSync(x1File, 'utf8')) as Report;
    report.growth = growthOf(results, x1);
    report.growthSource = `the committed x1 results, bench/results/latest.json of ${x1.date}`;
    log(`growth against ${report.growthSource}:`);
    for (const g of report.growth) log(growthLine(g, settings.scale));
  }
  writeReport(report, RESULTS, resultsBase);
  log(`wrote bench/results/${resultsBase}.json and ${resultsBase}.md`);
} catch (error) {
  failed = true;
  console.error(error);
  console.error(`logs kept in ${work}`);
} finally {
  for (const server of running) await server.stop();
  await sql.end();
  if (settings.keepDatabase) {
    log(`kept database ${database.name}: ${database.url}`);
  } else {
    await database.drop();
  }
  if (!failed) rmSync(work, { recursive: true, force: true });
  log(failed ? 'failed' : 'done');
  process.exit(failed ? 1 : 0);
}

function existingDatabase(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: async () => {} };
}

/** The `session_data` cookie Better Auth hands each user when its cookie cache is on. */
async function sessionDataCookies(url: string, cookies: string[], calls: Call[]) {
  const byUser = new Map<number, string>();
  for (const userIndex of new Set(calls.map((c) => c.userIndex))) {
    const response = await fetch(`${url}/api/auth/get-session`, {
      headers: { cookie: cookies[userIndex] ?? '' },
    });
    const data = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => c.startsWith('better-auth.session_data='));
    if (!data) throw new Error(`no session_data cookie for user ${userIndex} (${response.status})`);
    byUser.set(userIndex, data);
  }
  return byUser;
}
