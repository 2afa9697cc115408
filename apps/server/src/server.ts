import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createAuth } from '@expert-network/auth';
import { createDbClient, type DbClient, migrate } from '@expert-network/db';
import { startSimulator } from '@expert-network/simulator';
import { createApp } from './app';
import type { Env } from './env';
import { gracefulShutdown } from './graceful';
import type { Logger } from './logger';

export type RunningServer = {
  server: Server;
  url: string;
  client: DbClient;
  /** Graceful stop: no new requests, in-flight ones finish, then the database closes. */
  stop(): Promise<void>;
};

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Opens the database, builds the app and listens. `client` lets tests bring their own database. */
export async function startServer(
  env: Env,
  logger: Logger,
  client?: DbClient,
): Promise<RunningServer> {
  const db =
    client ??
    (await createDbClient({
      url: env.DATABASE_URL,
      dataDir: env.PGLITE_DIR,
      poolSize: env.DATABASE_POOL_SIZE,
    }));
  if (!env.DATABASE_URL && !client) {
    // The embedded database belongs to this process: bring it up to date.
    const { applied } = await migrate(db);
    logger.info({ applied, dataDir: env.PGLITE_DIR ?? '.data/pglite' }, 'embedded database ready');
  }
  const auth = createAuth({
    db: db.db,
    secret: env.secret,
    baseURL: env.publicUrl,
    trustedOrigins: env.allowedOrigins,
    production: env.production,
    sessionCookieCacheSeconds: env.SESSION_COOKIE_CACHE_SECONDS,
    logger: {
      log: (level, message, ...args) => logger[level]({ args, source: 'better-auth' }, message),
    },
  });
  const app = createApp({
    db: db.db,
    auth,
    logger,
    allowedOrigins: env.allowedOrigins,
    trustProxy: env.TRUST_PROXY,
    webDist: env.WEB_DIST ?? (env.production ? DEFAULT_WEB_DIST : undefined),
  });
  const simulator = env.simulator.enabled
    ? startSimulator({
        db: db.db,
        config: env.simulator,
        logger: logger.child({ component: 'simulator' }),
      })
    : undefined;
  const server = createServer(app);
  // Keep-alive longer than typical proxies' so they close first.
  server.keepAliveTimeout = 65_000;
  const drain = gracefulShutdown(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(env.PORT, env.HOST, resolve);
  });
  const { port } = server.address() as AddressInfo;
  let stopped: Promise<void> | undefined;
  return {
    server,
    client: db,
    url: `http://localhost:${port}`,
    stop() {
      stopped ??= (async () => {
        const { cutShort } = await drain();
        if (cutShort) logger.warn({ cutShort }, 'requests cut short by shutdown timeout');
        await simulator?.stop();
        if (!client) await db.close();
      })();
      return stopped;
    },
  };
}
