import { describe, expect, it } from 'vitest';
import { checkWallTime, clockChangeNote, wallTimeOf } from './zoned-time';

describe('checkWallTime: a wall-clock time in a zone, across daylight-saving changes', () => {
  it.each([
    // an ordinary time: the instant is that wall time, neither skipped nor repeated
    ['2026-06-15', '10:00', 'Europe/Berlin', '2026-06-15T08:00:00.000Z', false, false],
    ['2026-01-15', '10:00', 'Europe/Berlin', '2026-01-15T09:00:00.000Z', false, false],
    ['2026-06-15', '10:00', 'America/New_York', '2026-06-15T14:00:00.000Z', false, false],
    ['2026-06-15', '10:00', 'Asia/Kolkata', '2026-06-15T04:30:00.000Z', false, false],
    // spring forward: 02:30 does not exist on that night
    ['2026-03-29', '02:30', 'Europe/Berlin', null, true, false],
    ['2026-03-08', '02:15', 'America/New_York', null, true, false],
    // fall back: 02:30 (Berlin) and 01:30 (New York) happen twice
    ['2026-10-25', '02:30', 'Europe/Berlin', null, false, true],
    ['2026-11-01', '01:30', 'America/New_York', null, false, true],
    // the hours just outside the change are ordinary
    ['2026-03-29', '03:00', 'Europe/Berlin', '2026-03-29T01:00:00.000Z', false, false],
    ['2026-10-25', '03:00', 'Europe/Berlin', '2026-10-25T02:00:00.000Z', false, false],
    // a zone without daylight saving never skips or repeats
    ['2026-03-29', '02:30', 'Asia/Tokyo', '2026-03-28T17:30:00.000Z', false, false],
  ])('%s %s in %s', (date, time, zone, instant, skipped, repeated) => {
    const result = checkWallTime(date, time, zone);
    expect(result.skipped).toBe(skipped);
    expect(result.repeated).toBe(repeated);
    if (instant) expect(result.at.toISOString()).toBe(instant);
  });

  it('a skipped time moves to the time the clocks show then', () => {
    const result = checkWallTime('2026-03-29', '02:30', 'Europe/Berlin');
    expect(result.actual).toEqual({ date: '2026-03-29', time: '03:30' });
  });

  it('a repeated time is one of the two instants that show it', () => {
    const { at } = checkWallTime('2026-10-25', '02:30', 'Europe/Berlin');
    expect(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']).toContain(at.toISOString());
    expect(wallTimeOf(at, 'Europe/Berlin')).toEqual({ date: '2026-10-25', time: '02:30' });
  });
});

describe('wallTimeOf', () => {
  it.each([
    ['2026-06-15T08:00:00Z', 'Europe/Berlin', '2026-06-15', '10:00'],
    ['2026-06-15T23:30:00Z', 'Asia/Tokyo', '2026-06-16', '08:30'], // the next day there
    ['2026-06-15T02:00:00Z', 'America/Los_Angeles', '2026-06-14', '19:00'], // the day before
  ])('%s in %s is %s %s', (instant, zone, date, time) => {
    expect(wallTimeOf(new Date(instant), zone)).toEqual({ date, time });
  });

  it('round-trips with checkWallTime for every hour of a day with a clock change', () => {
    for (let hour = 0; hour < 24; hour++) {
      const time = `${String(hour).padStart(2, '0')}:00`;
      const { at, skipped } = checkWallTime('2026-10-25', time, 'Europe/London');
      if (!skipped) expect(wallTimeOf(at, 'Europe/London')).toEqual({ date: '2026-10-25', time });
    }
  });
});

describe('clockChangeNote: what the schedule dialog says before booking across a clock change', () => {
  it('a skipped time says when the call would be', () => {
    expect(clockChangeNote('2026-03-29', '02:30', 'Europe/Berlin')).toBe(
      '02:30 does not exist on Sun 29 Mar in Berlin: the clocks go forward then. The call would be at 03:30; pick another time if that is not right.',
    );
  });

  it('a repeated time says which of the two is booked', () => {
    expect(clockChangeNote('2026-11-01', '01:30', 'America/New_York')).toMatch(
      /^01:30 happens twice on Sun 1 Nov in New York \(the clocks go back\): this books the 01:30 E[DS]T one\.$/,
    );
  });

  it('an ordinary time needs no note', () => {
    expect(clockChangeNote('2026-06-15', '10:00', 'Europe/Berlin')).toBeNull();
  });
});
