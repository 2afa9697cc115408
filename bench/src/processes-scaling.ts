/**
 * The same requests against one server process, then spread over two processes
 * on the same database (as a load balancer would), back to back: how much the
 * second process adds on this machine. Both numbers are printed as they come:
 * on 2 cores shared with PostgreSQL and the load generator the second process
 * competes for the same CPUs, so the ratio may well be below 2, or below 1.
 */
import type { BenchRequest } from './cases';
import { type LoadResult, load } from './load';
import type { ChildServer } from './processes';

export type ProcessesResult = {
  name: string;
  one: LoadResult;
  two: LoadResult;
  /** Two processes' throughput over one's. */
  ratio: number;
};

/** Requests spread over `servers` at once, the connections split between them; one result. */
async function loadSpread(
  servers: ChildServer[],
  requests: BenchRequest[],
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const connections = Math.max(1, Math.round(options.connections / servers.length));
  const parts = await Promise.all(
    servers.map((server) =>
      load(server.url, requests, { connections, seconds: options.seconds, pid: server.pid }),
    ),
  );
  const total = parts.reduce((sum, p) => sum + p.total, 0);
  const cpu = parts.every((p) => p.cpuMsPerRequest !== null)
    ? parts.reduce((sum, p) => sum + (p.cpuMsPerRequest ?? 0) * p.total, 0) / (total || 1)
    : null;
  return {
    requestsPerSecond: parts.reduce((sum, p) => sum + p.requestsPerSecond, 0),
    p50: Math.max(...parts.map((p) => p.p50)),
    p99: Math.max(...parts.map((p) => p.p99)),
    total,
    failures: parts.reduce((sum, p) => sum + p.failures, 0),
    timeouts: parts.reduce((sum, p) => sum + p.timeouts, 0),
    cpuMsPerRequest: cpu === null ? null : Math.round(cpu * 100) / 100,
  };
}

export async function compareProcesses(
  name: string,
  [first, second]: [ChildServer, ChildServer],
  requests: BenchRequest[],
  options: { connections: number; seconds: number; warmup: number },
): Promise<ProcessesResult> {
  const run = async (servers: ChildServer[]) => {
    if (options.warmup > 0)
      await loadSpread(servers, requests, { ...options, seconds: options.warmup });
    const result = await loadSpread(servers, requests, options);
    if (result.failures > 0) {
      throw new Error(
        `${result.failures} of ${result.total} requests failed (${name}, ${servers.length} processes)`,
      );
    }
    return result;
  };
  const one = await run([first]);
  const two = await run([first, second]);
  return { name, one, two, ratio: two.requestsPerSecond / one.requestsPerSecond };
}

export const processesLine = (p: ProcessesResult) =>
  `processes ${p.name}: one ${p.one.requestsPerSecond} req/s p99 ${p.one.p99} ms | ` +
  `two ${p.two.requestsPerSecond} req/s p99 ${p.two.p99} ms | two/one ${p.ratio.toFixed(2)}`;
