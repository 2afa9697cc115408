/**
 * One person, several offers: which offer is the cheapest, and the warning
 * when a second offer of a person already booked in the campaign is booked.
 */

type Offer = { id: string; callRateCents: number | null };

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
