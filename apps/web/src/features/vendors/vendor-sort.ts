import type { VendorWithScorecard } from './use-vendor-scorecards';

/** A vendor of the directory with the user's figures beside its own facts. */
export type VendorRow = VendorWithScorecard['vendor'] & {
  scorecard: VendorWithScorecard['scorecard'];
};

/** What the directory sorts by, each read from a row. */
const VENDOR_SORTS = {
  name: (v: VendorRow) => v.name.toLowerCase(),
  score: (v: VendorRow) => v.overallScore,
  cost: (v: VendorRow) => v.avgCostPerCallMinCents,
  proposed: (v: VendorRow) => v.scorecard.expertsProposed,
  shortlisted: (v: VendorRow) => v.scorecard.shortlistedShare,
  wait: (v: VendorRow) => v.scorecard.medianSecondsToFirstExpert,
  fit: (v: VendorRow) => v.scorecard.averageFitScore,
  rate: (v: VendorRow) => v.scorecard.averageRateCents,
  rating: (v: VendorRow) => v.scorecard.averageRating,
  calls: (v: VendorRow) => v.scorecard.callsCompleted,
  noShow: (v: VendorRow) => v.scorecard.noShowRate,
  spend: (v: VendorRow) => v.scorecard.spendCents,
} satisfies Record<string, (v: VendorRow) => string | number | null>;

export type VendorSortKey = keyof typeof VENDOR_SORTS;
export type VendorSort = { key: VendorSortKey; order: 'asc' | 'desc' };

/** Sorted by `sort`; vendors without the figure come last either way, then by name. */
export function sortVendors(rows: VendorRow[], { key, order }: VendorSort): VendorRow[] {
  const read = VENDOR_SORTS[key];
  const sign = order === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = read(a);
    const y = read(b);
    if (x === null || y === null) {
      return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    }
    const diff = x < y ? -1 : x > y ? 1 : 0;
    return diff * sign || a.name.localeCompare(b.name);
  });
}

/** The next sort after clicking `key`: the same column flips, another starts descending (names: A–Z). */
export const nextSort = (current: VendorSort, key: VendorSortKey): VendorSort =>
  current.key === key
    ? { key, order: current.order === 'asc' ? 'desc' : 'asc' }
    : { key, order: key === 'name' ? 'asc' : 'desc' };
