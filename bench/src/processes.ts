/** The two servers under load, each a child process of its own, and their ports. */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A port between `from` and `to` that nothing listens on now. */
const START_SECONDS = 120;

export async function freePort(from = 3300, to = 3399, taken: number[] = []): Promise<number> {
  for (let port = from; port <= to; port++) {
    if (taken.includes(port)) continue;
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}-${to}`);
}

export type ChildServer = { url: string; pid: number; stop(): Promise<void> };

/**
 * Starts node with `args` and `env`, sends its output to `logFile`, and waits
 * until /healthz answers.
 */
async function startChild(
  name: string,
  cwd: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  logFile: string,
): Promise<ChildServer> {
  const log = openSync(logFile, 'a');
  // e.g. BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to see where time goes.
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  // tsx compiles the baseline on a cold start: on a loaded 2-core machine that takes a while.
  const deadline = Date.now() + START_SECONDS * 1000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited (${child.exitCode}): see ${logFile}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not come up in ${START_SECONDS} s: see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export type ServerSettings = {
  databaseUrl: string;
  poolSize: number;
  secret: string;
  logFile: string;
};

/**
 * Builds apps/server as for production (`pnpm build`: one bundle, no tsx). Run
 * through tsx, every closure made per request also got a name set on it
 * (esbuild's keepNames), work the production bundle does not do.
 */
export function buildOurServer() {
  try {
    execFileSync('pnpm', ['run', '--silent', 'build'], {
      cwd: `${ROOT}/apps/server`,
      stdio: 'pipe',
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`building apps/server failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

/** apps/server as it runs in production (`pnpm start`, after buildOurServer). */
export function startOurServer(
  port: number,
  settings: ServerSettings & { env?: Record<string, string> },
) {
  return startChild(
    'the server',
    `${ROOT}/apps/server`,
    ['--enable-source-maps', 'dist/index.mjs'],
    {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      DATABASE_URL: settings.databaseUrl,
      DATABASE_POOL_SIZE: String(settings.poolSize),
      BETTER_AUTH_SECRET: settings.secret,
      BETTER_AUTH_URL: `http://localhost:${port}`,
      // The vendor simulator stands in for the vendors' systems, outside any request:
      // off, so the server's CPU is its requests' (the baseline has none either).
      SIMULATOR_ENABLED: 'false',
      ...settings.env,
    },
    port,
    settings.logFile,
  );
}

/** The raw node:http + postgres.js baseline (baseline/server.ts). */
export function startBaseline(port: number, settings: ServerSettings & { statementsFile: string }) {
  return startChild(
    'the baseline',
    `${ROOT}/bench`,
    ['--import', 'tsx', 'src/baseline/server.ts'],
    {
      DATABASE_URL: settings.databaseUrl,
      DATABASE_POOL_SIZE: String(settings.poolSize),
      BETTER_AUTH_SECRET: settings.secret,
      STATEMENTS_FILE: settings.statementsFile,
    },
    port,
    settings.logFile,
  );
}
