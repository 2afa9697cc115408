import { z } from 'zod';
import { MAX_PAGE_SIZE, PAGE_SIZE } from '../limits';

export const id = z.uuid({ error: 'Not a valid id' });
export const byId = z.strictObject({ id });

/** A name-like field: trimmed, not empty, bounded. */
export const name = (max = 200) =>
  z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);
/** Free text that may be empty; bounded so nobody stores a novel by accident. */
export const text = (max = 10_000) =>
  z.string().max(max, `At most ${max.toLocaleString('en-US')} characters`);
export const optionalText = (max = 10_000) => text(max).nullish();

/** A calendar day, `YYYY-MM-DD` (no time zone to shift it). */
export const calendarDate = z.iso.date({ error: 'Use a date like 2026-01-31' });

export const timeZone = z
  .string()
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
  cursor: z.string().max(200).nullish(),
  direction: z.literal('forward').optional(),
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(PAGE_SIZE),
};
