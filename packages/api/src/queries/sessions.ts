import { type Database, schema } from '@expert-network/db';
import { eq } from 'drizzle-orm';

const { session, user } = schema;

/** A session and its user by the session token: one statement (Better Auth's lookup takes two). */
export async function findSessionByToken(db: Database, token: string) {
  const [row] = await db
    .select({ session, user })
    .from(session)
    .innerJoin(user, eq(user.id, session.userId))
    .where(eq(session.token, token));
  return row;
}
