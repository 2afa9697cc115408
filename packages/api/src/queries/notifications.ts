import { schema } from '@expert-network/db';
import { desc, inArray, isNull, sql } from 'drizzle-orm';
import { owned, type Scope } from '../scope';

const { notifications } = schema;

/** How many notices the bell lists: the latest ones. */
const SHOWN = 20;

type Notice = {
  kind: string;
  dedupeKey: string;
  title: string;
  body: string;
  link: string;
  details: Record<string, unknown>;
};

/** Adds a notice for the caller, unless one with the same key was already made. */
export async function notify(scope: Scope, notice: Notice) {
  await scope.db
    .insert(notifications)
    .values({ ...notice, userId: scope.userId })
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] });
}

/** The latest notices, and how many are unread in all. */
export async function listNotifications(scope: Scope) {
  const [items, [unread]] = await Promise.all([
    scope.db
      .select()
      .from(notifications)
      .where(owned(notifications, scope))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(SHOWN),
    scope.db
      .select({ count: sql<number>`count(*)::int` })
      .from(notifications)
      .where(owned(notifications, scope, isNull(notifications.readAt))),
  ]);
  return { items, unreadCount: unread?.count ?? 0 };
}

/** Marks the given notices (or all of them) read; someone else's ids change nothing. */
export async function markNotificationsRead(scope: Scope, ids: string[] | undefined) {
  await scope.db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      owned(
        notifications,
        scope,
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, ids) : undefined,
      ),
    );
  return listNotifications(scope);
}
