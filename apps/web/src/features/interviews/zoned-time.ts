import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** The instant a wall-clock date and time (`YYYY-MM-DD`, `HH:mm`) mean in an IANA zone. */
export function instantFromWallTime(date: string, time: string, timeZone: string): Date {
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  return new Date(new TZDate(y, mo - 1, d, h, mi, 0, timeZone).getTime());
}

/** The wall-clock date and time an instant shows in a zone (for editing). */
export function wallTimeOf(at: Date, timeZone: string) {
  const zoned = new TZDate(at.getTime(), timeZone);
  return { date: format(zoned, 'yyyy-MM-dd'), time: format(zoned, 'HH:mm') };
}

/** Every zone the browser knows, the user's own first. */
export function timeZoneOptions(own: string): string[] {
  const all = Intl.supportedValuesOf('timeZone');
  return [own, ...all.filter((z) => z !== own)];
}
