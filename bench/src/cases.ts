/**
 * The benchmark's cases: which procedure, with which inputs, as which users.
 * Both servers answer the same tRPC URLs, so one request list loads either.
 */
import type { Dataset } from './dataset';
import { type Random, seededRandom } from './random';

export const CASES = [
  'dashboard.summary',
  'campaign.list',
  'campaign.list.heaviest',
  'campaign.byId',
  'expert.list',
  'expert.list.deep',
  'expert.update',
] as const;
export type CaseName = (typeof CASES)[number];
export type Procedure = Exclude<CaseName, 'campaign.list.heaviest' | 'expert.list.deep'>;

/**
 * The procedure a case calls: `campaign.list.heaviest` is campaign.list, as the
 * heaviest user; `expert.list.deep` is expert.list, pages 10,000 rows and more
 * deep into the biggest campaign (cursors from `deepPageCalls`).
 */
export const procedureOf = (name: CaseName): Procedure =>
  name === 'campaign.list.heaviest'
    ? 'campaign.list'
    : name === 'expert.list.deep'
      ? 'expert.list'
      : name;

export const isMutation = (name: CaseName) => name === 'expert.update';

export type Input = Record<string, unknown> | undefined;

/** One request of a case, as autocannon sends it. */
export type BenchRequest = {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
};

/** A procedure call over tRPC's HTTP protocol (superjson: plain JSON under `json`). */
export function trpcRequest(name: CaseName, input: Input, cookie: string): BenchRequest {
  const encoded = input === undefined ? undefined : JSON.stringify({ json: input });
  const path = `/api/trpc/${procedureOf(name)}`;
  if (isMutation(name)) {
    return {
      method: 'POST',
      path,
      headers: { cookie, 'content-type': 'application/json' },
      body: encoded ?? '{}',
    };
  }
  const query = encoded === undefined ? '' : `?input=${encodeURIComponent(encoded)}`;
  return { method: 'GET', path: `${path}${query}`, headers: { cookie } };
}

/** The web app's page of campaigns (PAGE_SIZE in the contract). */
const CAMPAIGN_PAGE = 50;

/**
 * The write moves experts between proposed and rejected. Shortlisting also runs
 * the compliance gate (three more statements and the rule functions), which the
 * raw baseline does not reproduce.
 */
const MANUAL_STATUSES = ['proposed', 'rejected'] as const;
const LISTED_STATUSES = ['proposed', 'shortlisted', 'rejected', 'scheduled', 'completed'] as const;

/** One call: who makes it (a user of the dataset) and with what input. */
export type Call = { userIndex: number; input: Input };

/**
 * `count` calls of a case. Users are drawn in proportion to their campaigns:
 * heavy users use the app more, so their (bigger) pages are asked for more.
 * expert.list calls are first pages; `secondPages` turns some into page 2.
 */
export function makeCalls(name: CaseName, dataset: Dataset, count: number, seed = 7): Call[] {
  if (name === 'expert.list.deep') return [];
  const random = seededRandom(seed);
  const editableByUser = new Map<string, string[]>();
  for (const e of dataset.editableExperts) {
    const list = editableByUser.get(e.userId) ?? [];
    list.push(e.id);
    editableByUser.set(e.userId, list);
  }
  // A user with no expert to update cannot make the mutation.
  const users = dataset.users.map((u, i) => ({
    value: i,
    weight:
      name === 'campaign.list.heaviest'
        ? Number(i === dataset.heaviestUser)
        : name === 'expert.update' && !editableByUser.has(u.id)
          ? 0
          : u.campaigns.length,
  }));
  return Array.from({ length: count }, () => {
    const userIndex = random.weighted(users);
    const user = dataset.users[userIndex];
    if (!user) throw new Error('no user');
    return { userIndex, input: inputFor(name, random, user, editableByUser.get(user.id) ?? []) };
  });
}

function inputFor(
  name: CaseName,
  random: Random,
  user: Dataset['users'][number],
  editable: string[],
): Input {
  switch (name) {
    case 'dashboard.summary':
      return undefined;
    case 'campaign.list':
    case 'campaign.list.heaviest':
      // The first page of all the user's campaigns.
      return { limit: CAMPAIGN_PAGE };
    case 'campaign.byId':
      return { id: random.pick(user.campaigns).id };
    case 'expert.list':
      return {
        campaignId: random.weighted(
          user.campaigns.map((c) => ({ value: c.id, weight: c.expertCount })),
        ),
        status: random.pick(LISTED_STATUSES),
        limit: 25,
      };
    case 'expert.update':
      return { id: random.pick(editable), status: random.pick(MANUAL_STATUSES) };
    case 'expert.list.deep':
      throw new Error('expert.list.deep calls come from deepPageCalls');
  }
}

/** How deep the deep pages start: the "offset ≥ 10,000". */
const DEEP_OFFSET = 10_000;

/**
 * `count` calls for pages of the biggest campaign (every status, arrival order)
 * that start 10,000 rows deep or deeper, with the cursor the API gives out
 * for the row before (arrival: the creation time as text, then the id).
 */
export async function deepPageCalls(
  sql: import('postgres').Sql,
  dataset: Dataset,
  count: number,
  seed = 11,
): Promise<Call[]> {
  const { userIndex, campaignId } = dataset.biggestCampaign;
  const user = dataset.users[userIndex];
  if (!user) throw new Error('no user for the biggest campaign');
  const anchors = await sql<{ v: string; id: string }[]>`
    SELECT v, id FROM (
      SELECT created_at::text AS v, id,
        row_number() OVER (ORDER BY created_at DESC, id DESC) AS position
      FROM expert_network.experts WHERE user_id = ${user.id} AND campaign_id = ${campaignId}
    ) ranked
    WHERE position >= ${DEEP_OFFSET} AND position % 7 = 0
    ORDER BY position LIMIT 500`;
  if (anchors.length === 0) {
    throw new Error(`the biggest campaign has fewer than ${DEEP_OFFSET} experts`);
  }
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const anchor = random.pick(anchors);
    const cursor = Buffer.from(JSON.stringify({ s: 'arrival', v: anchor.v, id: anchor.id }));
    return { userIndex, input: { campaignId, limit: 25, cursor: cursor.toString('base64url') } };
  });
}
