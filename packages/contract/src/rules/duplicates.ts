/**
 * One person, several offers: which offer is the cheapest, which one stands
 * for the person in the campaign's list, and the warning when a second offer
 * of a person already booked in the campaign is booked.
 */
import type { ExpertStatus } from '../values';

type Offer = { id: string; callRateCents: number | null };

/**
 * How far along an offer is, first first: booked (a call scheduled or held),
 * shortlisted, proposed, rejected. The list's SQL orders by the same ranks.
 */
export const OFFER_STAGE: Record<ExpertStatus, number> = {
  scheduled: 0,
  completed: 0,
  shortlisted: 1,
  proposed: 2,
  rejected: 3,
};

type LeadCandidate = Offer & { status: ExpertStatus; createdAt: Date };

/**
 * The offer that stands for a person in a campaign's list (one row per
 * person): the one furthest along (so a booked or shortlisted offer shows its
 * own status), then the cheapest (no rate last), then the earliest to arrive,
 * then the smallest id. The list picks it among the offers its filters match.
 */
export function leadingOffer(offers: readonly LeadCandidate[]): string | null {
  const key = (o: LeadCandidate) =>
    [
      OFFER_STAGE[o.status],
      o.callRateCents ?? Number.POSITIVE_INFINITY,
      o.createdAt.getTime(),
    ] as const;
  let best: LeadCandidate | null = null;
  for (const o of offers) {
    if (!best) {
      best = o;
      continue;
    }
    const [a, b] = [key(o), key(best)];
    const order = a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (o.id < best.id ? -1 : 1);
    if (order < 0) best = o;
  }
  return best?.id ?? null;
}

/** The offer with the lowest known rate (ties: the first); none when no rate is known. */
export function cheapestOffer(offers: readonly Offer[]): string | null {
  let best: Offer | null = null;
  for (const o of offers) {
    if (
      o.callRateCents !== null &&
      (best === null || o.callRateCents < (best.callRateCents ?? 0))
    ) {
      best = o;
    }
  }
  return best?.id ?? null;
}

/** Why booking this offer asks for confirmation: the person already has a live call in the campaign. */
export function secondBookingWarning(
  bookedThroughOthers: { vendorName: string | null }[],
): string | null {
  const [first] = bookedThroughOthers;
  if (!first) return null;
  return `This person already has a call in this campaign${
    first.vendorName ? ` through ${first.vendorName}` : ''
  }: booking them again pays twice`;
}
