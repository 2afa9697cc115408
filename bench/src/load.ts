/** Loads a server with autocannon: fixed connections, no pipelining, requests in rotation. */
import autocannon from 'autocannon';
import type { BenchRequest } from './cases';

export type LoadResult = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  /** Non-2xx responses, socket errors and timeouts: any makes the run invalid. */
  failures: number;
};

export async function load(
  url: string,
  requests: BenchRequest[],
  { connections, seconds }: { connections: number; seconds: number },
): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    pipelining: 1,
    duration: seconds,
    timeout: 10,
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
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
