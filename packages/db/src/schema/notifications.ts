import { sql } from 'drizzle-orm';
import { index, jsonb, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { expertNetwork, ownedId, ownerId, ownerKey } from './common';

/**
 * In-app notices (a budget crossing 80% or 100%). `dedupeKey` makes each one
 * happen once: crossing the same threshold again adds nothing.
 */
export const notifications = expertNetwork.table(
  'notifications',
  {
    id: ownedId(),
    userId: ownerId(),
    kind: text().notNull(),
    dedupeKey: text().notNull(),
    title: text().notNull(),
    body: text().notNull().default(''),
    // Where the notice leads in the app ("/campaigns/<id>").
    link: text(),
    // What the notice is about, for the screens that show it ({ campaignId, percent, ... }).
    details: jsonb().$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    readAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    ownerKey('notifications', t),
    unique('notifications_user_dedupe_unique').on(t.userId, t.dedupeKey),
    index('notifications_user_created_idx').on(t.userId, t.createdAt.desc()),
  ],
);

/**
 * A user's private calendar feed: only the SHA-256 of its token is kept, so the
 * table alone cannot be used to read anyone's calendar. One per user; turning
 * it on again replaces the token (the old URL stops working).
 */
export const calendarFeeds = expertNetwork.table('calendar_feeds', {
  userId: text()
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  tokenHash: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
