/**
 * Live updates, fanned out through the database: every write notifies the
 * channel below in its own transaction (triggers, migration
 * `live_change_notifications`), and each server process LISTENs once and hands
 * each notice to the open pages of the user it concerns. Several processes
 * behind a load balancer all see every write, whoever made it.
 */
import { EventEmitter, on } from 'node:events';
import type { DbClient } from '@expert-network/db';
import type { ApiLogger } from '../logger';

export const CHANGES_CHANNEL = 'expert_network_changes';

/** What changed: a table's rows (`kind` is the table) or a batch of proposals from a vendor. */
export type Change =
  | { kind: 'arrival'; campaignId: string; count: number; vendorName: string; campaignName: string }
  | { kind: string; campaignId: string | null }
  /** The feed may have missed notices (the listening connection dropped): refresh everything. */
  | { kind: 'resync'; campaignId: null };

export type ChangeFeed = {
  /** A user's changes until `signal` aborts or the feed closes. */
  stream(userId: string, signal: AbortSignal | undefined): AsyncGenerator<Change>;
  /** Ends every stream (server shutdown) and stops listening. */
  close(): Promise<void>;
};

type Notice = Change & { userId?: string };

export async function startChangeFeed(
  client: Pick<DbClient, 'listen'>,
  logger?: ApiLogger,
): Promise<ChangeFeed> {
  const byUser = new EventEmitter();
  // One listener per open page: many pages of one user are not a leak.
  byUser.setMaxListeners(0);
  const closing = new AbortController();
  const unlisten = await client.listen(
    CHANGES_CHANNEL,
    (payload) => {
      let notice: Notice;
      try {
        notice = JSON.parse(payload) as Notice;
      } catch {
        return logger?.warn({ payload }, 'unreadable change notice');
      }
      const { userId, ...change } = notice;
      if (typeof userId === 'string') byUser.emit(userId, change);
    },
    () => {
      for (const userId of byUser.eventNames()) {
        byUser.emit(userId, { kind: 'resync', campaignId: null } satisfies Change);
      }
    },
  );

  return {
    async *stream(userId, signal) {
      const stop = signal ? AbortSignal.any([signal, closing.signal]) : closing.signal;
      try {
        for await (const [change] of on(byUser, userId, { signal: stop })) yield change as Change;
      } catch (error) {
        if (!stop.aborted) throw error;
      }
    },
    async close() {
      closing.abort();
      await unlisten();
    },
  };
}
