import { z } from 'zod';
import { MAX_CALL_MINUTES } from '../limits';
import { BOOKING_WARNINGS } from '../rules/clashes';
import { cents, id, instant, name, optionalText, pageInput, timeZone } from './common';

const duration = z
  .number({ error: 'Give the length in minutes' })
  .int('Whole minutes')
  .min(15, 'At least 15 minutes')
  .max(MAX_CALL_MINUTES, `At most ${MAX_CALL_MINUTES / 60} hours`);

const DAY = 86_400_000;
/** How far back a call that already happened may be logged, and how far ahead one may be booked. */
export const BOOKING_WINDOW_DAYS = { past: 30, future: 365 } as const;

/** When a call may be booked: logged up to 30 days back, or booked up to a year ahead. */
const callTime = z
  .date({ error: 'Give the date and time of the call' })
  .refine((d) => d.getTime() >= Date.now() - BOOKING_WINDOW_DAYS.past * DAY, {
    message: `Calls more than ${BOOKING_WINDOW_DAYS.past} days ago cannot be logged`,
  })
  .refine((d) => d.getTime() <= Date.now() + BOOKING_WINDOW_DAYS.future * DAY, {
    message: 'Calls can be booked up to a year ahead',
  });

/**
 * The warnings the user has seen and accepts for this booking (an interviewer
 * already busy, a day outside the campaign, a budget passed); any other one
 * raised refuses the booking with CONFLICT, naming it.
 */
const confirm = z
  .array(z.enum(BOOKING_WARNINGS, { error: 'Not a warning a booking can raise' }))
  .max(BOOKING_WARNINGS.length)
  .optional();

/** By time (then id), a page at a time; of one campaign, or in a range, if asked. */
export const listInterviewsInput = z
  .strictObject({
    campaignId: id.optional(),
    from: instant.optional(),
    to: instant.optional(),
    ...pageInput,
  })
  .refine((i) => !i.from || !i.to || i.from <= i.to, {
    message: 'Must be after the start of the range',
    path: ['to'],
  })
  .optional();

export const scheduleInterviewInput = z.strictObject({
  expertId: id,
  scheduledAt: callTime,
  timezone: timeZone,
  durationMinutes: duration.default(60),
  teamMemberId: id.nullish(),
  notes: optionalText(10_000),
  confirm,
});

export const rescheduleInterviewInput = z.strictObject({
  id,
  scheduledAt: callTime,
  timezone: timeZone.optional(),
  durationMinutes: duration.optional(),
  teamMemberId: id.nullish(),
  confirm,
});

/** A call that took place: how long it really lasted (the cost follows), and how good the expert was. */
export const completeInterviewInput = z.strictObject({
  id,
  actualMinutes: z
    .number({ error: 'Give the length in minutes' })
    .int('Whole minutes')
    .min(1, 'At least a minute')
    .max(480, 'At most 8 hours'),
  rating: z
    .number({ error: 'Rate the expert from 1 to 5' })
    .int('A whole number of stars')
    .min(1, 'From 1 to 5')
    .max(5, 'From 1 to 5'),
  notes: optionalText(20_000),
});
export const cancelInterviewInput = z.strictObject({ id, reason: optionalText(2_000) });
export const noShowInterviewInput = z.strictObject({ id, notes: optionalText(2_000) });

/**
 * A completed call is corrected, never deleted: its length (the cost follows
 * the expert's rate) or its cost, with the reason, kept on the record.
 */
export const correctInterviewInput = z
  .strictObject({
    id,
    durationMinutes: duration.optional(),
    costCents: cents.optional(),
    reason: name(2_000),
  })
  .refine((c) => c.durationMinutes !== undefined || c.costCents !== undefined, {
    message: 'Change the length or the cost',
    path: ['durationMinutes'],
  });
