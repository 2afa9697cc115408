import { integer, text, timestamp } from 'drizzle-orm/pg-core';
import { expertNetwork } from './common';

/**
 * Better Auth's rate-limit counters (sign-in, sign-up...), in the database so
 * that every server process shares them. Keyed by client address and path,
 * and (`sign-in-account:<email>`) the attempts on one account since its last
 * successful sign-in, with the last attempt in `window_started_at`.
 */
export const authRateLimits = expertNetwork.table('auth_rate_limits', {
  key: text().primaryKey(),
  count: integer().notNull(),
  windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
