import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './root';

export { createServerCaller } from './caller';
export type { ApiDependencies, Context, SessionReader } from './context';
export { betterAuthSessionReader, contextFactory } from './context';
export { DATABASE_UNAVAILABLE_MESSAGE, INTERNAL_ERROR_MESSAGE, postgresCode } from './errors';
export {
  type Cell,
  type ColumnKind,
  type ExportColumn,
  type ExportTable,
  expertsTable,
  interviewsTable,
} from './export/tables';
export {
  CHANGES_CHANNEL,
  type Change,
  type ChangeFeed,
  startChangeFeed,
} from './live/change-feed';
export type { ApiLogger } from './logger';
export { feedByToken } from './queries/calendar';
export { type AppRouter, appRouter, PUBLIC_PROCEDURES } from './root';
export type { Scope } from './scope';
export { databaseSessionReader } from './session-reader';
export { stringifyResult } from './transformer';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
