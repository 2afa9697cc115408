/**
 * Networks pitch the same people: within a campaign some proposals are a
 * person another enrolled network already proposed, and across a user's
 * campaigns of one industry some people come back. The truth (which person
 * each proposal is) goes to the simulator's own table, so tests can measure
 * the app's matcher against it; the app never reads it.
 */
import { type Executor, schema } from '@expert-network/db';
import { and, eq, ne, notInArray, or, sql } from 'drizzle-orm';
import type { SimulatorConfig } from './config';
import { digest } from './generator/default-generator';
import type { GeneratedExpert } from './generator/types';
import { asVendorProposes, type Person, personOf } from './generator/vendor-style';

const { campaigns, experts, simulatorPersonKeys } = schema;

export type Delivery = {
  userId: string;
  campaignId: string;
  industryVertical: string;
  vendorPlatformId: string;
  vendorSlug: string;
};
type Proposal = GeneratedExpert & { attestedAt: Date | null };
export type CastProposal = Proposal & { personKey: string; person: Person };

/** A number in [0, 1) that only this text gives. */
const roll = (text: string) => digest(text).seed / 2 ** 32;

/** People this network may pitch again: others' proposals here, and the user's past campaigns in the industry. */
async function peopleOnOffer(tx: Executor, delivery: Delivery) {
  const mine = tx
    .select({ key: simulatorPersonKeys.personKey })
    .from(simulatorPersonKeys)
    .innerJoin(
      experts,
      and(eq(experts.id, simulatorPersonKeys.expertId), eq(experts.userId, delivery.userId)),
    )
    .where(
      and(
        eq(simulatorPersonKeys.userId, delivery.userId),
        eq(experts.campaignId, delivery.campaignId),
        eq(experts.vendorPlatformId, delivery.vendorPlatformId),
      ),
    );
  const rows = await tx
    .selectDistinctOn([simulatorPersonKeys.personKey], {
      personKey: simulatorPersonKeys.personKey,
      person: simulatorPersonKeys.person,
      here: sql<boolean>`${experts.campaignId} = ${delivery.campaignId}`,
    })
    .from(simulatorPersonKeys)
    .innerJoin(
      experts,
      and(eq(experts.id, simulatorPersonKeys.expertId), eq(experts.userId, delivery.userId)),
    )
    .innerJoin(
      campaigns,
      and(eq(campaigns.id, experts.campaignId), eq(campaigns.userId, delivery.userId)),
    )
    .where(
      and(
        eq(simulatorPersonKeys.userId, delivery.userId),
        notInArray(simulatorPersonKeys.personKey, mine),
        or(
          and(
            eq(experts.campaignId, delivery.campaignId),
            ne(experts.vendorPlatformId, delivery.vendorPlatformId),
          ),
          and(
            ne(experts.campaignId, delivery.campaignId),
            eq(campaigns.industryVertical, delivery.industryVertical),
          ),
        ),
      ),
    )
    .orderBy(simulatorPersonKeys.personKey);
  return {
    here: rows.filter((r) => r.here),
    before: rows.filter((r) => !r.here),
  };
}

/**
 * Each proposal with the person it is: mostly someone new, now and then
 * (`overlapRate`) someone another network proposed for this campaign, or
 * (`recurrenceRate`) someone from an earlier campaign, in this network's style.
 */
export async function castProposals(
  tx: Executor,
  config: Pick<SimulatorConfig, 'overlapRate' | 'recurrenceRate'>,
  delivery: Delivery,
  proposals: Proposal[],
): Promise<CastProposal[]> {
  const pool = await peopleOnOffer(tx, delivery);
  const everyone = [...pool.here, ...pool.before];
  const taken = new Set<string>();
  return proposals.map((proposal) => {
    const slot = `${delivery.campaignId}|${proposal.externalRef}`;
    const chance = roll(`overlap|${slot}`);
    const from =
      chance < config.overlapRate
        ? pool.here
        : chance < config.overlapRate + config.recurrenceRate
          ? pool.before
          : [];
    const free = from.filter((p) => !taken.has(p.personKey));
    const donor = free[digest(`donor|${slot}`).seed % Math.max(free.length, 1)];
    const cast = (personKey: string, person: Person) => ({
      ...asVendorProposes(person, personKey, delivery.vendorSlug, proposal),
      attestedAt: proposal.attestedAt,
      personKey,
      person,
    });
    if (donor) {
      taken.add(donor.personKey);
      const person = donor.person as Person;
      // Someone back from an earlier campaign may have changed jobs since.
      const moved = !pool.here.includes(donor) && roll(`moved|${slot}`) < MOVED;
      return cast(donor.personKey, moved ? changedJobs(person, proposal) : person);
    }
    const personKey = `p-${digest(slot).id}`;
    const person = personOf(proposal, personKey);
    // Common names recur: now and then a new person has the name of one already proposed.
    const namesake = roll(`namesake|${slot}`) < NAMESAKES ? pick(everyone, slot) : undefined;
    return cast(
      personKey,
      namesake ? { ...person, first: namesake.first, last: namesake.last } : person,
    );
  });
}

/** Of people back from an earlier campaign, the share that moved to a new employer. */
const MOVED = 0.3;
/** Of new people, the share who share their name with someone already proposed. */
const NAMESAKES = 0.04;

function pick(people: { person: unknown }[], slot: string): Person | undefined {
  return people[digest(`namesake-of|${slot}`).seed % Math.max(people.length, 1)]?.person as
    | Person
    | undefined;
}

/** The person in a new job: the proposal's current role on top of their history. */
function changedJobs(person: Person, proposal: Proposal): Person {
  const [now] = proposal.workHistory;
  if (!now) return person;
  return {
    ...person,
    title: proposal.title,
    company: proposal.company,
    workHistory: [now, ...person.workHistory.slice(0, 3)],
  };
}

/** Records who each inserted proposal really is. */
export async function recordTruth(
  tx: Executor,
  userId: string,
  inserted: { id: string; externalRef: string | null }[],
  cast: CastProposal[],
) {
  const rows = inserted.flatMap(({ id, externalRef }) => {
    const proposal = cast.find((c) => c.externalRef === externalRef);
    return proposal
      ? [{ userId, expertId: id, personKey: proposal.personKey, person: proposal.person }]
      : [];
  });
  if (rows.length) await tx.insert(simulatorPersonKeys).values(rows);
}
