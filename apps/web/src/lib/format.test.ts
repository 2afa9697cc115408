import { describe, expect, it } from 'vitest';
import {
  browserTimeZone,
  dayInZone,
  formatCalendarDate,
  formatCostRange,
  formatInZone,
  formatMoney,
  formatRelative,
  initials,
  percent,
  plural,
  scaleRange,
  zoneAbbreviation,
} from './format';

describe('money', () => {
  it.each<[number | null | undefined, string | undefined, string]>([
    [125_000, undefined, '$1,250'],
    [99, undefined, '$1'], // whole units: 99 cents round to a dollar
    [0, undefined, '$0'],
    [null, undefined, '—'],
    [undefined, undefined, '—'],
    [125_000, 'EUR', '€1,250'],
    [125_000, 'GBP', '£1,250'],
  ])('formatMoney(%s, %s) is %s', (cents, currency, text) => {
    expect(formatMoney(cents, currency)).toBe(text);
  });

  it('a cost range names the currency once, per hour', () => {
    expect(formatCostRange(60_000, 120_000)).toBe('$600–1,200 / h');
  });
});

describe('dates and times', () => {
  it('a calendar date stays on its day, whatever the zone', () => {
    // The tests run in New York (vitest.config.ts), where midnight UTC is the day before.
    expect(browserTimeZone()).toBe('America/New_York');
    expect(formatCalendarDate('2026-01-31')).toBe('31 Jan 2026');
    expect(formatCalendarDate(null)).toBe('—');
  });

  it.each([
    ['2026-06-15T23:30:00Z', 'Asia/Tokyo', '2026-06-16'],
    ['2026-06-15T02:00:00Z', 'America/Los_Angeles', '2026-06-14'],
    ['2026-06-15T12:00:00Z', 'UTC', '2026-06-15'],
  ])('%s falls on a day in %s: %s', (instant, zone, day) => {
    expect(dayInZone(new Date(instant), zone)).toBe(day);
  });

  it("shows the year only when it is not this year in the call's zone", () => {
    const now = new Date('2026-12-31T12:00:00Z'); // 21:00 on 31 Dec in Tokyo
    expect(formatInZone(new Date('2026-12-31T22:00:00Z'), 'America/New_York', now)).toBe(
      'Thu 31 Dec, 17:00',
    );
    // The call is on 1 Jan 2027 in Tokyo, where it is still 2026 now: another year.
    expect(formatInZone(new Date('2026-12-31T22:00:00Z'), 'Asia/Tokyo', now)).toBe(
      'Fri, 1 Jan 2027, 07:00',
    );
  });

  it('names the zone as it is at that instant (summer and winter time)', () => {
    expect(zoneAbbreviation(new Date('2026-07-01T12:00:00Z'), 'America/New_York')).toBe('EDT');
    expect(zoneAbbreviation(new Date('2026-01-01T12:00:00Z'), 'America/New_York')).toBe('EST');
    expect(zoneAbbreviation(new Date('2026-07-01T12:00:00Z'), 'Europe/Berlin')).toBe('GMT+2');
  });

  it.each([
    [90 * 60_000, 'in 2 hours'],
    [-5 * 60_000, '5 minutes ago'],
    [30_000, 'just now'],
    [-26 * 3_600_000, 'yesterday'],
    [3 * 86_400_000, 'in 3 days'],
  ])('%i ms from now reads "%s"', (offset, text) => {
    const now = new Date('2026-06-15T12:00:00Z');
    expect(formatRelative(new Date(now.getTime() + offset), now)).toBe(text);
  });
});

describe('numbers and words', () => {
  it.each([
    [1, 10, 10],
    [2, 3, 67],
    [5, 0, 0], // no target: 0, not Infinity
    [12, 10, 120],
  ])('percent(%i, %i) is %i', (a, b, p) => {
    expect(percent(a, b)).toBe(p);
  });

  it.each([
    ['Alice Analyst', 'AA'],
    ['  ada   lovelace byron ', 'AL'],
    ['Plato', 'P'],
    ['', ''],
  ])('initials(%j) is %j', (name, text) => {
    expect(initials(name)).toBe(text);
  });

  it('plural picks the form for the count', () => {
    expect(plural(1, 'call')).toBe('1 call');
    expect(plural(0, 'call')).toBe('0 calls');
    expect(plural(2, 'expert', 'experts found')).toBe('2 experts found');
  });

  it('a scale reads with its labels when it has them', () => {
    expect(scaleRange({ min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Very' })).toBe(
      '1 (Not at all) to 5 (Very)',
    );
    expect(scaleRange({ min: 0, max: 10 })).toBe('0 to 10');
  });
});
