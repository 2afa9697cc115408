/**
 * Which person a new expert is among the user's experts, decided before the
 * expert is inserted (so no second write, no trigger runs twice): the
 * database proposes candidates by trigram similarity of the normalized name
 * (pg_trgm's GIN index), the contract's pure rules decide. Only arrivals are
 * placed: an expert already stored (above all one the user split or merged)
 * keeps its person, so the user's decision survives later arrivals. Shared
 * by the API (an expert added by hand) and the simulator (on delivery).
 */
import { bestMatch, type MatchProfile, personMatchKey } from '@expert-network/contract/rules';
import { sql } from 'drizzle-orm';
import type { Executor } from './client';
import { queryRows } from './raw';

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
  const candidates = keys.some(Boolean)
    ? await queryRows<Candidate>(
        db,
        sql`SELECT a.ord::int - 1 AS "arrival", e.person_id AS "personId",
                   e.campaign_id AS "campaignId", e.vendor_platform_id AS "vendorPlatformId",
                   e.name, e.title, e.company, e.geography, e.work_history AS "workHistory"
            FROM unnest(${`{${keys.map((k) => `"${k.replace(/["\\]/g, '')}"`).join(',')}}`}::text[])
                 WITH ORDINALITY AS a(key, ord)
            CROSS JOIN LATERAL (
              SELECT * FROM expert_network.experts x
              WHERE x.user_id = ${userId} AND a.key <> '' AND x.match_key % a.key
              ORDER BY similarity(x.match_key, a.key) DESC
              LIMIT ${CANDIDATES}
            ) e`,
      )
    : [];
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
