import { describe, expect, it } from 'vitest';
import { type VendorCounts, vendorScorecard } from '../src/rules/vendor-scorecard';

const none: VendorCounts = {
  expertsProposed: 0,
  expertsShortlisted: 0,
  medianSecondsToFirstExpert: null,
  averageFitScore: null,
  averageRateCents: null,
  averageRating: null,
  callsCompleted: 0,
  callsNoShow: 0,
  callsCancelled: 0,
  callsScheduled: 0,
  spendCents: 0,
};

describe('vendorScorecard', () => {
  const cases: [string, Partial<VendorCounts>, [number | null, number | null, number | null]][] = [
    ['nothing yet: no shares, not zero', {}, [null, null, null]],
    [
      '4 proposed, 1 shortlisted',
      { expertsProposed: 4, expertsShortlisted: 1 },
      [0.25, null, null],
    ],
    [
      '3 completed, 1 no-show, 1 cancelled, 1 booked',
      { callsCompleted: 3, callsNoShow: 1, callsCancelled: 1, callsScheduled: 1 },
      [null, 0.25, 1 / 6],
    ],
    ['only booked calls: nothing due yet', { callsScheduled: 2 }, [null, null, 0]],
  ];
  it.each(cases)('%s', (_, counts, [shortlisted, noShow, cancelled]) => {
    const card = vendorScorecard({ ...none, ...counts });
    expect(card.shortlistedShare).toBe(shortlisted);
    expect(card.noShowRate).toBe(noShow);
    expect(card.cancelledShare).toBe(cancelled);
    expect(card.callsCompleted).toBe(counts.callsCompleted ?? 0);
  });
});
