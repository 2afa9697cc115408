/**
 * Calendar arithmetic in the viewer's time zone (not the browser's): days
 * begin at that zone's midnight, and a call sits where that zone's clock puts
 * it, daylight-saving changes included.
 */
import { TZDate } from '@date-fns/tz';
import {
  addDays,
  addMonths,
  addWeeks,
  differenceInCalendarDays,
  endOfMonth,
  endOfWeek,
  format,
  startOfDay,
  startOfMonth,
  startOfWeek,
} from 'date-fns';
import type { CalendarView } from './calendar-views';

const weekOpts = { weekStartsOn: 1 } as const;

/** The day `YYYY-MM-DD` at midnight in `zone`. */
function dayStart(day: string, zone: string): TZDate {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return new TZDate(y, m - 1, d, zone);
}

/** The calendar day an instant falls on in `zone`, `YYYY-MM-DD`. */
export const dayKey = (at: Date, zone: string) => format(new TZDate(at, zone), 'yyyy-MM-dd');

/** The days a view shows around `anchor` (`YYYY-MM-DD`), each at its midnight in `zone`. */
export function visibleDays(view: CalendarView, anchor: string, zone: string): TZDate[] {
  const at = dayStart(anchor, zone);
  const [start, end] =
    view === 'day'
      ? [at, at]
      : view === 'week'
        ? [startOfWeek(at, weekOpts), endOfWeek(at, weekOpts)]
        : [startOfWeek(startOfMonth(at), weekOpts), endOfWeek(endOfMonth(at), weekOpts)];
  const count = differenceInCalendarDays(end, start) + 1;
  return Array.from({ length: count }, (_, i) => startOfDay(addDays(start, i)));
}

/** The instants a view covers: from its first midnight to its last day's end. */
export function viewRange(view: CalendarView, anchor: string, zone: string) {
  const days = visibleDays(view, anchor, zone);
  const first = days[0] ?? dayStart(anchor, zone);
  const last = days.at(-1) ?? first;
  return { from: new Date(first.getTime()), to: new Date(addDays(last, 1).getTime() - 1) };
}

/** The anchor one step back or on (a day, a week, a month). */
export function stepAnchor(view: CalendarView, anchor: string, zone: string, by: number): string {
  const at = dayStart(anchor, zone);
  const next =
    view === 'day' ? addDays(at, by) : view === 'week' ? addWeeks(at, by) : addMonths(at, by);
  return format(next, 'yyyy-MM-dd');
}

/** Minutes since `zone`'s midnight at which an instant falls (its clock time, as the grid places it). */
export function minutesIntoDay(at: Date, zone: string): number {
  const t = new TZDate(at, zone);
  return t.getHours() * 60 + t.getMinutes();
}

/**
 * The part of a call that falls on `day` (a midnight in `zone`), as minutes
 * from that midnight on the grid's clock, or null when none does: a call
 * that runs past midnight shows on both days.
 */
export function minutesOnDay(
  start: Date,
  durationMinutes: number,
  day: Date,
  zone: string,
): { start: number; end: number } | null {
  const dayFrom = day.getTime();
  const dayTo = addDays(new TZDate(dayFrom, zone), 1).getTime();
  const from = Math.max(start.getTime(), dayFrom);
  const to = Math.min(start.getTime() + durationMinutes * 60_000, dayTo);
  if (from >= to) return null;
  const first = from === dayFrom ? 0 : minutesIntoDay(new Date(from), zone);
  return { start: first, end: first + (to - from) / 60_000 };
}

/**
 * Where a dragged call lands: on `day` (`YYYY-MM-DD`), at its old clock time
 * moved by `deltaMinutes`, snapped to `snap` minutes, kept within that day.
 */
export function droppedStart(
  start: Date,
  day: string,
  deltaMinutes: number,
  zone: string,
  snap = 15,
): Date {
  const minutes = Math.round((minutesIntoDay(start, zone) + deltaMinutes) / snap) * snap;
  const within = Math.min(Math.max(minutes, 0), 24 * 60 - snap);
  const target = dayStart(day, zone);
  target.setHours(Math.floor(within / 60), within % 60, 0, 0);
  return new Date(target.getTime());
}

/** The title of a view: "Tue 1 Dec 2026", "30 Nov – 6 Dec 2026", "December 2026". */
export function viewTitle(view: CalendarView, anchor: string, zone: string): string {
  const days = visibleDays(view, anchor, zone);
  const at = dayStart(anchor, zone);
  if (view === 'day') return format(at, 'EEE d MMM yyyy');
  if (view === 'month') return format(at, 'MMMM yyyy');
  const first = days[0] ?? at;
  const last = days.at(-1) ?? at;
  return `${format(first, 'd MMM')} – ${format(last, 'd MMM yyyy')}`;
}
