/**
 * The database goes away under load, and comes back; the pool runs out.
 * Against a PostgreSQL server of this test's own, which it stops and starts.
 */
import { DATABASE_UNAVAILABLE_MESSAGE } from '@expert-network/api';
import { createDbClient } from '@expert-network/db';
import {
  lockTable,
  type PostgresServer,
  startPostgresServer,
  waitFor,
  waitForLockWaiters,
} from '@expert-network/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../src/env';
import { createLogger } from '../src/logger';
import { type RunningServer, startServer } from '../src/server';
import { signUpOverHttp } from './start';

let pg: PostgresServer;
beforeAll(async () => {
  pg = await startPostgresServer();
});
afterAll(() => pg?.destroy());

/** The real server over `pg`, with its own pool, in this process. */
async function startApp(env: Record<string, string> = {}) {
  const running = await startServer(
    parseEnv({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: pg.url, ...env }),
    createLogger('silent', false),
  );
  const cookie = await signUpOverHttp(running.url, `User${Date.now()}`);
  return { running, cookie };
}

type Outcome = { name: string; status: number; body: string; startedAt: number; endedAt: number };

/** Creates projects from `workers` loops until `until()`; every answer is kept in `outcomes` as it comes. */
async function writeLoad(
  app: RunningServer,
  cookie: string,
  workers: number,
  until: () => boolean,
  outcomes: Outcome[],
) {
  let n = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!until()) {
        const name = `Project ${++n}`;
        // A code of its own: generated codes can collide between concurrent creates.
        const startedAt = performance.now();
        const response = await fetch(`${app.url}/api/trpc/project.create`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ json: { projectName: name, projectCode: `C-${n}` } }),
        });
        const body = await response.text();
        outcomes.push({
          name,
          status: response.status,
          body,
          startedAt,
          endedAt: performance.now(),
        });
        // Failures come fast: pace the loop so an outage is not a busy loop.
        if (!response.ok) await new Promise((r) => setTimeout(r, 20));
      }
    }),
  );
}

describe('the database stops during load', () => {
  it('requests fail fast with 503, the server recovers within 5 s of its return, and no acknowledged write is lost', async () => {
    const { running: app, cookie } = await startApp();
    try {
      let done = false;
      const outcomes: Outcome[] = [];
      const load = writeLoad(app, cookie, 8, () => done, outcomes);
      const succeeded = (after: number) =>
        outcomes.filter((o) => o.status === 200 && o.startedAt >= after);

      await waitFor('writes going through', () => succeeded(0).length >= 10);
      const stoppedAt = performance.now();
      await pg.stop();
      await waitFor('/healthz to notice', async () => {
        const health = await fetch(`${app.url}/healthz`);
        if (health.status === 200) return false;
        expect(health.status).toBe(503);
        expect(await health.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
        return true;
      });
      await waitFor('writes failing', () =>
        outcomes.some((o) => o.status !== 200 && o.startedAt >= stoppedAt),
      );
      await pg.start();
      const restartedAt = performance.now();
      // Back within 5 s of the database, without a restart of the server...
      const firstSuccess = await waitFor(
        'a write to succeed again',
        () => succeeded(restartedAt).sort((a, b) => a.endedAt - b.endedAt)[0],
        { timeoutMs: 5_000 },
      );
      // ...and it stays back: every write sent since then succeeds.
      await waitFor(
        'more writes after recovery',
        () => succeeded(firstSuccess.endedAt).length >= 20,
      );
      done = true;
      await load;
      expect(firstSuccess.endedAt - restartedAt).toBeLessThan(5_000);
      expect(
        outcomes.filter((o) => o.startedAt >= firstSuccess.endedAt).every((o) => o.status === 200),
      ).toBe(true);

      // Every answer is a success or a clear 503: no 500, no hang, no crash.
      const failed = outcomes.filter((o) => o.status !== 200);
      expect(failed.length).toBeGreaterThan(0);
      for (const o of failed) {
        expect(o.status).toBe(503);
        expect(o.body).toContain(DATABASE_UNAVAILABLE_MESSAGE);
        // connect_timeout is 5 s: nothing waits longer than that for a dead database.
        expect(o.endedAt - o.startedAt).toBeLessThan(6_000);
      }
      expect(failed.every((o) => o.endedAt >= stoppedAt)).toBe(true);

      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);

      // Every project the server said it created is there.
      const acknowledged = outcomes.filter((o) => o.status === 200).map((o) => o.name);
      const check = await createDbClient({ url: pg.url, poolSize: 1 });
      const stored = await check.withSession((q) =>
        q<{ project_name: string }>('SELECT project_name FROM expert_network.projects'),
      );
      await check.close();
      const names = new Set(stored.map((r) => r.project_name));
      expect(acknowledged.length).toBeGreaterThan(10);
      expect(acknowledged.filter((name) => !names.has(name))).toEqual([]);
    } finally {
      await app.stop();
    }
  }, 90_000);
});

describe('the pool limit is reached', () => {
  it('more concurrent requests than connections queue and all complete', async () => {
    const { running: app, cookie } = await startApp({ DATABASE_POOL_SIZE: '2' });
    // A lock makes the first requests hold both connections while the rest arrive.
    // Two connections: one holds the lock, the other watches who waits on it.
    const blocker = await createDbClient({ url: pg.url, poolSize: 2 });
    let release = () => {};
    try {
      release = await lockTable(blocker, 'expert_network.projects');
      const requests = Array.from({ length: 40 }, () =>
        fetch(`${app.url}/api/trpc/project.list`, { headers: { cookie } }),
      );
      // Both pool connections wait on the lock; the other requests wait for them.
      await waitForLockWaiters(blocker, 2);
      const check = await createDbClient({ url: pg.url, poolSize: 1 });
      const [activity] = await check.withSession((q) =>
        q<{ total: number; waiting: number }>(
          `SELECT count(*)::int AS total,
                  (count(*) FILTER (WHERE wait_event_type = 'Lock'))::int AS waiting
           FROM pg_stat_activity
           WHERE datname = 'app' AND pid <> pg_backend_pid()`,
        ),
      );
      await check.close();
      // The pool's two, the blocker's two, and the live updates' LISTEN connection.
      expect(activity).toEqual({ total: 5, waiting: 2 });
      release();
      const responses = await Promise.all(requests);
      expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
    } finally {
      release();
      await blocker.close();
      await app.stop();
    }
  }, 60_000);
});
