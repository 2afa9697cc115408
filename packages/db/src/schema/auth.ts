/**
 * Better Auth's four tables in `public`, column for column as Better Auth 1.7's
 * own migration creates them (quoted camelCase, timestamptz, its index and
 * constraint names), so an existing deployment and this app agree on them.
 * Names are explicit: the snake_case casing is for our own tables only.
 */
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const createdAt = () =>
  timestamp('createdAt', { withTimezone: true }).notNull().default(sql`CURRENT_TIMESTAMP`);

export const user = pgTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique('user_email_key'),
  emailVerified: boolean('emailVerified').notNull(),
  image: text('image'),
  createdAt: createdAt(),
  updatedAt: timestamp('updatedAt', { withTimezone: true })
    .notNull()
    .default(sql`CURRENT_TIMESTAMP`),
});

export const session = pgTable(
  'session',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamp('expiresAt', { withTimezone: true }).notNull(),
    token: text('token').notNull().unique('session_token_key'),
    createdAt: createdAt(),
    updatedAt: timestamp('updatedAt', { withTimezone: true }).notNull(),
    ipAddress: text('ipAddress'),
    userAgent: text('userAgent'),
    userId: text('userId').notNull(),
  },
  (t) => [
    foreignKey({
      name: 'session_userId_fkey',
      columns: [t.userId],
      foreignColumns: [user.id],
    }).onDelete('cascade'),
    index('session_userId_idx').on(t.userId),
  ],
);

export const account = pgTable(
  'account',
  {
    id: text('id').primaryKey(),
    accountId: text('accountId').notNull(),
    providerId: text('providerId').notNull(),
    userId: text('userId').notNull(),
    accessToken: text('accessToken'),
    refreshToken: text('refreshToken'),
    idToken: text('idToken'),
    accessTokenExpiresAt: timestamp('accessTokenExpiresAt', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refreshTokenExpiresAt', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: timestamp('updatedAt', { withTimezone: true }).notNull(),
  },
  (t) => [
    foreignKey({
      name: 'account_userId_fkey',
      columns: [t.userId],
      foreignColumns: [user.id],
    }).onDelete('cascade'),
    index('account_userId_idx').on(t.userId),
  ],
);

export const verification = pgTable(
  'verification',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamp('expiresAt', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updatedAt', { withTimezone: true })
      .notNull()
      .default(sql`CURRENT_TIMESTAMP`),
  },
  (t) => [index('verification_identifier_idx').on(t.identifier)],
);
