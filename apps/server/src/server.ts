import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startChangeFeed } from '@expert-network/api';
import { createAuth, purgeRateLimits } from '@expert-network/auth';
import { createDbClient, type DbClient, migrate } from '@expert-network/db';
import { startSimulator } from '@expert-network/simulator';
import { createApp } from './app';
import type { Env } from './env';
import { drainableServer } from './graceful';
import { type Logger, serializeError } from './logger';
import { tidyStoredExperts } from './tidy-stored-experts';

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
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      prepareStatements: env.DATABASE_PREPARE,
      listenUrl: env.DATABASE_LISTEN_URL,
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
      log: (level, message, ...args) =>
        logger[level]({ args: args.map(serializeError), source: 'better-auth' }, message),
    },
  });
  const changes = await startChangeFeed(db, logger.child({ component: 'live' }));
  const app = createApp({
    db: db.db,
    changes,
    auth,
    logger,
    allowedOrigins: env.allowedOrigins,
    trustProxy: env.TRUST_PROXY,
    https: env.publicUrl.startsWith('https:'),
    webDist: env.WEB_DIST ?? (env.production ? DEFAULT_WEB_DIST : undefined),
  });
  void tidyStoredExperts(db.db, logger);
  const simulator = env.simulator.enabled
    ? startSimulator({
        db: db.db,
        config: env.simulator,
        logger: logger.child({ component: 'simulator' }),
      })
    : undefined;
  // Old sign-in counters are forgotten hourly, by every process (deleting twice is harmless).
  const purge = setInterval(() => {
    purgeRateLimits(db.db).catch((error: unknown) =>
      logger.warn({ err: error }, 'could not purge old rate limit counters'),
    );
  }, 3_600_000).unref();
  const { server, drain } = drainableServer(app);
  // Keep-alive longer than typical proxies' so they close first.
  server.keepAliveTimeout = 65_000;
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
        // Open live streams end now (browsers reconnect to another process), or drain would wait for them.
        const closingFeed = changes.close();
        const { cutShort } = await drain();
        await closingFeed;
        if (cutShort) logger.warn({ cutShort }, 'requests cut short by shutdown timeout');
        clearInterval(purge);
        await simulator?.stop();
        if (!client) await db.close();
      })();
      return stopped;
    },
  };
}
