/**
 * The benchmark's cases: which procedure, with which inputs, as which users.
 * Both servers answer the same tRPC URLs, so one request list loads either.
 */
import type { Dataset } from './dataset';
import { type Random, seededRandom } from './random';

export const CASES = [
  'dashboard.summary',
  'campaign.list',
  'campaign.byId',
  'expert.list',
  'expert.update',
] as const;
export type CaseName = (typeof CASES)[number];

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
  if (isMutation(name)) {
    return {
      method: 'POST',
      path: `/api/trpc/${name}`,
      headers: { cookie, 'content-type': 'application/json' },
      body: encoded ?? '{}',
    };
  }
  const query = encoded === undefined ? '' : `?input=${encodeURIComponent(encoded)}`;
  return { method: 'GET', path: `/api/trpc/${name}${query}`, headers: { cookie } };
}

const MANUAL_STATUSES = ['proposed', 'shortlisted', 'rejected'] as const;
const LISTED_STATUSES = ['proposed', 'shortlisted', 'rejected', 'scheduled', 'completed'] as const;

/** One call: who makes it (a user of the dataset) and with what input. */
export type Call = { userIndex: number; input: Input };

/**
 * `count` calls of a case. Users are drawn in proportion to their campaigns:
 * heavy users use the app more, so their (bigger) pages are asked for more.
 * expert.list calls are first pages; `secondPages` turns some into page 2.
 */
export function makeCalls(name: CaseName, dataset: Dataset, count: number, seed = 7): Call[] {
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
    weight: name === 'expert.update' && !editableByUser.has(u.id) ? 0 : u.campaigns.length,
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
    case 'campaign.list':
      return undefined;
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
  }
}
