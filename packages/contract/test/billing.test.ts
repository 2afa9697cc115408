import { describe, expect, it } from 'vitest';
import {
  type BillingRule,
  BY_THE_MINUTE,
  billableMinutes,
  burnPercent,
  callCostCents,
  overBudget,
  thresholdsReached,
} from '../src/rules/billing';

const HOUR_THEN_QUARTERS: BillingRule = { minimumBillableMinutes: 60, billingIncrementMinutes: 15 };
const HALF_HOUR_THEN_QUARTERS: BillingRule = {
  minimumBillableMinutes: 30,
  billingIncrementMinutes: 15,
};
const HOUR_THEN_HALVES: BillingRule = { minimumBillableMinutes: 60, billingIncrementMinutes: 30 };

describe('billableMinutes: at least the minimum, then per increment begun', () => {
  it.each<[string, BillingRule, number, number]>([
    ['60/15', HOUR_THEN_QUARTERS, 1, 60],
    ['60/15', HOUR_THEN_QUARTERS, 20, 60],
    ['60/15', HOUR_THEN_QUARTERS, 60, 60],
    ['60/15', HOUR_THEN_QUARTERS, 61, 75],
    ['60/15', HOUR_THEN_QUARTERS, 75, 75],
    ['60/15', HOUR_THEN_QUARTERS, 76, 90],
    ['60/15', HOUR_THEN_QUARTERS, 119, 120],
    ['30/15', HALF_HOUR_THEN_QUARTERS, 10, 30],
    ['30/15', HALF_HOUR_THEN_QUARTERS, 31, 45],
    ['30/15', HALF_HOUR_THEN_QUARTERS, 45, 45],
    ['60/30', HOUR_THEN_HALVES, 61, 90],
    ['60/30', HOUR_THEN_HALVES, 91, 120],
    ['by the minute', BY_THE_MINUTE, 37, 37],
    ['by the minute', BY_THE_MINUTE, 1, 1],
  ])('%s: a %i-minute call → billed %i minutes', (_, rule, minutes, billed) => {
    expect(billableMinutes(minutes, rule)).toBe(billed);
  });
});

describe('callCostCents: the hourly rate × the billable minutes', () => {
  it.each<[number | null, number, BillingRule, number | null]>([
    [90_000, 60, HOUR_THEN_QUARTERS, 90_000],
    [90_000, 30, HOUR_THEN_QUARTERS, 90_000], // the minimum hour
    [90_000, 70, HOUR_THEN_QUARTERS, 112_500], // 75 minutes billed
    [105_000, 60, HOUR_THEN_QUARTERS, 105_000],
    [90_000, 30, HALF_HOUR_THEN_QUARTERS, 45_000],
    [90_000, 65, HOUR_THEN_HALVES, 135_000], // 90 minutes billed
    [100, 50, BY_THE_MINUTE, 83], // 83.33… rounds to the nearest cent
    [100, 35, BY_THE_MINUTE, 58],
    [333, 20, BY_THE_MINUTE, 111],
    [null, 60, HOUR_THEN_QUARTERS, null], // no rate, no cost
    [0, 60, HOUR_THEN_QUARTERS, 0],
  ])('%s cents/h for %i min → %s', (rate, minutes, rule, cost) => {
    expect(callCostCents(rate, minutes, rule)).toBe(cost);
  });
});

describe('burn against a budget', () => {
  it.each<[number, number, number | null, number | null, number[]]>([
    // spent, committed, budget, percent, thresholds reached
    [0, 0, 100_000, 0, []],
    [50_000, 29_999, 100_000, 79.999, []],
    [50_000, 30_000, 100_000, 80, [80]],
    [0, 99_000, 100_000, 99, [80]],
    [60_000, 40_000, 100_000, 100, [80, 100]],
    [90_000, 90_000, 100_000, 180, [80, 100]],
    [90_000, 90_000, null, null, []], // no budget, no alerts
  ])(
    '%i spent + %i committed of %s → %s%%, alerts %j',
    (spent, committed, budget, percent, reached) => {
      const burn = { spentCents: spent, committedCents: committed, budgetCents: budget };
      expect(burnPercent(burn)).toBe(percent);
      expect(thresholdsReached(burn)).toEqual(reached);
    },
  );

  it.each<[number, number, number | null, number, boolean]>([
    [0, 0, 100_000, 100_000, false], // exactly the budget is within it
    [0, 0, 100_000, 100_001, true],
    [40_000, 50_000, 100_000, 10_001, true],
    [40_000, 50_000, null, 1_000_000, false],
  ])(
    '%i spent + %i committed of %s, plus %i → over: %s',
    (spent, committed, budget, extra, over) => {
      expect(
        overBudget({ spentCents: spent, committedCents: committed, budgetCents: budget }, extra),
      ).toBe(over);
    },
  );
});
