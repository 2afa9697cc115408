import { z } from 'zod';
import { id, optionalText, timeZone } from './common';

const duration = z.number().int().min(15).max(240);

export const listInterviewsInput = z
  .strictObject({
    campaignId: id.optional(),
    from: z.date().optional(),
    to: z.date().optional(),
  })
  .refine((i) => !i.from || !i.to || i.from <= i.to, {
    message: 'from must be before to',
    path: ['to'],
  })
  .optional();

export const scheduleInterviewInput = z.strictObject({
  expertId: id,
  scheduledAt: z.date(),
  timezone: timeZone,
  durationMinutes: duration.default(60),
  teamMemberId: id.nullish(),
  notes: optionalText(10_000),
});

export const rescheduleInterviewInput = z.strictObject({
  id,
  scheduledAt: z.date(),
  timezone: timeZone.optional(),
  durationMinutes: duration.optional(),
  teamMemberId: id.nullish(),
});

export const completeInterviewInput = z.strictObject({ id, notes: optionalText(20_000) });
export const cancelInterviewInput = z.strictObject({ id, reason: optionalText(2_000) });
