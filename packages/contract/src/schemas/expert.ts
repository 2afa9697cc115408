import { z } from 'zod';
import { EXPERT_STATUSES, MANUAL_EXPERT_STATUSES } from '../values';
import { cents, id, name, optionalText, plainString } from './common';

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use YYYY-MM');

export const workHistoryEntry = z.strictObject({
  company: name(),
  title: name(),
  from: yearMonth,
  to: yearMonth.nullable(),
});

export const listExpertsInput = z.strictObject({
  campaignId: id,
  status: z.enum(EXPERT_STATUSES).optional(),
  vendorPlatformId: id.optional(),
  search: plainString().trim().max(200).optional(),
  /** Opaque: the `nextCursor` of the previous page. */
  cursor: plainString().max(200).nullish(),
  /** Sent by tRPC's infinite queries (useInfiniteQuery); pages only go forward. */
  direction: z.literal('forward').optional(),
  limit: z.number().int().min(1).max(100).default(25),
});

export const createExpertInput = z.strictObject({
  campaignId: id,
  vendorPlatformId: id.nullish(),
  name: name(),
  title: name().nullish(),
  company: name().nullish(),
  geography: name(120).nullish(),
  description: optionalText(10_000),
  workHistory: z.array(workHistoryEntry).max(30).default([]),
  skills: z.array(name(80)).max(50).default([]),
  rating: z.number().min(0).max(5).multipleOf(0.1).nullish(),
  callRateCents: cents.nullish(),
  /** Answers to the campaign's screening questions, as the vendor sent them. */
  responses: z
    .array(
      z.strictObject({
        screeningQuestionId: id,
        responseText: name(5_000),
      }),
    )
    .max(100)
    .refine((r) => new Set(r.map((x) => x.screeningQuestionId)).size === r.length, {
      message: 'One answer per question',
    })
    .default([]),
});

export const updateExpertInput = z.strictObject({
  id,
  status: z.enum(MANUAL_EXPERT_STATUSES).optional(),
  rating: z.number().min(0).max(5).multipleOf(0.1).nullish(),
  notes: optionalText(20_000),
});

export const statusCountsInput = z.strictObject({ campaignId: id });
