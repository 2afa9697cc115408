/**
 * A vendor's scorecard from the user's own data: counts come from the
 * database, the shares and rates that compare vendors are derived here.
 */

/** What the database counts for one vendor, over all of the user's campaigns. */
export type VendorCounts = {
  expertsProposed: number;
  /** Experts now shortlisted, scheduled or completed (the status now; rejected after a shortlist do not count). */
  expertsShortlisted: number;
  /** Median seconds from enrollment to the first expert, over enrollments that got one; null: none did. */
  medianSecondsToFirstExpert: number | null;
  averageFitScore: number | null;
  averageRateCents: number | null;
  /** Average rating (1–5) the user gave the vendor's experts on completing calls; null: none rated. */
  averageRating: number | null;
  callsCompleted: number;
  callsNoShow: number;
  callsCancelled: number;
  callsScheduled: number;
  spendCents: number;
};

export type VendorScorecard = VendorCounts & {
  /** Shortlisted share of experts proposed; null with none proposed. */
  shortlistedShare: number | null;
  /** No-shows among the calls that were due (completed or no-show); null with none. */
  noShowRate: number | null;
  /** Cancelled among every call booked; null with none. */
  cancelledShare: number | null;
};

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function vendorScorecard(counts: VendorCounts): VendorScorecard {
  const due = counts.callsCompleted + counts.callsNoShow;
  const booked = due + counts.callsCancelled + counts.callsScheduled;
  return {
    ...counts,
    shortlistedShare: share(counts.expertsShortlisted, counts.expertsProposed),
    noShowRate: share(counts.callsNoShow, due),
    cancelledShare: share(counts.callsCancelled, booked),
  };
}
