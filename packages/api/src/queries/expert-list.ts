/**
 * A campaign's experts, filtered and sorted on the server, a keyset page at a
 * time: each sort reads an index that starts with (user_id, campaign_id), and
 * the expert's id breaks ties, so a campaign of 50,000 pages as fast as one of
 * 50 and a page never repeats or skips a row. The export walks the same pages.
 */
import {
  DEFAULT_SORT_ORDER,
  EXPERT_STATUSES,
  type ExpertFilterInput,
  type ExpertSortKey,
} from '@expert-network/contract';
import { type Executor, sameOwnerJoin, schema } from '@expert-network/db';
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gte,
  ilike,
  inArray,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { invalid } from '../errors';
import { ownedByPlaceholder, type Scope } from '../scope';
import { preparedOn } from './prepared';

const { expertScreeningResponses, experts, interviews } = schema;
const { expertSortValue } = schema;
const p = sql.placeholder;

const query = () => sql`websearch_to_tsquery('english', ${p('search')})`;

const TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
const NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/;

/** Each sort: its value (what the index holds), the SQL type of a cursor's value, and what a valid one looks like. */
const SORTS: Record<
  ExpertSortKey,
  { value: () => SQL; type: string; valid: (v: string) => boolean }
> = {
  arrival: {
    value: () => sql`${experts.createdAt}`,
    type: 'timestamptz',
    valid: (v) => TIME.test(v),
  },
  fit: { value: () => expertSortValue.fit(experts), type: 'numeric', valid: (v) => NUMBER.test(v) },
  rating: {
    value: () => expertSortValue.rating(experts),
    type: 'numeric',
    valid: (v) => NUMBER.test(v),
  },
  rate: {
    value: () => expertSortValue.rate(experts),
    type: 'integer',
    valid: (v) => /^-?\d+$/.test(v),
  },
  vendor: {
    value: () => sql`${experts.vendorSortName}`,
    type: 'text',
    valid: (v) => v.length <= 300,
  },
  status: {
    value: () => sql`${experts.status}`,
    type: 'expert_network.expert_status',
    valid: (v) => (EXPERT_STATUSES as readonly string[]).includes(v),
  },
  name: { value: () => sql`${experts.name}`, type: 'text', valid: (v) => v.length <= 300 },
  relevance: {
    value: () => sql`ts_rank_cd(${experts.searchVector}, ${query()})`,
    type: 'real',
    valid: (v) => NUMBER.test(v),
  },
};

type Cursor = { s: ExpertSortKey; v: string; id: string };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

/** A cursor this API gave out for this sort, or BAD_REQUEST. */
function decodeCursor(raw: string, sort: ExpertSortKey): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString()) as Cursor;
    if (c.s === sort && typeof c.v === 'string' && SORTS[sort].valid(c.v) && UUID.test(c.id)) {
      return c;
    }
  } catch {}
  throw invalid('cursor', 'Not a cursor this API gave out for this sort');
}

/** `%`, `_` and `\` match themselves in a pattern. */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Experts as lists show them: the row without what is kept for searching, sorting and matching, with the vendor's name. */
const {
  searchVector: _,
  vendorSortName: __,
  matchKey: ___,
  ...expertColumns
} = getTableColumns(experts);
/** The same person (experts.person_id), spelt out like CORRELATED. */
const SAME_PERSON = sql`o.user_id = experts.user_id and o.person_id = experts.person_id and o.id <> experts.id`;
/**
 * The vendor's name is the one each expert carries for sorting (kept by triggers), not a
 * join: with a join, a prepared query's generic plan sorts the whole campaign for a page.
 */
const listedExpertColumns = {
  ...expertColumns,
  vendorName: sql<string | null>`nullif(${experts.vendorSortName}, '')`,
  /** Other networks' offers of this person in the campaign (the list groups them). */
  otherOffers: sql<number>`(select count(*)::int from ${experts} o where ${SAME_PERSON} and o.campaign_id = experts.campaign_id)`,
  /** The user already had a call with this person in another campaign. */
  spokenBefore: sql<boolean>`exists (select 1 from ${experts} o join ${interviews} i on i.expert_id = o.id and i.user_id = o.user_id where ${SAME_PERSON} and o.campaign_id <> experts.campaign_id and i.status = 'completed')`,
};

type Shape = {
  sort: ExpertSortKey;
  order: 'asc' | 'desc';
  filters: Record<FilterName, boolean>;
  cursor: boolean;
};
type FilterName =
  | 'status'
  | 'vendor'
  | 'search'
  | 'isNew'
  | 'minFit'
  | 'minRating'
  | 'maxRate'
  | 'answer';

/**
 * An expert's answers (`r`) in a subquery. Spelled out: Drizzle leaves columns
 * unqualified in a query without joins, where `id` would be the answer's own.
 */
const CORRELATED = sql`r.expert_id = experts.id and r.user_id = experts.user_id`;

/** The conditions of each filter, values as placeholders. */
const FILTERS: Record<FilterName, () => SQL | undefined> = {
  status: () => eq(experts.status, p('status')),
  vendor: () => eq(experts.vendorPlatformId, p('vendorPlatformId')),
  // Full text, or a name or company being typed ("Whitf").
  search: () =>
    or(
      sql`${experts.searchVector} @@ ${query()}`,
      ilike(experts.name, p('pattern')),
      ilike(experts.company, p('pattern')),
    ),
  isNew: () => eq(experts.isNew, p('isNew')),
  minFit: () => gte(experts.aiFitScore, p('minFit')),
  minRating: () => gte(experts.rating, p('minRating')),
  maxRate: () => lte(experts.callRateCents, p('maxRateCents')),
  answer: () =>
    sql`exists (select 1 from ${expertScreeningResponses} r where ${CORRELATED} and r.screening_question_id = ${p('answerQuestionId')} and r.response_text ilike ${p('answerPattern')})`,
};

