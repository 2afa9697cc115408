import { createCampaignInput } from '@expert-network/contract';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { FRIENDLY } from '../../lib/zod-messages';
import { questionPayload, triggerFits, triggerMismatch } from '../screening/question-form';
import type { WizardStep } from './wizard-steps';

export type WizardValues = z.input<typeof createCampaignInput>;
export type WizardOutput = z.output<typeof createCampaignInput>;

const CAMPAIGN_KEYS = Object.keys(createCampaignInput.shape) as (keyof WizardValues)[];

export const STEPS = [
  {
    id: 'basics',
    title: 'Basics',
    fields: ['campaignName', 'projectId', 'industryVertical', 'customIndustry', 'subIndustry'],
  },
  {
    id: 'scope',
    title: 'Scope',
    fields: [
      'briefDescription',
      'expandedDescription',
      'targetRegions',
      'customRegions',
      'startDate',
      'targetCompletionDate',
      'minCalls',
      'maxCalls',
      'estimatedCalls',
      'budgetCents',
    ],
  },
  { id: 'screening', title: 'Screening questions', fields: ['screeningQuestions'] },
  { id: 'vendors', title: 'Vendors', fields: ['vendorPlatformIds'] },
  { id: 'team', title: 'Team', fields: ['teamMemberIds'] },
  { id: 'review', title: 'Review', fields: [] },
] as const satisfies readonly {
  id: WizardStep;
  title: string;
  fields: readonly (keyof WizardValues)[];
}[];

/** A campaign with nothing typed yet (in a project, when started from one). */
export const blankCampaign = (projectId: string | null): WizardValues => ({
  campaignName: '',
  projectId,
  industryVertical: '',
  customIndustry: null,
  subIndustry: null,
  briefDescription: '',
  expandedDescription: '',
  targetRegions: [],
  customRegions: [],
  startDate: null,
  targetCompletionDate: null,
  minCalls: null,
  maxCalls: null,
  estimatedCalls: null,
  budgetCents: null,
  screeningQuestions: [],
  vendorPlatformIds: [],
  teamMemberIds: [],
});

/** The step to show: the one the URL asks for, but never past the furthest step reached. */
export function wizardStep(requested: WizardStep | undefined, reached: number): number {
  return Math.min(
    Math.max(
      STEPS.findIndex((s) => s.id === requested),
      0,
    ),
    reached,
  );
}

/** The step that holds a field path ("screeningQuestions.0.questionText" → screening). */
export function stepOfField(path: string): number {
  const top = path.split('.')[0];
  const index = STEPS.findIndex((s) => (s.fields as readonly string[]).includes(top ?? ''));
  return index === -1 ? 0 : index;
}

/**
 * What the wizard sends: the API schema's fields only, at every level, and
 * each question's options for its type only (see questionPayload).
 */
export function campaignPayload(values: WizardValues): WizardValues {
  const picked: Record<string, unknown> = {};
  for (const key of CAMPAIGN_KEYS) if (key in values) picked[key] = values[key];
  return {
    ...(picked as WizardValues),
    screeningQuestions: (values.screeningQuestions ?? []).map((q) => ({
      ...questionPayload(q),
      followUps: (q.followUps ?? []).map((f) => questionPayload(f)),
    })),
  };
}

/** The API's schema, plus the check the API makes on create: a follow-up's trigger is a parent's answer. */
const wizardSchema = createCampaignInput.superRefine((campaign, ctx) => {
  campaign.screeningQuestions.forEach((question, i) => {
    question.followUps.forEach((followUp, j) => {
      if (triggerFits(question, followUp.followUpTrigger)) return;
      ctx.addIssue({
        code: 'custom',
        path: ['screeningQuestions', i, 'followUps', j, 'followUpTrigger'],
        message: triggerMismatch(question),
      });
    });
  });
});

const validate = zodResolver(wizardSchema, FRIENDLY);
/** The API's schema judges what would be sent: schema fields only, options of each type only. */
export const wizardResolver: Resolver<WizardValues, unknown, WizardOutput> = (
  values,
  context,
  options,
) => validate(campaignPayload(values), context, options);
