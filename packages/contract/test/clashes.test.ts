import { describe, expect, it } from 'vitest';
import { outsideCampaignDates, slotsOverlap, unconfirmed } from '../src/rules/clashes';

const at = (iso: string, durationMinutes = 60) => ({ scheduledAt: new Date(iso), durationMinutes });

describe('slotsOverlap: each starts before the other ends', () => {
  it.each<[string, ReturnType<typeof at>, ReturnType<typeof at>, boolean]>([
    ['same time', at('2026-03-10T14:00Z'), at('2026-03-10T14:00Z'), true],
    ['starts inside', at('2026-03-10T14:00Z'), at('2026-03-10T14:30Z'), true],
    ['contains', at('2026-03-10T14:00Z', 120), at('2026-03-10T14:30Z', 15), true],
    ['back to back', at('2026-03-10T14:00Z'), at('2026-03-10T15:00Z'), false],
    ['one minute apart', at('2026-03-10T14:00Z'), at('2026-03-10T15:01Z'), false],
    ['one minute over', at('2026-03-10T14:00Z', 61), at('2026-03-10T15:00Z'), true],
    ['another day', at('2026-03-10T14:00Z'), at('2026-03-11T14:00Z'), false],
  ])('%s → %s', (_, a, b, overlap) => {
    expect(slotsOverlap(a, b)).toBe(overlap);
    expect(slotsOverlap(b, a)).toBe(overlap);
  });
});

describe("outsideCampaignDates: the call's days, in its own zone, against the campaign's", () => {
  const campaign = { startDate: '2026-03-02', targetCompletionDate: '2026-03-27' };
  it.each<[string, string, string, number, 'before' | 'after' | null]>([
    ['first day', '2026-03-02T09:00Z', 'UTC', 60, null],
    ['last day', '2026-03-27T15:00Z', 'UTC', 60, null],
    ['the day before', '2026-03-01T23:00Z', 'UTC', 30, 'before'],
    // 23:30 UTC on the 1st is already the 2nd in Tokyo.
    ['the 2nd in Tokyo', '2026-03-01T23:30Z', 'Asia/Tokyo', 30, null],
    // 02:00 UTC on the 2nd is still the 1st in New York.
    ['the 1st in New York', '2026-03-02T02:00Z', 'America/New_York', 30, 'before'],
    ['running past midnight of the last day', '2026-03-27T23:30Z', 'UTC', 60, 'after'],
    ['the day after', '2026-03-28T10:00Z', 'UTC', 60, 'after'],
  ])('%s → %s', (_, iso, timezone, minutes, expected) => {
    const reason = outsideCampaignDates({ ...at(iso, minutes), timezone }, campaign);
    expect(reason === null ? null : /before/.test(reason) ? 'before' : 'after').toBe(expected);
  });

  it('a campaign without dates has no outside', () => {
    expect(
      outsideCampaignDates(
        { ...at('2030-01-01T00:00Z'), timezone: 'UTC' },
        { startDate: null, targetCompletionDate: null },
      ),
    ).toBeNull();
  });
});

describe('unconfirmed: the warnings the user has not accepted', () => {
  const raised = [
    { warning: 'interviewer_clash' as const, message: 'busy' },
    { warning: 'over_budget' as const, message: 'over' },
  ];
  it.each<[string[] | undefined, string[]]>([
    [undefined, ['interviewer_clash', 'over_budget']],
    [[], ['interviewer_clash', 'over_budget']],
    [['over_budget'], ['interviewer_clash']],
    [['interviewer_clash', 'over_budget'], []],
    [['outside_campaign_dates'], ['interviewer_clash', 'over_budget']],
  ])('confirmed %j → still pending %j', (confirmed, pending) => {
    expect(unconfirmed(raised, confirmed as never).map((r) => r.warning)).toEqual(pending);
  });
});
