export type {
  Database,
  DbClient,
  DbClientOptions,
  Executor,
  Schema,
  SessionQuery,
  Transaction,
} from './client';
export { createDbClient } from './client';
export { databaseUrlFromEnv } from './env';
export {
  describeDatabaseError,
  formatStatus,
  MigrationError,
  migrate,
  migrationStatus,
  readMigrations,
} from './migrations';
export * as schema from './schema';
