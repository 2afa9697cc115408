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
import type { Executor } from './client';
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
  campaignId: string;
  vendorPlatformId: string | null;
};

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
  await lockLastNames(db, userId, keys);
  const candidates = await queryRows<Candidate>(
    db,
    sql`SELECT a.ord::int - 1 AS "arrival", e.person_id AS "personId",
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
  return arrivals.map((arrival, index) => {
    // A network does not propose one person twice for one campaign.
    const eligible = candidates.filter(
      (c) =>
        c.arrival === index &&
        !(
          c.campaignId === arrival.campaignId &&
          c.vendorPlatformId !== null &&
          c.vendorPlatformId === (arrival.vendorPlatformId ?? null)
        ),
    );
    const match = bestMatch(arrival, eligible);
    return { matchKey: keys[index] ?? '', personId: match?.candidate.personId };
  });
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
