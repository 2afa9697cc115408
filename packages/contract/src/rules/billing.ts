/** What a call costs: the expert's hourly rate for the minutes the vendor bills. */

/** A vendor's billing rule; an expert added by hand (no vendor) is billed by the minute. */
export type BillingRule = { minimumBillableMinutes: number; billingIncrementMinutes: number };

export const BY_THE_MINUTE: BillingRule = { minimumBillableMinutes: 0, billingIncrementMinutes: 1 };

/** The minutes billed for a call of `minutes`: at least the minimum, then per increment begun. */
export function billableMinutes(minutes: number, rule: BillingRule): number {
  const increment = Math.max(1, rule.billingIncrementMinutes);
  const rounded = Math.ceil(minutes / increment) * increment;
  return Math.max(rule.minimumBillableMinutes, rounded);
}

/** Hourly rate × billable minutes, in cents; unknown without a rate. */
export function callCostCents(
  hourlyRateCents: number | null,
  minutes: number,
  rule: BillingRule = BY_THE_MINUTE,
): number | null {
  if (hourlyRateCents === null) return null;
  return Math.round((hourlyRateCents * billableMinutes(minutes, rule)) / 60);
}

/** Spent (calls that took place) and committed (calls booked) against an optional budget. */
export type Burn = { spentCents: number; committedCents: number; budgetCents: number | null };

/** The share of the budget spent or committed, in percent (null without a budget). */
export function burnPercent({ spentCents, committedCents, budgetCents }: Burn): number | null {
  if (!budgetCents) return null;
  return ((spentCents + committedCents) / budgetCents) * 100;
}

/** The alert thresholds, in percent of the budget. */
export const BUDGET_ALERT_THRESHOLDS = [80, 100] as const;

/** The thresholds a change of burn crosses upwards (each alerts once, when first reached). */
export function thresholdsReached(burn: Burn): number[] {
  const percent = burnPercent(burn);
  if (percent === null) return [];
  return BUDGET_ALERT_THRESHOLDS.filter((t) => percent >= t);
}

/** True when adding `extraCents` takes spent + committed over the budget. */
export function overBudget(burn: Burn, extraCents: number): boolean {
  if (!burn.budgetCents) return false;
  return burn.spentCents + burn.committedCents + extraCents > burn.budgetCents;
}
