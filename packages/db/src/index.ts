export type { AdoptionReport } from './adopt/report';
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
export {
  checkExperts,
  checkUncheckedExperts,
  type ExpertCheck,
  projectRulesOrDefault,
} from './compliance';
export { databaseUrlFromEnv } from './env';
export { type Arrival, placeArrivals, placeUnplacedExperts } from './matching';
export {
  describeDatabaseError,
  formatStatus,
  MigrationError,
  migrate,
  migrationStatus,
  readMigrations,
} from './migrations';
export { sameOwnerJoin } from './owner-join';
export { queryRows } from './raw';
export * as schema from './schema';
export { databaseStatus, formatDatabaseStatus } from './status';
export { findWorkspaceRoot, loadDotEnv } from './workspace';
