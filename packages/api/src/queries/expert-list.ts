/**
 * A campaign's experts, filtered and sorted on the server, a keyset page at a
 * time: each sort reads an index that starts with (user_id, campaign_id), and
 * the expert's id breaks ties, so a campaign of 50,000 pages as fast as one of
 * 50 and a page never repeats or skips a row. The list shows each person once
 * (one row per person per campaign, see `personOf`); the export and "select all
 * matching" walk the same pages one row per offer.
 */
import {
  DEFAULT_SORT_ORDER,
  EXPERT_STATUSES,
  type ExpertFilterInput,
  type ExpertSortKey,
} from '@expert-network/contract';
import { OFFER_STAGE } from '@expert-network/contract/rules';
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
import { alias } from 'drizzle-orm/pg-core';
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
/**
 * The vendor's name is the one each expert carries for sorting (kept by triggers), not a
 * join: with a join, a prepared query's generic plan sorts the whole campaign for a page.
 */
const listedExpertColumns = {
  ...expertColumns,
  vendorName: sql<string | null>`nullif(${experts.vendorSortName}, '')`,
};

/** The person's other offers and experts (`o`), read beside each listed expert. */
const o = alias(experts, 'o');
/** `o` is in the listed expert's campaign. Spelt out: Drizzle leaves a lone table's columns unqualified. */
const HERE = sql`o.campaign_id = experts.campaign_id`;
/** Offers first by the contract's `leadingOffer`: stage, rate (none last), arrival, id. */
const LEAD_ORDER = sql`case o.status ${sql.join(
  Object.entries(OFFER_STAGE).map(([status, rank]) => sql.raw(`when '${status}' then ${rank}`)),
  sql` `,
)} end, o.call_rate_cents nulls last, o.created_at, o.id`;

/**
 * Every expert of the listed expert's person, as one row beside it (a lateral
 * join): their offers in this campaign (count, cheapest rate), whether the user
 * completed a call with them in another campaign, and which offer leads
 * (`leadingOffer`, among those the filters match). One probe of
 * experts_person_idx per expert the page reads (an index walk that stops after
 * a page; by relevance, every match, which the ranking reads anyway), never the
 * whole campaign per row: the
 * correlated subqueries this replaces were planned, as a prepared generic plan,
 * on the (user, campaign) index and read the whole campaign for every row
 * (a page 10,000 deep into a 12,000-expert campaign took 1.4 s; now 0.3 to 0.6 ms).
 */
function personOf(db: Executor, filters: SQL | undefined) {
  return db
    .select({
      offers: sql<number>`(count(*) filter (where ${HERE}))::int`.as('offers'),
      cheapestRateCents: sql<number | null>`min(o.call_rate_cents) filter (where ${HERE})`.as(
        'cheapest_rate_cents',
      ),
      spokenBefore:
        sql<boolean>`coalesce(bool_or(exists (select 1 from ${interviews} i where i.expert_id = o.id and i.user_id = o.user_id and i.status = 'completed')) filter (where not (${HERE})), false)`.as(
          'spoken_before',
        ),
      // A boolean, not the lead's id compared outside: the planner guesses half the rows
      // pass a boolean but 1 in 200 pass an equality, and with that guess a custom plan
      // sorted a whole 50,000-expert campaign for a deep page (710 ms; now 3 ms).
      isLead:
        sql<boolean>`(array_agg(o.id order by ${LEAD_ORDER}) filter (where ${and(HERE, filters)}))[1] = experts.id`.as(
          'is_lead',
        ),
    })
    .from(o)
    .where(sql`o.user_id = experts.user_id and o.person_id = experts.person_id`)
    .as('person');
}

type Shape = {
  /** One row per person (the list) or one per offer (the export, "select all matching"). */
  grouped: boolean;
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
 * An answer (`r`) of the listed expert or of the person's offer `o`. Spelt out:
 * Drizzle leaves a lone table's columns unqualified, where `id` would be the answer's own.
 */
const answerOf = (row: 'experts' | 'o') =>
  sql.raw(`r.expert_id = ${row}.id and r.user_id = ${row}.user_id`);
const CORRELATED = answerOf('experts');

/** The listed expert (`experts`) or the person's other offer (`o`). */
type Row = typeof experts | typeof o;

/** The conditions of each filter on `t`, values as placeholders. */
const FILTERS: Record<FilterName, (t: Row) => SQL | undefined> = {
  status: (t) => eq(t.status, p('status')),
  vendor: (t) => eq(t.vendorPlatformId, p('vendorPlatformId')),
  // Full text, or a name or company being typed ("Whitf").
  search: (t) =>
    or(
      sql`${t.searchVector} @@ ${query()}`,
      ilike(t.name, p('pattern')),
      ilike(t.company, p('pattern')),
    ),
  isNew: (t) => eq(t.isNew, p('isNew')),
  minFit: (t) => gte(t.aiFitScore, p('minFit')),
  minRating: (t) => gte(t.rating, p('minRating')),
  maxRate: (t) => lte(t.callRateCents, p('maxRateCents')),
  answer: (t) =>
    sql`exists (select 1 from ${expertScreeningResponses} r where ${answerOf(t === o ? 'o' : 'experts')} and r.screening_question_id = ${p('answerQuestionId')} and r.response_text ilike ${p('answerPattern')})`,
};

function pageQuery(db: Executor, shape: Shape, name: string) {
  const sort = SORTS[shape.sort];
  const value = sort.value();
  const direction = shape.order === 'desc' ? desc : asc;
  const on = (Object.keys(shape.filters) as FilterName[]).filter((f) => shape.filters[f]);
  const conditions: (SQL | undefined)[] = [
    eq(experts.campaignId, p('campaignId')),
    ...on.map((f) => FILTERS[f](experts)),
  ];
  const person = personOf(db, shape.grouped ? and(...on.map((f) => FILTERS[f](o))) : undefined);
  // One row per person: the expert shows when it leads its person's offers the filters match.
  if (shape.grouped) conditions.push(sql`${person.isLead}`);
  if (shape.cursor) {
    const after = sql.raw(shape.order === 'desc' ? '<' : '>');
    conditions.push(
      sql`(${value}, ${experts.id}) ${after} (${p('cursorValue')}::${sql.raw(sort.type)}, ${p('cursorId')}::uuid)`,
    );
  }
  // The expert as its own object beside the cursor's value: a page hands out Drizzle's
  // objects as they are, where copying each to leave the value out cost about as much
  // as writing the page's JSON (`pnpm bench`, expert.list).
  return db
    .select({
      expert: {
        ...listedExpertColumns,
        offers: person.offers,
        cheapestRateCents: person.cheapestRateCents,
        spokenBefore: person.spokenBefore,
      },
      cursorValue: sql<string>`(${value})::text`,
    })
    .from(experts)
    .crossJoinLateral(person)
    .where(ownedByPlaceholder(experts, and(...conditions)))
    .orderBy(direction(value), direction(experts.id))
    .limit(p('limit'))
    .prepare(name);
}

export type ExpertPageRequest = ExpertFilterInput & {
  campaignId: string;
  /** One row per person, led by `leadingOffer` among the offers the filters match. */
  grouped: boolean;
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
    grouped: input.grouped,
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
  const name = `expert_page_${input.grouped ? 'people' : 'offers'}_${sort}_${order}_${cursor ? 1 : 0}${Object.values(
    shape.filters,
  )
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
  const page = rows.length > input.limit ? rows.slice(0, input.limit) : rows;
  const last = page.at(-1);
  return {
    items: page.map((row) => row.expert),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor({ s: sort, v: last.cursorValue, id: last.expert.id })
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
