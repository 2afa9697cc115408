import { describe, expect, it } from 'vitest';
import {
  dayKey,
  droppedStart,
  minutesIntoDay,
  minutesOnDay,
  stepAnchor,
  viewRange,
  viewTitle,
  visibleDays,
} from './calendar-range';

describe('calendar range in a time zone', () => {
  it('a week runs Monday to Sunday, each day from its midnight in the zone', () => {
    const days = visibleDays('week', '2026-12-02', 'Asia/Tokyo');
    expect(days.map((d) => dayKey(d, 'Asia/Tokyo'))).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    // Tokyo's midnight is 15:00 UTC the day before.
    expect(new Date(days[0]!.getTime()).toISOString()).toBe('2026-11-29T15:00:00.000Z');
  });

  it('a month shows whole weeks around it; the range covers them to the last millisecond', () => {
    const days = visibleDays('month', '2026-02-10', 'Europe/London');
    expect(days).toHaveLength(35);
    expect(dayKey(days[0]!, 'Europe/London')).toBe('2026-01-26');
    const range = viewRange('month', '2026-02-10', 'Europe/London');
    expect(range.from.toISOString()).toBe('2026-01-26T00:00:00.000Z');
    expect(range.to.toISOString()).toBe('2026-03-01T23:59:59.999Z');
  });

  it('a day with a clock change is 23 hours long, and the range says so', () => {
    const range = viewRange('day', '2026-03-29', 'Europe/Berlin');
    expect((range.to.getTime() + 1 - range.from.getTime()) / 3_600_000).toBe(23);
  });

  it('steps by day, week and month', () => {
    expect(stepAnchor('day', '2026-12-31', 'UTC', 1)).toBe('2027-01-01');
    expect(stepAnchor('week', '2026-12-02', 'UTC', -1)).toBe('2026-11-25');
    expect(stepAnchor('month', '2026-01-31', 'UTC', 1)).toBe('2026-02-28');
  });

  it('places a call by the zone clock, and a drop keeps the clock time moved by the drag', () => {
    const call = new Date('2026-12-02T14:00:00Z');
    expect(minutesIntoDay(call, 'America/New_York')).toBe(9 * 60);
    // Dragged to Friday, 50 minutes down: snaps to 15 minutes, 09:45 New York time.
    expect(droppedStart(call, '2026-12-04', 50, 'America/New_York').toISOString()).toBe(
      '2026-12-04T14:45:00.000Z',
    );
    // Never past the day's end.
    expect(droppedStart(call, '2026-12-04', 24 * 60, 'America/New_York').toISOString()).toBe(
      '2026-12-05T04:45:00.000Z',
    );
  });

  it('a call past midnight shows on both days, each part from its own midnight', () => {
    const zone = 'Europe/Berlin';
    const [tue, wed, thu] = visibleDays('week', '2026-12-02', zone).slice(1, 4);
    // 23:30 to 01:00 Berlin time.
    const call = new Date('2026-12-01T22:30:00Z');
    expect(minutesOnDay(call, 90, tue!, zone)).toEqual({ start: 23 * 60 + 30, end: 24 * 60 });
    expect(minutesOnDay(call, 90, wed!, zone)).toEqual({ start: 0, end: 60 });
    expect(minutesOnDay(call, 90, thu!, zone)).toBeNull();
    // Ending at midnight exactly: nothing on the next day.
    expect(minutesOnDay(call, 30, wed!, zone)).toBeNull();
  });

  it('titles each view', () => {
    expect(viewTitle('day', '2026-12-01', 'UTC')).toBe('Tue 1 Dec 2026');
    expect(viewTitle('week', '2026-12-02', 'UTC')).toBe('30 Nov – 6 Dec 2026');
    expect(viewTitle('month', '2026-12-02', 'UTC')).toBe('December 2026');
  });
});
