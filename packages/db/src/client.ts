import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations, Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';
import { defaultPgliteDir } from './workspace';

export type Schema = typeof schema;
/** The one typed Drizzle API, whichever database is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<
  PgQueryResultHKT,
  Schema,
  ExtractTablesWithRelations<Schema>
>;
/** A database handle or an open transaction: query functions accept either. */
export type Executor = Database | Transaction;

/** Raw SQL on one dedicated session, for infrastructure (migrations, locks). */
export type SessionQuery = <Row = Record<string, unknown>>(
  text: string,
  params?: unknown[],
) => Promise<Row[]>;

export type DbClient = {
  db: Database;
  kind: 'postgres' | 'pglite';
  /**
   * Runs `work` on one session that nothing else in this process uses meanwhile:
   * a reserved pool connection on PostgreSQL, the single session (behind a
   * mutex) on the embedded database.
   */
  withSession<T>(work: (query: SessionQuery) => Promise<T>): Promise<T>;
  /**
   * LISTENs on `channel` (on a connection of its own on PostgreSQL): `onNotify`
   * gets each payload, `onReconnect` runs when a lost listening connection is
   * back (notices sent meanwhile are lost). Resolves to a function that stops.
   */
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onReconnect?: () => void,
  ): Promise<() => Promise<void>>;
  /** Releases every connection (or the embedded database); idempotent. */
  close(): Promise<void>;
  /** Embedded only: the whole database as a tarball, to start others from. */
  snapshot?: () => Promise<Blob>;
};

export type DbClientOptions = {
  /** postgres:// URL; when absent, the embedded database is used. */
  url?: string | undefined;
  /** Embedded database folder, or `memory://` (default: `.data/pglite` at the repository root). */
  dataDir?: string | undefined;
  /** Largest number of pooled connections (PostgreSQL only). */
  poolSize?: number | undefined;
  /** Called with each PostgreSQL NOTICE; they are dropped by default. */
  onNotice?: ((message: string) => void) | undefined;
  /**
   * PostgreSQL only: the longest a statement may run (or a transaction sit idle)
   * before the server cancels it, so a request stuck behind a lock fails instead
   * of hanging. Unset: no limit (migrations, scripts).
   */
  statementTimeoutMs?: number | undefined;
  /**
   * PostgreSQL only: send every statement as a server-side prepared statement
   * (postgres.js's own default; Drizzle asks for unnamed ones unless a query is
   * `.prepare()`d). PostgreSQL then parses and plans each query shape once per
   * connection. Turn off behind a transaction-mode connection pooler.
   */
  prepareStatements?: boolean | undefined;
  /**
   * PostgreSQL only: where LISTEN connects, when not `url`. LISTEN holds a
   * session, which a transaction-mode pooler (PgBouncer) does not keep: behind
   * one, `url` is the pooler and this the database itself.
   */
  listenUrl?: string | undefined;
  /** Embedded only: start from this snapshot (see `snapshot`) instead of an empty cluster. */
  loadDataDir?: Blob | undefined;
  /** Sees every statement Drizzle sends, with its parameters (the benchmark records them). */
  logger?: Logger | undefined;
};

const drizzleConfig = (options: DbClientOptions) =>
  ({ schema, casing: 'snake_case', logger: options.logger ?? false }) as const;

export async function createDbClient(options: DbClientOptions = {}): Promise<DbClient> {
  return options.url ? createPostgresClient(options.url, options) : createPgliteClient(options);
}

