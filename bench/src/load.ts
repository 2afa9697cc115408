/**
 * Loads a server with autocannon: fixed connections, no pipelining, requests in
 * rotation, as fast as the server answers (a steady offered rate: paced.ts).
 */
import autocannon from 'autocannon';
import type { BenchRequest } from './cases';
import { cpuMeter } from './cpu';

export type LoadResult = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  /** Non-2xx responses and socket errors other than timeouts: any makes the run invalid. */
  failures: number;
  /**
   * Requests unanswered after 30 s: counted, not fatal (on a machine loaded far
   * beyond its cores a queue can hold a request that long).
   */
  timeouts: number;
  /**
   * CPU time the server process spent per request (user + system). On a shared
   * machine this is steadier than req/s: it does not depend on who else runs.
   */
  cpuMsPerRequest: number | null;
};

export async function load(
  url: string,
  requests: BenchRequest[],
  {
    connections,
    seconds,
    pid,
  }: {
    connections: number;
    seconds: number;
    pid?: number;
  },
): Promise<LoadResult> {
  let next = 0;
  const cpu = cpuMeter(pid);
  const result = await autocannon({
    url,
    connections,
    pipelining: 1,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const r = requests[next++ % requests.length] as BenchRequest;
          return { ...request, method: r.method, path: r.path, headers: r.headers, body: r.body };
        },
      },
    ],
  });
  return {
    requestsPerSecond: Math.round(result.requests.total / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    // autocannon counts a timeout among the errors too.
    failures: result.non2xx + Math.max(0, result.errors - result.timeouts),
    timeouts: result.timeouts,
    cpuMsPerRequest: cpu.perRequest(result.requests.total),
  };
}
