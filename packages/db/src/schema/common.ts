import { pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';

/** Every application table lives here; `public` belongs to Better Auth. */
export const expertNetwork = pgSchema('expert_network');

export const primaryId = () => uuid().primaryKey().defaultRandom();

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
