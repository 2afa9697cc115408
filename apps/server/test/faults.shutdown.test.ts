/**
 * SIGTERM during load, on the real server process (as `pnpm start` runs it):
 * requests in flight finish, new ones are refused, the process exits 0.
 */
import { connect } from 'node:net';
import { createDbClient } from '@expert-network/db';
import {
  freePort,
  lockTable,
  type PostgresServer,
  startPostgresServer,
  waitFor,
  waitForLockWaiters,
} from '@expert-network/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawnServer } from './spawn-server';
import { signUpOverHttp } from './start';

let pg: PostgresServer;
beforeAll(async () => {
  pg = await startPostgresServer();
});
afterAll(() => pg?.destroy());

it('SIGTERM: requests in flight finish, new ones are refused, the process exits 0', async () => {
  const server = await spawnServer(await freePort(), pg.url, {
    // More than the 11 requests held in flight below, so each waits on the lock itself.
    DATABASE_POOL_SIZE: '16',
  });
  // Two connections: one holds the lock, the other watches who waits on it.
  const blocker = await createDbClient({ url: pg.url, poolSize: 2 });
  try {
    const cookie = await signUpOverHttp(server.url, 'Leaving');
    // Requests that are still running when the signal comes: they wait on a lock.
    const release = await lockTable(blocker, 'expert_network.projects');
    const inFlight = Array.from({ length: 10 }, () =>
      fetch(`${server.url}/api/trpc/project.list`, { headers: { cookie } }),
    );
    // One connection kept alive: a read in flight, and behind it a write sent after the signal.
    const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
    let replies = '';
    socket.on('data', (chunk) => {
      replies += chunk;
    });
    socket.write(
      `GET /api/trpc/project.list HTTP/1.1\r\nHost: localhost\r\nCookie: ${cookie}\r\n\r\n`,
    );
    await waitForLockWaiters(blocker, 11);

    server.child.kill('SIGTERM');
    await waitFor('the server to start draining', () => server.output().includes('shutting down'));
    const body = JSON.stringify({ json: { projectName: 'Sent while draining' } });
    socket.write(
      `POST /api/trpc/project.create HTTP/1.1\r\nHost: localhost\r\nCookie: ${cookie}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    // A new request is refused: the port is closed (or, on a kept-alive socket, a 503).
    const late = await fetch(`${server.url}/api/trpc/health.check`).then(
      (r) => r.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);
    expect(server.child.exitCode).toBeNull();

    release();
    const responses = await Promise.all(inFlight);
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
    expect(await server.exited).toBe(0);
    // On the kept-alive connection: the read finished, the write was refused and not done.
    expect(replies).toMatch(/^HTTP\/1\.1 200/);
    expect(replies).toContain('HTTP/1.1 503');
    const written = await blocker.withSession((q) =>
      q(`SELECT 1 FROM expert_network.projects WHERE project_name = 'Sent while draining'`),
    );
    expect(written).toEqual([]);
    socket.destroy();
    expect(server.output()).toContain('"msg":"stopped"');
  } finally {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await blocker.close();
  }
}, 300_000);
