import { z } from 'zod';
import { EXPERT_SORT_KEYS, EXPERT_STATUSES, MANUAL_EXPERT_STATUSES, SORT_ORDERS } from '../values';
import { cents, id, name, optionalText, plainString } from './common';

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use YYYY-MM');

export const workHistoryEntry = z.strictObject({
  company: name(),
  title: name(),
  from: yearMonth,
  to: yearMonth.nullable(),
});

/**
 * What narrows a list of experts, the same on screen and in an export. `search`
 * is full-text (web-search syntax: words, "a phrase", -not, or).
 */
export const expertFilters = {
  status: z.enum(EXPERT_STATUSES).optional(),
  vendorPlatformId: id.optional(),
  search: plainString().trim().max(200).optional(),
  /** Only experts not yet opened. */
  isNew: z.boolean().optional(),
  minFit: z.number().min(0).max(10).optional(),
  minRating: z.number().min(0).max(5).optional(),
  maxRateCents: cents.optional(),
  /** Only experts whose answer to this question contains the text ("Yes" to Q1). */
  answer: z.strictObject({ questionId: id, text: plainString().trim().min(1).max(200) }).optional(),
  sort: z.enum(EXPERT_SORT_KEYS).default('arrival'),
  /** Default: the sort's natural direction (DEFAULT_SORT_ORDER). */
  order: z.enum(SORT_ORDERS).optional(),
};

export const expertFilterInput = z.strictObject(expertFilters);
export type ExpertFilterInput = z.infer<typeof expertFilterInput>;

export const listExpertsInput = z.strictObject({
  campaignId: id,
  ...expertFilters,
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
  /** The expert signed the compliance attestation (confidentiality, no inside information); unticked, they are flagged. */
  attestationReceived: z.boolean().default(true),
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

/** Why an expert was rejected, kept on the expert. */
const rejectionReason = optionalText(500);

export const updateExpertInput = z.strictObject({
  id,
  status: z.enum(MANUAL_EXPERT_STATUSES).optional(),
  rating: z.number().min(0).max(5).multipleOf(0.1).nullish(),
  notes: optionalText(20_000),
  rejectionReason,
});

/** Most experts one bulk action changes (a "select all" beyond it asks to narrow the filter). */
export const MAX_BULK_EXPERTS = 5_000;

/** Shortlist, reject (with a reason), send back, or mark seen / unseen, many at once. */
export const bulkUpdateExpertsInput = z
  .strictObject({
    ids: z
      .array(id)
      .min(1, 'Pick at least one expert')
      .max(MAX_BULK_EXPERTS, `At most ${MAX_BULK_EXPERTS.toLocaleString('en-US')} at once`),
    status: z.enum(MANUAL_EXPERT_STATUSES).optional(),
    rejectionReason,
    /** false: seen (opened); true: marked new again (an undo). */
    isNew: z.boolean().optional(),
  })
  .refine((b) => b.status !== undefined || b.isNew !== undefined, {
    message: 'Say what to change: a status, or seen',
  });

/** Every expert the filters match (for "select all matching"), ids only. */
export const matchingExpertIdsInput = z.strictObject({
  campaignId: id,
  ...expertFilters,
});

export const statusCountsInput = z.strictObject({ campaignId: id });

/** Search across all the user's campaigns (the command palette). */
export const searchExpertsInput = z.strictObject({
  search: plainString().trim().min(1, 'Type something to search for').max(200),
  limit: z.number().int().min(1).max(50).default(20),
});
