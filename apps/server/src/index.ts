import { loadDotEnv } from '@expert-network/db';
import { EnvError, parseEnv } from './env';
import { createLogger } from './logger';
import { startServer } from './server';

try {
  loadDotEnv();
  const env = parseEnv();
  const logger = createLogger(env.LOG_LEVEL, !env.production && process.stdout.isTTY);
  for (const warning of env.warnings) logger.warn(`WARNING: ${warning}`);
  const running = await startServer(env, logger);
  logger.info(
    { url: running.url, database: env.DATABASE_URL ? 'postgres' : 'embedded', env: env.NODE_ENV },
    'server listening',
  );

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    try {
      await running.stop();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  // A last net: a promise nobody handled is logged, not a reason to drop every request.
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'unhandled rejection'),
  );
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
  } else {
    console.error('Server failed to start:', error);
  }
  process.exit(1);
}
