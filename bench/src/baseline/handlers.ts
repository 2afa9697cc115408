/**
 * The raw baseline's work per case: the statements our queries send (captured
 * from Drizzle, see capture.ts), run with postgres.js, and the same little
 * arithmetic the API does on the rows. Rows are postgres.js's objects, keyed by
 * column name, as a hand-written handler would send them.
 */
import type { Procedure } from '../cases';

export type Row = Record<string, unknown>;
export type Run = (text: string, params: unknown[]) => Promise<Row[]>;
export type BaselineDb = { run: Run; transaction<T>(work: (run: Run) => Promise<T>): Promise<T> };

/** Statement texts by key: 'session', each case, and 'expert.list+cursor'. */
export type Statements = Record<string, string[]>;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const statement = (statements: Statements, key: string, index: number) => {
  const text = statements[key]?.[index];
  if (!text) throw new Error(`no captured statement ${key}[${index}]`);
  return text;
};

/** The server's session lookup: the session with its user by token, unexpired. */
export async function userIdForToken(statements: Statements, run: Run, token: string) {
  const [row] = await run(statement(statements, 'session', 0), [token]);
  if (!row || (row.expiresAt as Date) < new Date()) return null;
  return row.userId as string;
}

type Handler = (
  statements: Statements,
  db: BaselineDb,
  userId: string,
  input: Record<string, unknown>,
) => Promise<unknown>;

const CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'completed', 'archived'];

export const handlers: Record<Procedure, Handler> = {
  async 'dashboard.summary'(s, { run }, userId) {
    const key = 'dashboard.summary';
    const [byStatus, active, [calls], spend, projectBudgets, upcoming, awaiting] =
      await Promise.all([
        run(statement(s, key, 0), [userId]),
        // The newest 12 active campaigns, and the call totals over all of them.
        run(statement(s, key, 1), [userId, 'active', 12]),
        run(statement(s, key, 2), [userId, 'active']),
        run(statement(s, key, 3), [userId]),
        // Spent and committed against each project's budget.
        run(statement(s, key, 4), [userId]),
        run(statement(s, key, 5), [userId, new Date().toISOString(), 8]),
        // The count's subquery takes its owner first, then the page's own.
        run(statement(s, key, 6), [userId, userId, 8]),
      ]);
    const counts = Object.fromEntries(CAMPAIGN_STATUSES.map((status) => [status, 0]));
    for (const row of byStatus) counts[row.status as string] = row.count as number;
    return {
      campaignsByStatus: counts,
      calls,
      activeCampaigns: active,
      spendByVendor: spend,
      // sum() of cents is a bigint: postgres.js gives a string.
      totalSpendCents: spend.reduce((n, r) => n + Number(r.spend_cents), 0),
      totalCommittedCents: spend.reduce((n, r) => n + Number(r.committed_cents), 0),
      projectBudgets,
      upcomingInterviews: upcoming,
      // count(*) is a bigint: postgres.js gives a string.
      awaitingReview: { count: Number(awaiting[0]?.count ?? 0), experts: awaiting },
    };
  },

  async 'campaign.list'(s, { run }, userId, input) {
    // First pages only (as the cases ask): the user's order, one row more than the page.
    const limit = (input.limit as number | undefined) ?? 50;
    const rows = await run(statement(s, 'campaign.list', 0), [userId, limit + 1]);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        rows.length > limit && last
          ? Buffer.from(JSON.stringify([last.display_order, last.id])).toString('base64url')
          : null,
    };
  },

  async 'campaign.byId'(s, { run }, userId, input) {
    const [row] = await run(statement(s, 'campaign.byId', 0), [userId, input.id]);
    if (!row) throw new HttpError(404, 'Campaign not found');
    return row;
  },

  async 'expert.list'(s, { run }, userId, input) {
    const limit = (input.limit as number | undefined) ?? 25;
    const [campaign] = await run(statement(s, 'expert.list', 0), [userId, input.campaignId]);
    if (!campaign) throw new HttpError(404, 'Campaign not found');
    const cursor =
      typeof input.cursor === 'string'
        ? (JSON.parse(Buffer.from(input.cursor, 'base64url').toString()) as {
            v: string;
            id: string;
          })
        : undefined;
    // The API's statement for the shape: with a status or not (the deep pages), with a cursor or not.
    const key =
      input.status === undefined
        ? 'expert.list.deep'
        : cursor
          ? 'expert.list+cursor'
          : 'expert.list';
    const filters = input.status === undefined ? [] : [input.status];
    const after = cursor ? [cursor.v, cursor.id] : [];
    // The filter comes twice: first in the person's offers (which one leads), then on the row.
    const rows = await run(statement(s, key, 1), [
      ...filters,
      userId,
      input.campaignId,
      ...filters,
      ...after,
      limit + 1,
    ]);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    // `created_at::text` (for the cursor) comes last: its value wins the shared name.
    // The API's cursor: the sort (arrival, the default), its value, the id.
    const next = last ? { s: 'arrival', v: last.created_at, id: last.id } : null;
    return {
      items,
      nextCursor:
        rows.length > limit && next
          ? Buffer.from(JSON.stringify(next)).toString('base64url')
          : null,
    };
  },

  async 'expert.update'(s, db, userId, input) {
    const key = 'expert.update';
    await db.transaction(async (run) => {
      // Who acts, for the audit trigger (this transaction only).
      await run(statement(s, key, 0), [userId]);
      const [current] = await run(statement(s, key, 1), [userId, input.id]);
      if (!current) throw new HttpError(404, 'Expert not found');
      if (
        input.status !== current.status &&
        ['scheduled', 'completed'].includes(current.status as string)
      ) {
        throw new HttpError(400, 'The status follows the interview');
      }
      const reviewedAt = ((current.reviewed_at as Date | null) ?? new Date()).toISOString();
      await run(statement(s, key, 2), [input.status, false, reviewedAt, userId, input.id]);
    });
    // Read once committed, as the API does.
    const [expert] = await db.run(statement(s, key, 3), [1, 1, 1, userId, input.id, 1]);
    return expert;
  },
};
