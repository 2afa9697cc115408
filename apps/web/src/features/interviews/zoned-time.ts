import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { zoneAbbreviation } from '../../lib/format';

/** The instant a wall-clock date and time (`YYYY-MM-DD`, `HH:mm`) mean in an IANA zone. */
function instantFromWallTime(date: string, time: string, timeZone: string): Date {
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  return new Date(new TZDate(y, mo - 1, d, h, mi, 0, timeZone).getTime());
}

/** The wall-clock date and time an instant shows in a zone (for editing). */
export function wallTimeOf(at: Date, timeZone: string) {
  const zoned = new TZDate(at.getTime(), timeZone);
  return { date: format(zoned, 'yyyy-MM-dd'), time: format(zoned, 'HH:mm') };
}

const HOUR = 3_600_000;

/**
 * A wall-clock time checked against the zone's daylight-saving changes: a time
 * the clocks skip (spring forward) does not exist and moves to `actual`; a time
 * they repeat (fall back) happens twice and `at` is one of the two.
 */
export function checkWallTime(date: string, time: string, timeZone: string) {
  const at = instantFromWallTime(date, time, timeZone);
  const actual = wallTimeOf(at, timeZone);
  const same = (other: Date) => {
    const wall = wallTimeOf(other, timeZone);
    return wall.date === date && wall.time === time;
  };
  return {
    at,
    skipped: actual.date !== date || actual.time !== time,
    repeated: same(new Date(at.getTime() - HOUR)) || same(new Date(at.getTime() + HOUR)),
    actual,
  };
}

const place = (zone: string) => zone.split('/').pop()?.replaceAll('_', ' ') ?? zone;

/** What a daylight-saving change does to the time typed, said before the call is booked. */
export function clockChangeNote(date: string, time: string, timeZone: string): string | null {
  const check = checkWallTime(date, time, timeZone);
  const day = format(new Date(`${date}T12:00:00`), 'EEE d MMM');
  if (check.skipped) {
    return `${time} does not exist on ${day} in ${place(timeZone)}: the clocks go forward then. The call would be at ${check.actual.time}; pick another time if that is not right.`;
  }
  if (check.repeated) {
    return `${time} happens twice on ${day} in ${place(timeZone)} (the clocks go back): this books the ${time} ${zoneAbbreviation(check.at, timeZone)} one.`;
  }
  return null;
}
