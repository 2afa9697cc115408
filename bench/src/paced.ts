/**
 * A steady offered load: requests sent on a fixed schedule (open loop), each
 * timed from the moment it was due, not from when it got a connection.
 *
 * autocannon's fixed rate is not steady: each connection sends its share of a
 * second as fast as it can, then waits for the next second, so half the
 * server's throughput arrives as a burst at full speed in the first half of
 * every second, and the latency it reports is the queue's. Timing from the
 * due moment also keeps a stalled server from hiding its stall (coordinated
 * omission: a closed loop sends less while the server is slow).
 *
 * The schedule runs in a worker thread, a heap of its own: the bench's main
 * thread holds the generated dataset (millions of rows at x10), and its
 * garbage collections would otherwise stall the sender and count against
 * whichever server was being measured.
 */
import { Agent, request } from 'node:http';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { BenchRequest } from './cases';
import { cpuMeter } from './cpu';
import type { LoadResult } from './load';

const TIMEOUT_MS = 30_000;

/** The value below which `share` of the sorted `values` lie. */
function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] as number) * 10) / 10;
}

type Schedule = {
  url: string;
  requests: BenchRequest[];
  rate: number;
  seconds: number;
  connections: number;
};

type Outcome = { latencies: number[]; failures: number; timeouts: number; elapsedMs: number };

/** Sends the schedule's requests on time and times each from when it was due. */
async function run({ url, requests, rate, seconds, connections }: Schedule): Promise<Outcome> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const interval = 1000 / rate;
  const count = Math.round(rate * seconds);
  const latencies: number[] = [];
  let failures = 0;
  let timeouts = 0;
  let sent = 0;
  let settled = 0;
  const started = performance.now();

  await new Promise<void>((resolve) => {
    const settle = () => {
      settled++;
      if (settled === count) resolve();
    };
    const send = (r: BenchRequest, due: number) => {
      let done = false;
      let timedOut = false;
      const finish = (failed: boolean) => {
        if (done) return;
        done = true;
        if (failed) failures++;
        settle();
      };
      const call = request(
        `${url}${r.path}`,
        { method: r.method, headers: r.headers, agent, timeout: TIMEOUT_MS },
        (response) => {
          response.resume();
          response.once('error', () => finish(true));
          response.once('end', () => {
            latencies.push(performance.now() - due);
            finish((response.statusCode ?? 0) >= 300);
          });
        },
      );
      call.once('timeout', () => {
        timedOut = true;
        timeouts++;
        call.destroy();
      });
      call.once('error', () => finish(!timedOut));
      call.end(r.body);
    };
    // Every millisecond or so, send what has fallen due since.
    const tick = () => {
      const now = performance.now();
      while (sent < count && started + sent * interval <= now) {
        send(requests[sent % requests.length] as BenchRequest, started + sent * interval);
        sent++;
      }
      if (sent < count) setTimeout(tick, 1);
    };
    tick();
  });
  agent.destroy();
  return { latencies, failures, timeouts, elapsedMs: performance.now() - started };
}

export async function paced(
  url: string,
  requests: BenchRequest[],
  { pid, ...pace }: { rate: number; seconds: number; connections: number; pid?: number },
): Promise<LoadResult> {
  const cpu = cpuMeter(pid);
  // This file is TypeScript: the worker imports it through tsx's API (Node 20 does not
  // apply `--import tsx` to a worker's own entry).
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const self = JSON.stringify(import.meta.url);
  const worker = new Worker(`import(${tsx}).then(({ tsImport }) => tsImport(${self}, ${self}))`, {
    eval: true,
    workerData: { paced: { url, requests, ...pace } satisfies Schedule },
  });
  const { latencies, failures, timeouts, elapsedMs } = await new Promise<Outcome>(
    (resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    },
  );
  const cpuMsPerRequest = cpu.perRequest(latencies.length);
  await worker.terminate();

  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round((latencies.length * 1000) / elapsedMs),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    total: latencies.length,
    failures,
    timeouts,
    cpuMsPerRequest,
  };
}

const schedule = (workerData as { paced?: Schedule } | null)?.paced;
if (!isMainThread && schedule) parentPort?.postMessage(await run(schedule));
