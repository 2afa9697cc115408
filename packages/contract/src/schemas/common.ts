import { z } from 'zod';
import { MAX_PAGE_SIZE, PAGE_SIZE } from '../limits';

export const id = z.uuid({ error: 'Not a valid id' });
export const byId = z.strictObject({ id });

/** Half of a surrogate pair without its other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True for text PostgreSQL can store as written: no NUL, no broken Unicode. */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/**
 * Every string an input carries: PostgreSQL refuses a NUL in text and a lone
 * surrogate cannot be encoded, so both are refused here, on the field.
 */
export const plainString = () =>
  z.string().refine(isStorableText, { message: 'Contains a NUL character or broken Unicode' });

/** A name-like field: trimmed, not empty, bounded. */
export const name = (max = 200) =>
  plainString().trim().min(1, 'Required').max(max, `At most ${max} characters`);
/** Free text that may be empty; bounded so nobody stores a novel by accident. */
export const text = (max = 10_000) =>
  plainString().max(max, `At most ${max.toLocaleString('en-US')} characters`);
export const optionalText = (max = 10_000) => text(max).nullish();

/** The years a date may fall in: wide enough for any real use, and within what PostgreSQL and JavaScript both hold. */
export const DATE_RANGE = { fromYear: 1900, toYear: 2200 } as const;

/** A calendar day, `YYYY-MM-DD` (no time zone to shift it), in DATE_RANGE. */
export const calendarDate = z.iso.date({ error: 'Use a date like 2026-01-31' }).refine(
  (day) => {
    const year = Number(day.slice(0, 4));
    return year >= DATE_RANGE.fromYear && year <= DATE_RANGE.toYear;
  },
  { message: `Use a date between ${DATE_RANGE.fromYear} and ${DATE_RANGE.toYear}` },
);

/** An instant in DATE_RANGE (UTC years). */
export const instant = z
  .date({ error: 'Give a date and time' })
  .min(new Date(Date.UTC(DATE_RANGE.fromYear, 0, 1)), {
    message: `Use a date from ${DATE_RANGE.fromYear} on`,
  })
  .max(new Date(Date.UTC(DATE_RANGE.toYear + 1, 0, 1) - 1), {
    message: `Use a date up to ${DATE_RANGE.toYear}`,
  });

/** A link a browser may open or load: http or https only (no javascript:, data: or file:). */
export const webUrl = z.url({ protocol: /^https?$/, error: 'Use an http:// or https:// address' });

export const timeZone = plainString()
  .max(64)
  .refine(isTimeZone, { message: 'Not a known IANA time zone' });

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Emails compare case-insensitively, so they are stored in lower case. */
export const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('Not a valid email address').max(320));
export const cents = z
  .number()
  .int('Whole cents only')
  .min(0, 'Cannot be negative')
  .max(100_000_000, 'Too large');
/** An optional budget, in whole cents: more than nothing, up to a million dollars... times a thousand. */
export const budgetCents = z
  .number({ error: 'Give an amount' })
  .int('Whole cents only')
  .min(1, 'Must be more than zero')
  .max(2_000_000_000, 'Too large');
export const callCount = z
  .number({ error: 'Give a number' })
  .int('A whole number of calls')
  .min(0, 'Cannot be negative')
  .max(10_000, 'At most 10,000 calls');

/** A new order for a list: every id once. */
export const orderedIds = z
  .array(id)
  .min(1)
  .max(1_000)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'Ids must not repeat' });

export { MAX_BATCH_SIZE } from '../limits';

/**
 * A page of a long list: `cursor` is the `nextCursor` of the previous page
 * (opaque), `limit` how many rows. `direction` is what tRPC's infinite queries send.
 */
export const pageInput = {
  cursor: plainString().max(200).nullish(),
  direction: z.literal('forward').optional(),
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(PAGE_SIZE),
};