function createPostgresClient(url: string, options: DbClientOptions): DbClient {
  const connect = (target: string, max: number) =>
    postgres(target, { ...connectionOptions(options), max });
  const sql = connect(url, options.poolSize ?? 10);
  const listener = options.listenUrl ? connect(options.listenUrl, 1) : sql;
  const client = options.prepareStatements === false ? sql : alwaysPrepared(sql);
  const db = drizzlePostgres({ client, ...drizzleConfig(options) }) as unknown as Database;
  let closed: Promise<void> | undefined;
  return {
    db,
    kind: 'postgres',
    async withSession(work) {
      const reserved = await sql.reserve();
      try {
        return await work(
          (text, params = []) =>
            // unsafe() sends parameters untyped: give it Dates as ISO text.
            reserved.unsafe(
              text,
              params.map((p) =>
                p instanceof Date ? p.toISOString() : p,
              ) as postgres.ParameterOrJSON<never>[],
            ) as never,
        );
      } finally {
        reserved.release();
      }
    },
    async listen(channel, onNotify, onReconnect) {
      let connected = false;
      const { unlisten } = await listener.listen(channel, onNotify, () => {
        if (connected) onReconnect?.();
        connected = true;
      });
      return unlisten;
    },
    close() {
      closed ??= Promise.all([
        sql.end({ timeout: 5 }),
        listener === sql ? undefined : listener.end({ timeout: 5 }),
      ]).then(() => undefined);
      return closed;
    },
  };
}

/** Settings of every PostgreSQL connection (the pool's and the listening one). */
function connectionOptions(options: DbClientOptions) {
  return {
    // Off wins over what a query asks for (Drizzle's `.prepare()`d queries ask for it).
    prepare: options.prepareStatements !== false,
    // Fail fast when the server is unreachable instead of queueing for 30 s.
    connect_timeout: 5,
    // Reconnect at most a second apart. postgres.js's default backoff, shared by the
    // pool, grows to 20 s during an outage: requests would hang that long, and the
    // app would take that long to notice the database is back.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    onnotice: (notice: postgres.Notice) => options.onNotice?.(String(notice.message)),
    connection: {
      application_name: 'expert-network',
      ...(options.statementTimeoutMs
        ? {
            statement_timeout: options.statementTimeoutMs,
            idle_in_transaction_session_timeout: options.statementTimeoutMs * 2,
          }
        : {}),
    },
  } satisfies postgres.Options<Record<string, never>>;
}

async function createPgliteClient(options: DbClientOptions): Promise<DbClient> {
  const dataDir = options.dataDir ?? defaultPgliteDir();
  const inMemory = dataDir === 'memory://';
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(inMemory ? undefined : dataDir, {
    // The person matcher's trigram index (migration person_matching).
    extensions: { pg_trgm },
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = drizzlePglite({ client: pg, ...drizzleConfig(options) }) as unknown as Database;
  // One embedded session serves the whole process: exclusive work waits its turn.
  let queue: Promise<unknown> = Promise.resolve();
  let closed: Promise<void> | undefined;
  return {
    db,
    kind: 'pglite',
    withSession(work) {
      const run = queue.then(() =>
        work(async (text, params) => (await pg.query(text, params)).rows as never),
      );
      queue = run.catch(() => undefined);
      return run;
    },
    async listen(channel, onNotify) {
      // In-process: the listening session cannot be lost.
      const unlisten = await pg.listen(channel, onNotify);
      return () => unlisten();
    },
    close() {
      closed ??= pg.close();
      return closed;
    },
    snapshot: () => pg.dumpDataDir('gzip'),
  };
}

type Unsafe = (query: string, params?: unknown[], options?: { prepare?: boolean }) => unknown;

/**
 * postgres.js as Drizzle sees it, but every statement prepared: `unsafe` (what
 * Drizzle calls) asks for it, in transactions and savepoints too.
 */
function alwaysPrepared<T extends object>(sql: T): T {
  return new Proxy(sql, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === 'unsafe' && typeof value === 'function') {
        return (query: string, params?: unknown[], options?: { prepare?: boolean }) =>
          (value as Unsafe).call(target, query, params, { ...options, prepare: true });
      }
      if ((property === 'begin' || property === 'savepoint') && typeof value === 'function') {
        return (...args: unknown[]) => {
          const work = args.at(-1);
          if (typeof work !== 'function') return value.apply(target, args);
          return value.apply(target, [
            ...args.slice(0, -1),
            (tx: object) => (work as (tx: object) => unknown)(alwaysPrepared(tx)),
          ]);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
