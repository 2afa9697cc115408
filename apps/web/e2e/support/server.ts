/**
 * The production server (`node apps/server/dist/index.mjs`, as `pnpm start` runs it, serving
 * the built SPA, with its vendor simulator) on a free port over a fresh database: a temporary embedded
 * database, or with DATABASE_URL a throwaway database beside it, dropped after.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDbClient, migrate } from '@expert-network/db';
import { createThrowawayDatabase } from '@expert-network/db/testing';
import { SIMULATOR_ENV } from './experts';

const serverDir = join(import.meta.dirname, '..', '..', '..', 'server');
const webDist = join(import.meta.dirname, '..', '..', 'dist');
const serverBundle = join(serverDir, 'dist', 'index.mjs');

export type E2EServer = { url: string; logs: string[]; stop(): Promise<void> };

/** A port nobody listens on right now (the OS picks it). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/** A fresh database and the environment the server needs to use it. */
async function freshDatabase() {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const database = await createThrowawayDatabase(serverUrl);
    const client = await createDbClient({ url: database.url, poolSize: 1 });
    await migrate(client);
    await client.close();
    return { env: { DATABASE_URL: database.url }, dispose: () => database.drop() };
  }
  // The server migrates an embedded database itself on start.
  const dir = mkdtempSync(join(tmpdir(), 'en-e2e-'));
  return {
    env: { DATABASE_URL: '', PGLITE_DIR: dir },
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function startProductionServer(): Promise<E2EServer> {
  for (const built of [join(webDist, 'index.html'), serverBundle]) {
    if (!existsSync(built)) {
      throw new Error(`${built} is missing: run \`pnpm build\` first (\`pnpm e2e\` does).`);
    }
  }
  const database = await freshDatabase();
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const logs: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', serverBundle], {
    cwd: serverDir,
    env: {
      ...process.env,
      ...database.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      BETTER_AUTH_SECRET: randomBytes(32).toString('base64'),
      BETTER_AUTH_URL: url,
      LOG_LEVEL: 'warn',
      ...SIMULATOR_ENV,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => logs.push(String(d)));
  child.stderr?.on('data', (d) => logs.push(String(d)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await database.dispose();
      throw new Error(`The server exited on start:\n${logs.join('')}`);
    }
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`The server did not start:\n${logs.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    url,
    logs,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await database.dispose();
    },
  };
}
