import { z } from 'zod';

export const id = z.uuid();
export const byId = z.strictObject({ id });

/** A name-like field: trimmed, not empty, bounded. */
export const name = (max = 200) => z.string().trim().min(1, 'Required').max(max);
/** Free text that may be empty; bounded so nobody stores a novel by accident. */
export const text = (max = 10_000) => z.string().max(max);
export const optionalText = (max = 10_000) => text(max).nullish();

/** A calendar day, `YYYY-MM-DD` (no time zone to shift it). */
export const calendarDate = z.iso.date();

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

export const email = z.email().max(320);
export const cents = z.number().int().min(0).max(100_000_000);
export const callCount = z.number().int().min(0).max(10_000);

/** A new order for a list: every id once. */
export const orderedIds = z
  .array(id)
  .min(1)
  .max(1_000)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'Ids must not repeat' });

/** Most procedure calls one HTTP batch may carry (the server refuses more; clients split). */
export const MAX_BATCH_SIZE = 50;
