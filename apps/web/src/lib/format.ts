import { dayIn } from '@expert-network/contract/calendar-day';

/**
 * Display formatting with the platform's Intl (no library in the first load).
 * Calendar arithmetic lives with the calendar, on date-fns.
 */
const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

/** Integer cents as whole currency units ("$1,250"). */
export function formatMoney(cents: number | null | undefined, currency = 'USD'): string {
  if (cents == null) return '—';
  if (currency === 'USD') return usd.format(cents / 100);
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(cents / 100);
}

/**
 * A vendor's rate range from cents, per hour ("$600–1,200 / h"): the vendors'
 * published figures are for a one-hour call, so they are their hourly rates,
 * the unit of every rate in the app.
 */
export function formatCostRange(minCents: number, maxCents: number): string {
  return `${formatMoney(minCents)}–${usd.format(maxCents / 100).replace('$', '')} / h`;
}

const calendarDay = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A calendar date string (`YYYY-MM-DD`) for display. Read and shown in UTC, as
 * a day, so no time zone moves it to the day before or after.
 */
export function formatCalendarDate(value: string | null | undefined): string {
  if (!value) return '—';
  return calendarDay.format(new Date(`${value}T00:00:00Z`));
}

/** The calendar day an instant falls on in a zone, as `YYYY-MM-DD` (the clash rules' own). */
export const dayInZone = dayIn;

/**
 * An instant as the wall clock of an IANA zone shows it ("Tue 3 Mar, 14:00"),
 * with the year when it is not this year there ("Wed, 13 Jan 2027, 10:00").
 */
export function formatInZone(at: Date, timeZone: string, now = new Date()): string {
  const otherYear = dayInZone(at, timeZone).slice(0, 4) !== dayInZone(now, timeZone).slice(0, 4);
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(otherYear ? { year: 'numeric' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(at);
}

/** The day alone, in a zone ("Wed 2 Dec"). */
export function formatDayInZone(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone,
  }).format(at);
}

/** Only the time of day in a zone ("14:00"). */
export function formatTimeInZone(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(
    at,
  );
}

/** The short name of a zone at an instant ("GMT+1", "EST"). */
export function zoneAbbreviation(at: Date, timeZone: string): string {
  return (
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  );
}

const instant = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant in the browser's zone ("3 Mar 2026, 14:00"). */
export function formatInstant(at: Date | null | undefined): string {
  return at ? instant.format(at) : '—';
}

export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** `a` / `b` as a whole percent, 0 when there is no target. */
export function percent(a: number, b: number): number {
  return b > 0 ? Math.round((a / b) * 100) : 0;
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join('');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A scale with its labels: "1 (Not at all) to 5 (Very)". */
export function scaleRange(scale: {
  min: number;
  max: number;
  minLabel?: string | undefined;
  maxLabel?: string | undefined;
}): string {
  const end = (n: number, label: string | undefined) => (label ? `${n} (${label})` : String(n));
  return `${end(scale.min, scale.minLabel)} to ${end(scale.max, scale.maxLabel)}`;
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How far an instant is from now, in the largest whole unit ("in 3 hours", "5 minutes ago", "just now"). */
export function formatRelative(at: Date, now = new Date()): string {
  const diff = at.getTime() - now.getTime();
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return relative.format(Math.round(diff / ms), unit);
  }
  return 'just now';
}
