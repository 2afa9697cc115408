import { type Database, queryRows } from '@expert-network/db';
import { sql } from 'drizzle-orm';

type ConsumeResult = { allowed: boolean; retryAfter: number | null };

/**
 * Better Auth's rate-limit counters in PostgreSQL, so several server processes
 * share one limit. One statement counts the request and reads the result, so
 * concurrent requests cannot all slip past a stale read.
 */
export function databaseRateLimitStorage(db: Database) {
  return {
    async consume(key: string, rule: { window: number; max: number }): Promise<ConsumeResult> {
      const [row] = await queryRows<{ count: number; retry_after: number }>(
        db,
        sql`
        INSERT INTO expert_network.auth_rate_limits AS r (key, count, window_started_at)
        VALUES (${key}, 1, now())
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN r.window_started_at <= now() - make_interval(secs => ${rule.window})
                       THEN 1 ELSE r.count + 1 END,
          window_started_at = CASE WHEN r.window_started_at <= now() - make_interval(secs => ${rule.window})
                       THEN now() ELSE r.window_started_at END
        RETURNING count,
          greatest(1, ceil(extract(epoch FROM
            r.window_started_at + make_interval(secs => ${rule.window}) - now())))::int AS retry_after`,
      );
      if (!row) throw new Error('rate limit upsert returned no row');
      const allowed = row.count <= rule.max;
      return { allowed, retryAfter: allowed ? null : row.retry_after };
    },
  };
}

/** Forgets counters whose window ended long ago; the server runs it now and then. */
export async function purgeRateLimits(db: Database, olderThanSeconds = 86_400): Promise<number> {
  const rows = await queryRows<{ key: string }>(
    db,
    sql`DELETE FROM expert_network.auth_rate_limits
        WHERE window_started_at < now() - make_interval(secs => ${olderThanSeconds})
        RETURNING key`,
  );
  return rows.length;
}
