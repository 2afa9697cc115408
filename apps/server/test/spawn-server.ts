import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { waitFor } from '@expert-network/db/testing';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

export type SpawnedServer = {
  child: ChildProcess;
  url: string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Everything the process printed so far (JSON log lines in production). */
  output(): string;
};

/**
 * `node --import tsx src/index.ts` in production mode (as `pnpm start` runs it)
 * on `databaseUrl`; resolves once it logs that it listens. `env` adds to or
 * overrides the defaults.
 */
export async function spawnServer(
  port: number,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<SpawnedServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: SERVER_DIR,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: randomBytes(32).toString('base64'),
      BETTER_AUTH_URL: `http://localhost:${port}`,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await waitFor(
    'the server to listen',
    () => {
      if (child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
      return output.includes('server listening');
    },
    // Cold, tsx transforms the server's whole source first: at load average 16 that took
    // over a minute.
    { timeoutMs: 180_000, intervalMs: 50 },
  );
  return { child, url: `http://localhost:${port}`, exited, output: () => output };
}
