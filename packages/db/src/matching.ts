/**
 * Which person a new expert is among the user's experts, decided before the
 * expert is inserted (so no second write, no trigger runs twice): the
 * database proposes the user's experts with the same normalized last name
 * (a range of the btree index on (user_id, match_key)), ranked by pg_trgm's
 * similarity of the whole key; the contract's pure rules decide. (A GIN
 * trigram index was measured first: 66 ms a search at 100,000 experts, as
 * short keys share common trigrams; the range reads a few dozen rows.) Only arrivals are
 * placed: an expert already stored (above all one the user split or merged)
 * keeps its person, so the user's decision survives later arrivals. Shared
 * by the API (an expert added by hand) and the simulator (on delivery).
 */
import { bestMatch, type MatchProfile, personMatchKey } from '@expert-network/contract/rules';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from './client';
import { queryRows } from './raw';

/** A text[] literal of `values` (keys hold letters and spaces; quotes and backslashes dropped). */
const textArray = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`;

/** Candidates per arrival: enough for a very common name among 100,000 experts. */
const CANDIDATES = 40;

export type Arrival = MatchProfile & {
  campaignId: string;
  vendorPlatformId?: string | null | undefined;
};

type Candidate = MatchProfile & {
  arrival: number;
  personId: string;
  placed: boolean;
  campaignId: string;
  vendorPlatformId: string | null;
};

/**
 * The user's experts that may be each key's person (same normalized last
 * name, most similar first), under the caller's lock on those last names.
 */
async function candidatesOf(
  db: Executor,
  userId: string,
  keys: readonly string[],
): Promise<Candidate[]> {
  await lockLastNames(db, userId, keys);
  return queryRows<Candidate>(
    db,
    sql`SELECT a.ord::int - 1 AS "arrival", e.person_id AS "personId", e.person_placed AS "placed",
                   e.campaign_id AS "campaignId", e.vendor_platform_id AS "vendorPlatformId",
                   e.name, e.title, e.company, e.geography, e.work_history AS "workHistory"
            FROM unnest(${textArray(keys)}::text[])
                 WITH ORDINALITY AS a(key, ord)
            CROSS JOIN LATERAL (
              SELECT * FROM expert_network.experts x
              WHERE x.user_id = ${userId} AND a.key <> ''
                -- Keys starting "<last name> ": a range in byte order (text_pattern_ops),
                -- which the index reads with the key known only at run time (LIKE is not).
                AND x.match_key ~>=~ (split_part(a.key, ' ', 1) || ' ')
                AND x.match_key ~<~ (split_part(a.key, ' ', 1) || '!')
              ORDER BY similarity(x.match_key, a.key) DESC
              LIMIT ${CANDIDATES}
            ) e`,
  );
}

type Known = MatchProfile & {
  personId: string;
  campaignId: string;
  vendorPlatformId: string | null;
};

/** The person `arrival` is among `candidates` (its own), if any. */
function personAmong(arrival: Arrival, candidates: readonly Known[]): string | undefined {
  // A network does not propose one person twice for one campaign.
  const eligible = candidates.filter(
    (c) =>
      !(
        c.campaignId === arrival.campaignId &&
        c.vendorPlatformId !== null &&
        c.vendorPlatformId === (arrival.vendorPlatformId ?? null)
      ),
  );
  return bestMatch(arrival, eligible)?.candidate.personId;
}

/**
 * For each arrival, in order: the key to store as `match_key`, and the person
 * it is when it is one the user already has (otherwise undefined: a new person).
 */
export async function placeArrivals(
  db: Executor,
  userId: string,
  arrivals: readonly Arrival[],
): Promise<{ matchKey: string; personId: string | undefined }[]> {
  const keys = arrivals.map((a) => personMatchKey(a.name));
  if (!keys.some(Boolean)) return keys.map((matchKey) => ({ matchKey, personId: undefined }));
  const candidates = await candidatesOf(db, userId, keys);
  return arrivals.map((arrival, index) => ({
    matchKey: keys[index] ?? '',
    personId: personAmong(
      arrival,
      candidates.filter((c) => c.arrival === index),
    ),
  }));
}

/** Experts placed per transaction at start-up. */
const PLACING_BATCH = 500;

type Unplaced = Arrival & { id: string; userId: string; personId: string; decided: boolean };

/**
 * Experts stored before matching existed (or adopted from the original app)
 * were each their own person: placed now, in the order they arrived, as if
 * each had just arrived among those before it. Run at start-up; one process
 * places at a time (the others find the lock taken and leave it to it).
 * Returns how many experts joined another person.
 */
export async function placeUnplacedExperts(db: Database): Promise<number> {
  let joined = 0;
  for (;;) {
    const outcome = await db.transaction(async (tx) => {
      const [lock] = await queryRows<{ taken: boolean }>(
        tx,
        sql`SELECT pg_try_advisory_xact_lock(hashtext('expert_network.place_unplaced_experts')) AS taken`,
      );
      if (!lock?.taken) return undefined;
      const batch = await queryRows<Unplaced>(
        tx,
        sql`SELECT id, user_id AS "userId", person_id AS "personId",
                   person_decided_by_user AS "decided", campaign_id AS "campaignId",
                   vendor_platform_id AS "vendorPlatformId", name, title, company, geography,
                   work_history AS "workHistory"
            FROM expert_network.experts
            WHERE NOT person_placed
            ORDER BY user_id, created_at, id
            LIMIT ${PLACING_BATCH}`,
      );
      if (batch.length === 0) return undefined;
      const placements = [];
      for (const userId of new Set(batch.map((e) => e.userId))) {
        placements.push(
          ...(await placeInOrder(
            tx,
            userId,
            batch.filter((e) => e.userId === userId),
          )),
        );
      }
      await tx.execute(sql`
        UPDATE expert_network.experts AS e
        SET person_id = p.person_id, match_key = p.match_key, person_placed = true
        FROM jsonb_to_recordset(${JSON.stringify(placements)}::jsonb)
             AS p(id uuid, user_id text, person_id uuid, match_key text)
        WHERE e.id = p.id AND e.user_id = p.user_id`);
      const personBefore = new Map(batch.map((e) => [e.id, e.personId]));
      return placements.filter((p) => p.person_id !== personBefore.get(p.id)).length;
    });
    if (outcome === undefined) return joined;
    joined += outcome;
  }
}

/**
 * One user's unplaced experts, oldest first: each joins the person of an
 * expert placed before it (stored ones, and those before it in this batch),
 * or stays its own.
 */
async function placeInOrder(db: Executor, userId: string, experts: readonly Unplaced[]) {
  const keys = experts.map((e) => personMatchKey(e.name));
  const stored = await candidatesOf(db, userId, keys);
  const placed: { id: string; user_id: string; person_id: string; match_key: string }[] = [];
  experts.forEach((expert, index) => {
    const before = [
      ...stored.filter((c) => c.arrival === index && c.placed),
      ...experts.slice(0, index).map((e, i) => ({
        ...e,
        vendorPlatformId: e.vendorPlatformId ?? null,
        personId: placed[i]?.person_id ?? e.personId,
      })),
    ];
    placed.push({
      id: expert.id,
      user_id: userId,
      // The user decided (split or merged it before it was placed): it stays where they put it.
      person_id: (!expert.decided && personAmong(expert, before)) || expert.personId,
      match_key: keys[index] ?? '',
    });
  });
  return placed;
}

/**
 * Two deliveries of one person at once (two networks, two workers) would each
 * find no one and make two persons: the caller's transaction holds a lock per
 * (user, last name) until it commits, so the second waits and then finds the
 * first. Taken in sorted order, so two batches cannot wait on each other.
 */
async function lockLastNames(db: Executor, userId: string, keys: readonly string[]) {
  const lastNames = [...new Set(keys.filter(Boolean).map((k) => k.split(' ')[0] ?? ''))].sort();
  await queryRows(
    db,
    sql`SELECT pg_advisory_xact_lock(hashtextextended(${userId} || ' ' || name, 0))
        FROM unnest(${textArray(lastNames)}::text[]) name`,
  );
}
