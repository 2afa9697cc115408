import { type Database, schema } from '@expert-network/db';
import { eq, sql } from 'drizzle-orm';
import { preparedOn } from './prepared';

const { session, user } = schema;

/** A session and its user by the session token: one statement (Better Auth's lookup takes two). */
export async function findSessionByToken(db: Database, token: string) {
  const query = preparedOn(db, 'session_by_token', (d) =>
    d
      .select({ session, user })
      .from(session)
      .innerJoin(user, eq(user.id, session.userId))
      .where(eq(session.token, sql.placeholder('token')))
      .prepare('session_by_token'),
  );
  const [row] = await query.execute({ token });
  return row;
}
