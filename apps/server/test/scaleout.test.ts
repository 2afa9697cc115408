/**
 * Three server processes on one PostgreSQL, driven together as a load balancer
 * would spread one user's requests: the app tier keeps nothing a process of its
 * own would have to share (sessions, rate limits, the simulator's queue and the
 * live updates all go through the database), and losing a process loses no
 * acknowledged write.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createDbClient, type DbClient } from '@expert-network/db';
import {
  createTestDatabase,
  freePort,
  type TestDatabase,
  waitFor,
} from '@expert-network/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SpawnedServer, spawnServer } from './spawn-server';
import { signUpOverHttp, typedClient } from './start';

const PROCESSES = 3;

let database: TestDatabase;
let observer: DbClient;
let servers: SpawnedServer[];

beforeAll(async () => {
  // Real concurrent sessions: PostgreSQL (DATABASE_URL's server, or one of the test's own).
  database = await createTestDatabase({ concurrent: true });
  const url = database.url as string;
  observer = await createDbClient({ url, poolSize: 2 });
  const ports = await Promise.all(Array.from({ length: PROCESSES }, () => freePort()));
  const origins = ports.map((port) => `http://localhost:${port}`);
  // What every process behind one load balancer shares: the database, the secret, the public URL.
  const shared = {
    BETTER_AUTH_SECRET: randomBytes(32).toString('base64'),
    BETTER_AUTH_URL: origins[0] as string,
    TRUSTED_ORIGINS: origins.join(','),
    TRUST_PROXY: 'true',
    DATABASE_POOL_SIZE: '6',
    SIMULATOR_SPEEDUP: '1000000',
    SIMULATOR_POLL_MS: '50',
    SIMULATOR_DECLINE_RATE: '0',
  };
  // The first start fills tsx's transform cache; the other two then start from it, which on
  // a loaded runner is the difference between seconds and over a minute each.
  const [first, ...others] = ports;
  const firstServer = await spawnServer(first as number, url, shared);
  servers = [
    firstServer,
    ...(await Promise.all(others.map((port) => spawnServer(port, url, shared)))),
  ];
}, 400_000);

afterAll(async () => {
  for (const server of servers ?? []) if (server.child.exitCode === null) server.child.kill();
  await Promise.all((servers ?? []).map((s) => s.exited));
  await observer?.close();
  await database?.dispose();
});

const at = (i: number) => servers[i % PROCESSES] as SpawnedServer;

async function signIn(baseUrl: string, email: string, password: string, clientIp = '127.0.0.1') {
  return fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, 'x-forwarded-for': clientIp },
    body: JSON.stringify({ email, password }),
  });
}

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

/** A live stream, read in the background as it comes. */
async function openStream(baseUrl: string, cookie: string) {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}/api/trpc/live.changes`, {
    headers: { accept: 'text/event-stream', cookie },
    signal: abort.signal,
  });
  let text = '';
  const reading = (response.body as ReadableStream<Uint8Array>)
    .pipeThrough(new TextDecoderStream())
    .pipeTo(
      new WritableStream({
        write(chunk) {
          text += chunk;
        },
      }),
    )
    .catch(() => undefined);
  return {
    text: () => text,
    close() {
      abort.abort();
      return reading;
    },
  };
}

describe('three processes, one database', () => {
  it('a session made on one process is valid on every other, and a sign-out on any ends it', async () => {
    const email = `spread.${randomUUID()}@example.com`;
    const password = 'long password 123';
    const signedUp = await fetch(`${at(0).url}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: at(0).url },
      body: JSON.stringify({ name: 'Spread', email, password }),
    });
    expect(signedUp.status).toBe(200);
    const signedIn = await signIn(at(1).url, email, password);
    expect(signedIn.status).toBe(200);
    const cookie = cookieOf(signedIn);

    const created = await typedClient(at(2).url, cookie).project.create.mutate({
      projectName: 'Made on the third',
    });
    for (let i = 0; i < PROCESSES; i++) {
      const { items } = await typedClient(at(i).url, cookie).project.list.query();
      expect(items.map((p) => p.id)).toContain(created.id);
    }

    const signedOut = await fetch(`${at(2).url}/api/auth/sign-out`, {
      method: 'POST',
      headers: { cookie, origin: at(2).url },
    });
    expect(signedOut.status).toBe(200);
    for (let i = 0; i < PROCESSES; i++) {
      await expect(typedClient(at(i).url, cookie).project.list.query()).rejects.toMatchObject({
        data: { code: 'UNAUTHORIZED' },
      });
    }
  });

  it('the sign-in rate limit is one limit across the processes', async () => {
    // One client address (the proxy's X-Forwarded-For), 15 attempts spread over the three at once.
    const clientIp = '203.0.113.19';
    const statuses = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        signIn(at(i).url, `nobody.${i}@example.com`, 'wrong password', clientIp).then(
          (r) => r.status,
        ),
      ),
    );
    // Ten per minute per address (packages/auth): had each process counted alone, none would be refused.
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    expect(statuses.filter((s) => s !== 429)).toHaveLength(10);
  });

  it("a change made on one process reaches the user's pages open on the others", async () => {
    const cookie = await signUpOverHttp(at(0).url, 'Watcher');
    const streams = await Promise.all([
      openStream(at(1).url, cookie),
      openStream(at(2).url, cookie),
    ]);
    const client = typedClient(at(0).url, cookie);
    // A stream listens once the server has run its subscription, a moment after the
    // response starts: a write is made again until both have seen one.
    let writes = 0;
    await waitFor(
      'a write on the first process to reach the streams on the other two',
      async () => {
        if (streams.every((s) => s.text().includes('projects'))) return true;
        await client.project.create.mutate({ projectName: `Seen elsewhere ${++writes}` });
        return false;
      },
      { timeoutMs: 15_000, intervalMs: 200 },
    );
    expect(writes).toBeGreaterThan(0);
    await Promise.all(streams.map((s) => s.close()));
  });

  it('the simulator on every process delivers each proposal once', async () => {
    const cookie = await signUpOverHttp(at(0).url, 'Sourcer');
    const client = typedClient(at(1).url, cookie);
    const vendors = await client.vendor.list.query();
    const campaign = await client.campaign.create.mutate({
      campaignName: 'Shared queue',
      industryVertical: 'Healthcare',
      vendorPlatformIds: vendors.slice(0, 6).map((v) => v.id),
    });
    type Totals = { requests: number; open: number; delivered: number; experts: number };
    // One statement, one snapshot: delivering writes the experts and closes the request together.
    const totals = async () => {
      const [row] = await observer.withSession((q) =>
        q<Totals>(
          `SELECT count(*)::int AS requests,
                  count(*) FILTER (WHERE r.status IN ('pending', 'running'))::int AS open,
                  coalesce(sum(r.experts_delivered) FILTER (WHERE r.status = 'done'), 0)::int AS delivered,
                  (SELECT count(*)::int FROM expert_network.experts e WHERE e.campaign_id = $1) AS experts
             FROM expert_network.sourcing_requests r
             JOIN expert_network.campaign_vendor_enrollments en
               ON en.id = r.enrollment_id AND en.user_id = r.user_id
            WHERE en.campaign_id = $1 AND r.kind = 'initial'`,
          [campaign.id],
        ),
      );
      return row as Totals;
    };
    const done = await waitFor(
      'every first batch delivered',
      async () => {
        const t = await totals();
        return t.requests === 6 && t.open === 0 ? t : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 100 },
    );
    expect(done.delivered).toBeGreaterThan(0);

    const answered = await observer.withSession((q) =>
      q<{ id: string }>(
        `SELECT r.id FROM expert_network.sourcing_requests r
           JOIN expert_network.campaign_vendor_enrollments en
             ON en.id = r.enrollment_id AND en.user_id = r.user_id
          WHERE en.campaign_id = $1 AND r.kind = 'initial'`,
        [campaign.id],
      ),
    );
    // Each request answered by exactly one process, once ("vendor answered" is logged per
    // answer; the logs are flushed a moment later).
    const answerLines = () =>
      servers.flatMap((s) =>
        s
          .output()
          .split('\n')
          .filter((line) => line.includes('vendor answered')),
      );
    await waitFor('every answer in the logs', () =>
      answered.every(({ id }) => answerLines().some((line) => line.includes(id))),
    );
    for (const { id } of answered) {
      expect(answerLines().filter((line) => line.includes(id))).toHaveLength(1);
    }
    // No expert twice: the initial batches' experts are exactly what those requests delivered.
    const [initialExperts] = await observer.withSession((q) =>
      q<{ n: number; refs: number }>(
        `SELECT count(*)::int AS n,
                count(DISTINCT (vendor_platform_id, external_ref))::int AS refs
           FROM expert_network.experts WHERE campaign_id = $1`,
        [campaign.id],
      ),
    );
    expect(initialExperts?.refs).toBe(initialExperts?.n);
    expect(initialExperts?.n).toBeGreaterThanOrEqual(done.delivered);
  }, 90_000);

  it('stopping one process under load loses no acknowledged write; the others keep serving', async () => {
    const cookie = await signUpOverHttp(at(0).url, 'Loaded');
    const acknowledged: string[] = [];
    const failedOnSurvivors: unknown[] = [];
    const ackedBy: number[] = [0, 0, 0];
    const leaving = 2;
    let stopped = false;
    let stopping = false;
    let sent = 0;
    // Eight writers, each sending to the processes in turn; a refused request is sent to the
    // next process, as a load balancer retries a connection the draining process refuses.
    const writer = async (w: number) => {
      while (!stopped) {
        const name = `w${w}-${sent++}`;
        for (let attempt = 0; ; attempt++) {
          const target = (sent + w + attempt) % PROCESSES;
          if (target === leaving && stopping && attempt === 0) continue;
          try {
            await typedClient(at(target).url, cookie).project.create.mutate({ projectName: name });
            acknowledged.push(name);
            ackedBy[target] = (ackedBy[target] ?? 0) + 1;
            break;
          } catch (error) {
            if (target !== leaving) failedOnSurvivors.push(error);
            if (attempt > PROCESSES) throw error;
          }
        }
      }
    };
    const writers = Array.from({ length: 8 }, (_, w) => writer(w));
    await waitFor('writes acknowledged by every process', () => ackedBy.every((n) => n >= 5), {
      timeoutMs: 30_000,
    });

    const before = [...ackedBy];
    at(leaving).child.kill('SIGTERM');
    expect(await at(leaving).exited).toBe(0);
    stopping = true;
    // The two left keep taking writes after the third is gone.
    await waitFor(
      'more writes on the processes left',
      () => ackedBy[0]! >= before[0]! + 10 && ackedBy[1]! >= before[1]! + 10,
      { timeoutMs: 30_000 },
    );
    stopped = true;
    await Promise.all(writers);

    expect(failedOnSurvivors).toEqual([]);
    const stored = await observer.withSession((q) =>
      q<{ project_name: string }>(
        `SELECT p.project_name FROM expert_network.projects p
           JOIN public."user" u ON u.id = p.user_id WHERE u.name = 'Loaded'`,
      ),
    );
    const names = new Set(stored.map((r) => r.project_name));
    expect(acknowledged.filter((name) => !names.has(name))).toEqual([]);
    expect(new Set(acknowledged).size).toBe(acknowledged.length);
  }, 90_000);
});
