import { describe, expect, it } from 'vitest';
import { callTarget, campaignRuleIssues } from '../src/rules/campaigns';
import {
  enrollmentStatusRefusal,
  moreExpertsRefusal,
  nextEnrollmentStatuses,
  sourcingStatus,
} from '../src/rules/enrollments';
import type { CampaignStatus, EnrollmentStatus, UserEnrollmentStatus } from '../src/values';

describe('enrollments', () => {
  it.each<[EnrollmentStatus, UserEnrollmentStatus[], boolean]>([
    ['pending', ['active', 'paused'], true],
    ['active', ['paused'], true],
    ['paused', ['active'], true],
    ['declined', [], false],
  ])('%s → %j (may change: %s)', (current, next, mayChange) => {
    expect(nextEnrollmentStatuses(current)).toEqual(next);
    expect(enrollmentStatusRefusal(current) === null).toBe(mayChange);
  });

  it.each<[EnrollmentStatus, string | null]>([
    ['active', null],
    ['paused', 'GLG is paused: resume the enrollment first'],
    ['pending', 'GLG is pending: resume the enrollment first'],
    ['declined', 'GLG is declined: resume the enrollment first'],
  ])('asking a %s vendor for more experts → %s', (current, refusal) => {
    expect(moreExpertsRefusal('GLG', current)).toBe(refusal);
  });

  it.each<[EnrollmentStatus, CampaignStatus, EnrollmentStatus, boolean]>([
    // enrollment, campaign, what the vendor does, may be asked for more
    ['active', 'active', 'active', true],
    ['active', 'paused', 'paused', false],
    ['active', 'draft', 'paused', false],
    ['active', 'completed', 'paused', false],
    ['paused', 'active', 'paused', false],
    ['declined', 'paused', 'declined', false],
    ['pending', 'paused', 'pending', false],
  ])('%s vendor of a %s campaign → %s (more: %s)', (enrollment, campaign, status, more) => {
    expect(sourcingStatus(enrollment, campaign)).toBe(status);
    expect(moreExpertsRefusal('GLG', enrollment, campaign) === null).toBe(more);
  });
});

describe('campaignRuleIssues', () => {
  it.each([
    [{}, []],
    [{ industryVertical: 'Other' }, ['customIndustry']],
    [{ industryVertical: 'other', customIndustry: '  ' }, ['customIndustry']],
    [{ industryVertical: 'Other', customIndustry: 'Space' }, []],
    [{ minCalls: 5, maxCalls: 4 }, ['maxCalls']],
    [{ minCalls: 5, maxCalls: 5 }, []],
    [{ minCalls: 5, maxCalls: null }, []],
    [{ startDate: '2026-02-01', targetCompletionDate: '2026-01-31' }, ['targetCompletionDate']],
    [{ startDate: '2026-02-01', targetCompletionDate: '2026-02-01' }, []],
    [
      {
        industryVertical: 'Other',
        minCalls: 9,
        maxCalls: 1,
        startDate: '2026-02-02',
        targetCompletionDate: '2026-02-01',
      },
      ['customIndustry', 'maxCalls', 'targetCompletionDate'],
    ],
  ])('%j → issues on %j', (campaign, fields) => {
    expect(campaignRuleIssues(campaign).map((i) => i.path.join('.'))).toEqual(fields);
  });
});

describe('callTarget: the estimate, else the maximum, else the minimum', () => {
  it.each([
    [10, 12, 8, 10],
    [null, 12, 8, 12],
    [null, null, 8, 8],
    [null, null, null, 0],
    [0, 12, 8, 0], // an estimate of zero is an estimate
  ])('estimated %s, max %s, min %s → %i', (estimatedCalls, maxCalls, minCalls, target) => {
    expect(callTarget({ estimatedCalls, maxCalls, minCalls })).toBe(target);
  });
});
