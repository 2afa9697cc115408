import { type Database, queryRows } from '@expert-network/db';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { sql } from 'drizzle-orm';

/**
 * Failed sign-ins per account, whatever address they come from: a few are
 * free, then each further attempt must wait twice as long as the last, up to a
 * cap. A stranger can make the real user wait at most `maxDelaySeconds` after
 * their own last guess; a correct password after the wait resets the count.
 */
export const SIGN_IN_LIMIT = {
  freeAttempts: 5,
  firstDelaySeconds: 1,
  maxDelaySeconds: 300,
  /** A quiet day forgets the count. */
  forgetAfterSeconds: 86_400,
} as const;

const SIGN_IN_PATH = '/sign-in/email';

/**
 * The counter's key in auth_rate_limits: count = attempts since the last
 * success, window_started_at = when the last one began, or failed (the wait
 * runs from the answer, however long checking the password took).
 */
const accountKey = (email: string) => `sign-in-account:${email.trim().toLowerCase()}`;

/** Seconds the attempt after `count` attempts must wait after the last one. */
const delayAfter = (count: ReturnType<typeof sql.raw> | number) => sql`
  CASE WHEN ${count} < ${SIGN_IN_LIMIT.freeAttempts} THEN 0
       ELSE least(${SIGN_IN_LIMIT.maxDelaySeconds},
                  ${SIGN_IN_LIMIT.firstDelaySeconds} * power(2, least(${count} - ${SIGN_IN_LIMIT.freeAttempts}, 30)))
  END`;

/**
 * Counts an attempt on the account, in one statement so that a burst of
 * parallel guesses cannot all pass a stale read. Null: allowed; otherwise the
 * seconds to wait.
 */
async function claimAttempt(db: Database, email: string): Promise<number | null> {
  const key = accountKey(email);
  const count = sql.raw('r.count');
  const claimed = await queryRows<{ count: number }>(
    db,
    sql`
    INSERT INTO expert_network.auth_rate_limits AS r (key, count, window_started_at)
    VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN r.window_started_at < now() - make_interval(secs => ${SIGN_IN_LIMIT.forgetAfterSeconds})
                   THEN 1 ELSE r.count + 1 END,
      window_started_at = now()
    WHERE r.window_started_at + make_interval(secs => ${delayAfter(count)}) <= now()
       OR r.window_started_at < now() - make_interval(secs => ${SIGN_IN_LIMIT.forgetAfterSeconds})
    RETURNING count`,
  );
  if (claimed.length) return null;
  const [wait] = await queryRows<{ seconds: number }>(
    db,
    sql`SELECT greatest(1, ceil(extract(epoch FROM
          r.window_started_at + make_interval(secs => ${delayAfter(count)}) - now())))::int AS seconds
        FROM expert_network.auth_rate_limits r WHERE r.key = ${key}`,
  );
  return wait?.seconds ?? 1;
}

/** Hooks for Better Auth: `before` counts the attempt or refuses it; `after` starts the wait from a failure, or resets on success. */
export function signInLimitHooks(db: Database) {
  return {
    before: createAuthMiddleware(async (ctx) => {
      const email = ctx.path === SIGN_IN_PATH ? ctx.body?.email : undefined;
      if (typeof email !== 'string') return;
      const wait = await claimAttempt(db, email);
      if (wait === null) return;
      throw new APIError(
        'TOO_MANY_REQUESTS',
        {
          message: `Too many failed sign-ins for this account. Try again in ${wait} second${wait === 1 ? '' : 's'}.`,
        },
        { 'retry-after': String(wait) },
      );
    }),
    after: createAuthMiddleware(async (ctx) => {
      const email = ctx.path === SIGN_IN_PATH ? ctx.body?.email : undefined;
      const returned: unknown = ctx.context.returned;
      if (typeof email !== 'string' || !returned) return;
      const key = accountKey(email);
      await queryRows(
        db,
        returned instanceof Error
          ? sql`UPDATE expert_network.auth_rate_limits SET window_started_at = now() WHERE key = ${key}`
          : sql`DELETE FROM expert_network.auth_rate_limits WHERE key = ${key}`,
      );
    }),
  };
}
