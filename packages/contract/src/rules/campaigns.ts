/** A campaign's rules across fields, and its call target. */

export type CampaignRules = {
  industryVertical?: string | undefined;
  customIndustry?: string | null | undefined;
  minCalls?: number | null | undefined;
  maxCalls?: number | null | undefined;
  startDate?: string | null | undefined;
  targetCompletionDate?: string | null | undefined;
};

/** The industry a user picks to name one of their own (in `customIndustry`). */
export const OTHER_INDUSTRY = 'Other';

/** The rules across fields, as issues on the field a user would fix. */
export function campaignRuleIssues(c: CampaignRules) {
  const issues: { path: string[]; message: string }[] = [];
  if (
    c.industryVertical?.toLowerCase() === OTHER_INDUSTRY.toLowerCase() &&
    !c.customIndustry?.trim()
  ) {
    issues.push({ path: ['customIndustry'], message: 'Name the industry' });
  }
  if (c.minCalls != null && c.maxCalls != null && c.minCalls > c.maxCalls) {
    issues.push({ path: ['maxCalls'], message: 'Must be at least the minimum number of calls' });
  }
  if (c.startDate && c.targetCompletionDate && c.startDate > c.targetCompletionDate) {
    issues.push({ path: ['targetCompletionDate'], message: 'Must be on or after the start date' });
  }
  return issues;
}

type CallCounts = {
  estimatedCalls: number | null;
  maxCalls: number | null;
  minCalls: number | null;
};

/**
 * How many calls a campaign aims for: the estimate if given, else the maximum,
 * else the minimum, else none. (The campaign queries compute it in SQL with the
 * same coalesce, so lists can sum it; a test holds the two together.)
 */
export function callTarget(c: CallCounts): number {
  return c.estimatedCalls ?? c.maxCalls ?? c.minCalls ?? 0;
}