function pageQuery(db: Executor, shape: Shape, name: string) {
  const sort = SORTS[shape.sort];
  const value = sort.value();
  const direction = shape.order === 'desc' ? desc : asc;
  const conditions: (SQL | undefined)[] = [eq(experts.campaignId, p('campaignId'))];
  for (const [filter, on] of Object.entries(shape.filters)) {
    if (on) conditions.push(FILTERS[filter as FilterName]());
  }
  if (shape.cursor) {
    const after = sql.raw(shape.order === 'desc' ? '<' : '>');
    conditions.push(
      sql`(${value}, ${experts.id}) ${after} (${p('cursorValue')}::${sql.raw(sort.type)}, ${p('cursorId')}::uuid)`,
    );
  }
  return db
    .select({ ...listedExpertColumns, cursorValue: sql<string>`(${value})::text` })
    .from(experts)
    .where(ownedByPlaceholder(experts, and(...conditions)))
    .orderBy(direction(value), direction(experts.id))
    .limit(p('limit'))
    .prepare(name);
}

export type ExpertPageRequest = ExpertFilterInput & {
  campaignId: string;
  cursor?: string | null | undefined;
  limit: number;
};

/**
 * One page of a campaign's experts (the caller checked the campaign is theirs).
 * Relevance without a search orders by arrival.
 */
export async function expertPage(scope: Scope, input: ExpertPageRequest) {
  const sort = input.sort === 'relevance' && !input.search ? 'arrival' : input.sort;
  const order = input.order ?? DEFAULT_SORT_ORDER[sort];
  const cursor = input.cursor ? decodeCursor(input.cursor, sort) : undefined;
  const shape: Shape = {
    sort,
    order,
    cursor: Boolean(cursor),
    filters: {
      status: Boolean(input.status),
      vendor: Boolean(input.vendorPlatformId),
      search: Boolean(input.search),
      isNew: input.isNew !== undefined,
      minFit: input.minFit !== undefined,
      minRating: input.minRating !== undefined,
      maxRate: input.maxRateCents !== undefined,
      answer: Boolean(input.answer),
    },
  };
  // One prepared query per shape (sort, order, which filters): values are placeholders.
  const name = `expert_page_${sort}_${order}_${cursor ? 1 : 0}${Object.values(shape.filters)
    .map((on) => (on ? 1 : 0))
    .join('')}`;
  const prepared = preparedOn(scope.db, name, (db) => pageQuery(db, shape, name));
  const rows = await prepared.execute({
    userId: scope.userId,
    campaignId: input.campaignId,
    status: input.status,
    vendorPlatformId: input.vendorPlatformId,
    search: input.search,
    pattern: input.search ? contains(input.search) : undefined,
    isNew: input.isNew,
    minFit: input.minFit,
    minRating: input.minRating,
    maxRateCents: input.maxRateCents,
    answerQuestionId: input.answer?.questionId,
    answerPattern: input.answer ? contains(input.answer.text) : undefined,
    cursorValue: cursor?.v,
    cursorId: cursor?.id,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ cursorValue: _, ...expert }) => expert),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor({ s: sort, v: last.cursorValue, id: last.id })
        : null,
  };
}

/** Private-use characters around each matching word in a highlight (no text contains them). */
const HIGHLIGHT_START = '\uE000';
const HIGHLIGHT_END = '\uE001';

/**
 * For each expert, the passage that best matches the search, matching words
 * marked: title, company, skills, answers, profile, work history and notes.
 */
export async function searchHighlights(
  scope: Scope,
  ids: string[],
  search: string,
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await scope.db
    .select({
      id: experts.id,
      highlight: sql<string>`ts_headline('english',
        concat_ws(' · ', ${experts.title}, ${experts.company}, array_to_string(${experts.skills}, ', '),
          (select string_agg(r.response_text, ' · ') from ${expertScreeningResponses} r
             where ${CORRELATED}),
          ${experts.description}, ${experts.notes},
          (select string_agg(concat_ws(', ', job->>'title', job->>'company'), ' · ')
             from jsonb_array_elements(experts.work_history) job)),
        websearch_to_tsquery('english', ${search}),
        ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxFragments=2, MaxWords=16, MinWords=6, FragmentDelimiter=" … "`})`,
    })
    .from(experts)
    .where(and(eq(experts.userId, scope.userId), inArray(experts.id, ids)));
  return new Map(rows.map((r) => [r.id, r.highlight]));
}

/** The best matches among all the user's experts, with their campaign and matching passage. */
export async function searchAllExperts(scope: Scope, search: string, limit: number) {
  const q = sql`websearch_to_tsquery('english', ${search})`;
  const rank = sql<number>`ts_rank_cd(${experts.searchVector}, ${q})`;
  const rows = await scope.db
    .select({
      id: experts.id,
      name: experts.name,
      title: experts.title,
      company: experts.company,
      status: experts.status,
      campaignId: experts.campaignId,
      campaignName: schema.campaigns.campaignName,
      rank,
    })
    .from(experts)
    .innerJoin(
      schema.campaigns,
      sameOwnerJoin(schema.campaigns, experts.campaignId, experts.userId),
    )
    .where(
      and(
        eq(experts.userId, scope.userId),
        or(sql`${experts.searchVector} @@ ${q}`, ilike(experts.name, contains(search))),
      ),
    )
    .orderBy(desc(rank), asc(experts.name), asc(experts.id))
    .limit(limit);
  const highlights = await searchHighlights(
    scope,
    rows.map((r) => r.id),
    search,
  );
  return rows.map((r) => ({ ...r, highlight: highlights.get(r.id) ?? null }));
}
