import { z } from 'zod';
import { type CampaignRules, campaignRuleIssues } from '../rules/campaigns';
import { CAMPAIGN_STATUSES } from '../values';
import {
  budgetCents,
  calendarDate,
  callCount,
  id,
  name,
  optionalText,
  orderedIds,
  pageInput,
  text,
  timeZone,
} from './common';
import { checkOptions, screeningQuestionFields } from './screening';

const regions = z.array(name(100)).max(50);

const campaignFields = {
  projectId: id.nullish(),
  campaignName: name(),
  industryVertical: name(120),
  customIndustry: optionalText(120),
  subIndustry: optionalText(120),
  briefDescription: text(5_000),
  expandedDescription: optionalText(20_000),
  startDate: calendarDate.nullish(),
  targetCompletionDate: calendarDate.nullish(),
  targetRegions: regions,
  customRegions: regions,
  minCalls: callCount.nullish(),
  maxCalls: callCount.nullish(),
  estimatedCalls: callCount.nullish(),
  status: z.enum(CAMPAIGN_STATUSES),
  /** The zone new calls are booked in by default; null: the user's own. */
  defaultTimezone: timeZone.nullish(),
  /** What the campaign's calls may cost in all; null: no budget. */
  budgetCents: budgetCents.nullish(),
};

const withCampaignRules = <T extends CampaignRules>(value: T, ctx: z.RefinementCtx) => {
  for (const issue of campaignRuleIssues(value)) ctx.addIssue({ code: 'custom', ...issue });
};

/** A screening question written in the wizard, with its follow-ups. */
const wizardQuestion = z
  .strictObject({
    ...screeningQuestionFields,
    followUps: z
      .array(z.strictObject(screeningQuestionFields).superRefine(checkOptions))
      .max(10)
      .default([]),
  })
  .superRefine(checkOptions);

export const createCampaignInput = z
  .strictObject({
    ...campaignFields,
    briefDescription: campaignFields.briefDescription.default(''),
    targetRegions: regions.default([]),
    customRegions: regions.default([]),
    status: campaignFields.status.default('active'),
    // The wizard's later steps, written in the same transaction.
    screeningQuestions: z.array(wizardQuestion).max(50).default([]),
    vendorPlatformIds: z.array(id).max(18).default([]),
    teamMemberIds: z.array(id).max(100).default([]),
  })
  .superRefine(withCampaignRules);

export const updateCampaignInput = z.strictObject({
  id,
  ...Object.fromEntries(
    Object.entries(campaignFields).map(([key, schema]) => [key, schema.optional()]),
  ),
} as { id: typeof id } & {
  [K in keyof typeof campaignFields]: z.ZodOptional<(typeof campaignFields)[K]>;
});
// (The rules across fields are checked against the campaign as it will be, in the query.)

/** The edit form sends every field, so it can check the rules across fields before the call. */
export const editCampaignForm = updateCampaignInput.superRefine(withCampaignRules);

/** In the user's order (display order), a page at a time; `projectId: null` for those without one. */
export const listCampaignsInput = z
  .strictObject({
    projectId: id.nullish(),
    status: z.enum(CAMPAIGN_STATUSES).optional(),
    ...pageInput,
  })
  .optional();

export const reorderCampaignsInput = z.strictObject({ ids: orderedIds });
