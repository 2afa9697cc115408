/**
 * A PostgreSQL server of the test's own (initdb in a temporary folder, on a
 * free port), so a test can stop and start the database under the app. Runs
 * as the `postgres` user when the test runs as root (PostgreSQL refuses root).
 */
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createDbClient } from '../client';
import { migrate } from '../migrations';

/** The folder of initdb and pg_ctl: on the PATH, or Debian's /usr/lib/postgresql/<newest>/bin. */
function binDir(): string {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(dir, 'initdb'))) return dir;
  } catch {}
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) {
    throw new Error('PostgreSQL server binaries not found (apt-get install postgresql)');
  }
  return join(root, versions[0], 'bin');
}

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
  });
}

export type PostgresServer = {
  /** URL of the migrated application database. */
  url: string;
  /** URL of the server's `postgres` database, as the superuser (to create others beside `url`). */
  adminUrl: string;
  /** Stops the server as a crash would (no shutdown checkpoint). */
  stop(): Promise<void>;
  /** Starts it again; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops the server and deletes its files. */
  destroy(): Promise<void>;
};

export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = binDir();
  const folder = mkdtempSync(join(tmpdir(), 'en-pg-'));
  const data = join(folder, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(folder, uid, gid);
  }
  // Asynchronous: the app under test may share this process and must keep running.
  const run = async (command: string, args: string[]) => {
    await promisify(execFile)(
      asRoot ? 'runuser' : join(bin, command),
      asRoot ? ['-u', 'postgres', '--', join(bin, command), ...args] : args,
    );
  };
  await run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () =>
    run('pg_ctl', ['-D', data, '-o', options, '-l', join(folder, 'log'), '-w', 'start']);
  const stop = () => run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
  await start();

  const admin = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const setup = await createDbClient({ url: admin, poolSize: 1 });
  await setup.withSession((q) => q('CREATE DATABASE app'));
  await setup.close();
  const url = `postgresql://postgres@127.0.0.1:${port}/app`;
  const client = await createDbClient({ url, poolSize: 1 });
  await migrate(client);
  await client.close();

  let running = true;
  // Should the test process end without destroy() (a cancelled run), stop the server anyway.
  const cleanUp = () => {
    if (running) {
      const args = ['-D', data, '-m', 'immediate', 'stop'];
      const pgCtl = join(bin, 'pg_ctl');
      execFileSync(
        asRoot ? 'runuser' : pgCtl,
        asRoot ? ['-u', 'postgres', '--', pgCtl, ...args] : args,
        {
          stdio: 'ignore',
        },
      );
    }
    rmSync(folder, { recursive: true, force: true });
  };
  process.once('exit', cleanUp);
  return {
    url,
    adminUrl: admin,
    async stop() {
      await stop();
      running = false;
    },
    async start() {
      await start();
      running = true;
    },
    async destroy() {
      if (running) await stop();
      running = false;
      rmSync(folder, { recursive: true, force: true });
      process.removeListener('exit', cleanUp);
    },
  };
}
