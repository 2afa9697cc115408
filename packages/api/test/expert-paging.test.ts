/**
 * A campaign of 50,000 experts, loaded in one INSERT ... generate_series: every
 * sort pages through the server in the order PostgreSQL itself gives, keyset
 * pages neither repeat nor skip a row (also when experts arrive meanwhile), and
 * each index-backed sort reads an index in order instead of sorting the campaign.
 */
import { DEFAULT_SORT_ORDER, EXPERT_SORT_KEYS, type ExpertSortKey } from '@expert-network/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace } from './fixtures';
import { createTestApi, errorCodeOf, type TestUser } from './harness';

const EXPERTS = 50_000;
const PAGE = 100;
const PAGES = 3;

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;
let campaignId: string;

/** Ties on purpose: few distinct fits, ratings, rates and names, some unknown. */
const LOAD = `
  INSERT INTO expert_network.experts
    (user_id, campaign_id, vendor_platform_id, name, ai_fit_score, rating, call_rate_cents, status, is_new, created_at)
  SELECT $1, $2,
    CASE WHEN g % 7 = 0 THEN NULL ELSE (SELECT id FROM expert_network.vendor_platforms ORDER BY slug OFFSET g % 5 LIMIT 1) END,
    'Expert ' || (g % 997),
    CASE WHEN g % 11 = 0 THEN NULL ELSE (g % 101) / 10.0 END,
    CASE WHEN g % 13 = 0 THEN NULL ELSE 3 + (g % 21) / 10.0 END,
    CASE WHEN g % 17 = 0 THEN NULL ELSE 50000 + (g % 40) * 2500 END,
    (ARRAY['proposed','shortlisted','rejected']::expert_network.expert_status[])[1 + g % 3],
    g % 2 = 0,
    timestamptz '2026-01-01' + (g % 5000) * interval '1 minute'
  FROM generate_series(1, ${EXPERTS}) AS g`;

/** Each sort's order, written independently of the API, as SQL over the same rows. */
const ORDER_BY: Record<Exclude<ExpertSortKey, 'relevance'>, string> = {
  arrival: 'e.created_at',
  // The API sorts on the copy of the name kept on each expert; this checks it against the vendor's own.
  fit: 'coalesce(e.ai_fit_score, -1)',
  rating: 'coalesce(e.rating, -1)',
  rate: 'coalesce(e.call_rate_cents, 2147483647)',
  vendor: "coalesce(v.name, '')",
  status: 'e.status',
  name: 'e.name',
};
const SORTS = EXPERT_SORT_KEYS.filter((k): k is keyof typeof ORDER_BY => k !== 'relevance');

beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp('Heavy');
  const w = await buildWorkspace(user.caller);
  campaignId = w.campaign.id;
  const started = performance.now();
  await api.db.withSession((q) => q(LOAD, [user.userId, campaignId]));
  await api.db.withSession((q) => q('ANALYZE expert_network.experts'));
  console.log(`loaded ${EXPERTS} experts in ${Math.round(performance.now() - started)} ms`);
}, 600_000);
afterAll(() => api?.dispose());

async function expectedIds(sort: keyof typeof ORDER_BY, order: 'asc' | 'desc', limit: number) {
  const rows = await api.db.withSession((q) =>
    q<{ id: string }>(
      `SELECT e.id FROM expert_network.experts e
       LEFT JOIN expert_network.vendor_platforms v ON v.id = e.vendor_platform_id
       WHERE e.campaign_id = $1
       ORDER BY ${ORDER_BY[sort]} ${order}, e.id ${order} LIMIT ${limit}`,
      [campaignId],
    ),
  );
  return rows.map((r) => r.id);
}

async function pagedIds(sort: ExpertSortKey, order: 'asc' | 'desc', pages: number) {
  const ids: string[] = [];
  const timings: number[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < pages; i++) {
    const started = performance.now();
    const page = await user.caller.expert.list({ campaignId, sort, order, cursor, limit: PAGE });
    timings.push(performance.now() - started);
    ids.push(...page.items.map((e) => e.id));
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return { ids, timings };
}

describe(`a campaign of ${EXPERTS.toLocaleString('en-US')} experts`, () => {
  it.each(
    SORTS.flatMap(
      (sort) =>
        [
          [sort, DEFAULT_SORT_ORDER[sort]],
          [sort, DEFAULT_SORT_ORDER[sort] === 'asc' ? 'desc' : 'asc'],
        ] as const,
    ),
  )("sorted by %s %s: pages in the database's order, no repeats", async (sort, order) => {
    const { ids, timings } = await pagedIds(sort, order, PAGES);
    expect(ids).toEqual(await expectedIds(sort, order, PAGE * PAGES));
    expect(new Set(ids).size).toBe(ids.length);
    console.log(
      `${sort} ${order}: ${timings.map((t) => `${t.toFixed(1)} ms`).join(', ')} per page of ${PAGE}`,
    );
  });

  it('pages stay stable while experts arrive between them', async () => {
    const first = await user.caller.expert.list({ campaignId, sort: 'fit', limit: PAGE });
    // A new best-fit expert between the two pages, first of all (the highest fit, and
    // the highest id among the ties): it sorts before the cursor.
    const [late] = await api.db.withSession((q) =>
      q<{ id: string }>(
        `INSERT INTO expert_network.experts (id, user_id, campaign_id, name, ai_fit_score)
         VALUES ('ffffffff-ffff-4fff-bfff-ffffffffffff', $1, $2, 'Late arrival', 10) RETURNING id`,
        [user.userId, campaignId],
      ),
    );
    const second = await user.caller.expert.list({
      campaignId,
      sort: 'fit',
      limit: PAGE,
      cursor: first.nextCursor,
    });
    const ids = [...first.items, ...second.items].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The second page starts right after the first, as the order stood before the arrival.
    const now = await expectedIds('fit', 'desc', PAGE * 2 + 1);
    expect(ids).toEqual(now.filter((id) => id !== late?.id).slice(0, PAGE * 2));
  });

  it.each(SORTS)(
    'sorting by %s reads an index in order (no sort of the whole campaign)',
    async (sort) => {
      const plan = await api.db.withSession(async (q) => {
        const rows = await q<{ 'QUERY PLAN': string }>(
          `EXPLAIN SELECT e.id FROM expert_network.experts e
           WHERE e.user_id = $1 AND e.campaign_id = $2
           ORDER BY ${sort === 'vendor' ? 'e.vendor_sort_name' : ORDER_BY[sort]} DESC, e.id DESC LIMIT 101`,
          [user.userId, campaignId],
        );
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
      expect(plan).toMatch(/Index (Only )?Scan (Backward )?using experts_/);
      expect(plan).not.toMatch(/Sort/);
    },
  );

  it('a cursor from another sort, or made up, is BAD_REQUEST', async () => {
    const page = await user.caller.expert.list({ campaignId, sort: 'fit', limit: 5 });
    const other = user.caller.expert.list({ campaignId, sort: 'rate', cursor: page.nextCursor });
    expect(await errorCodeOf(other)).toBe('BAD_REQUEST');
    const forged = Buffer.from(
      JSON.stringify({ s: 'fit', v: '1); drop table x; --', id: 'x' }),
    ).toString('base64url');
    expect(
      await errorCodeOf(user.caller.expert.list({ campaignId, sort: 'fit', cursor: forged })),
    ).toBe('BAD_REQUEST');
  });
});
