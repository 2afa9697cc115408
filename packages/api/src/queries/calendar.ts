/**
 * Invites and the private calendar feed. The feed's token is random (32 bytes)
 * and shown once; only its SHA-256 is stored, and turning the feed on again or
 * off revokes the old one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type Executor, schema } from '@expert-network/db';
import { and, asc, eq, gte, ne } from 'drizzle-orm';
import { callFeed, callInvite } from '../calendar/ics';
import { owned, type Scope } from '../scope';
import { getInterview, selectInterviews } from './interviews';

const { calendarFeeds, interviews } = schema;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** How far back the feed reaches: the last quarter's calls, and every one ahead. */
const FEED_PAST_DAYS = 90;

export async function interviewInvite(scope: Scope, id: string) {
  const call = await getInterview(scope, id);
  return {
    filename: `call-${call.expertName.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.ics`,
    content: callInvite(call),
  };
}

export async function feedStatus(scope: Scope) {
  const [feed] = await scope.db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, scope.userId));
  return { enabled: Boolean(feed), createdAt: feed?.createdAt ?? null };
}

/** A new token (the old URL stops working); the caller builds the URL, as only it knows the host. */
export async function enableFeed(scope: Scope) {
  const token = randomBytes(32).toString('base64url');
  await scope.db
    .insert(calendarFeeds)
    .values({ userId: scope.userId, tokenHash: hashToken(token) })
    .onConflictDoUpdate({
      target: calendarFeeds.userId,
      set: { tokenHash: hashToken(token), createdAt: new Date() },
    });
  return { token, path: `/api/calendar/${token}.ics` };
}

export async function revokeFeed(scope: Scope) {
  await scope.db.delete(calendarFeeds).where(eq(calendarFeeds.userId, scope.userId));
  return { enabled: false, createdAt: null };
}

/** The feed for a token, or null when no feed has it (revoked, or never issued). */
export async function feedByToken(db: Executor, token: string, now = new Date()) {
  const [feed] = await db
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.tokenHash, hashToken(token)));
  if (!feed) return null;
  const scope = { db, userId: feed.userId };
  const since = new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000);
  const calls = await selectInterviews(db)
    .where(
      owned(
        interviews,
        scope,
        and(gte(interviews.scheduledAt, since), ne(interviews.status, 'no_show')),
      ),
    )
    .orderBy(asc(interviews.scheduledAt));
  return callFeed(calls);
}
