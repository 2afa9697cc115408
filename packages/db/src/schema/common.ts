import { type PgColumn, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';

/** Every application table lives here; `public` belongs to Better Auth. */
export const expertNetwork = pgSchema('expert_network');

/** The id of shared reference data (vendor platforms). */
export const primaryId = () => uuid().primaryKey().defaultRandom();

/** The id of a user-owned row: a random uuid, unique in practice; the key enforced is `ownerKey`. */
export const ownedId = () => uuid().notNull().defaultRandom();

/**
 * A user-owned table's primary key: (user_id, id). A table sharded by user
 * (Citus) must have the shard column in every key; first, its index also
 * serves every lookup by user, and a row by id within its user.
 */
export const ownerKey = (table: string, t: { userId: PgColumn; id: PgColumn }) =>
  primaryKey({ name: `${table}_pkey`, columns: [t.userId, t.id] });

/** The owner of a row. Indexed by each table (usually as the first column of a wider index). */
export const ownerId = () =>
  text()
    .notNull()
    .references(() => user.id, { onDelete: 'cascade' });

/** `updated_at` is kept current by a trigger (see the first migration), not by the app. */
export const timestamps = () => ({
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** ISO 4217 code beside every amount of money, which is always in integer cents. */
export const currency = () => text().notNull().default('USD');
