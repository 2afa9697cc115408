import type { createCampaignInput } from '@expert-network/api/schemas';
import type { z } from 'zod';

export type WizardValues = z.input<typeof createCampaignInput>;
export type WizardOutput = z.output<typeof createCampaignInput>;
export type QuestionValues = NonNullable<WizardValues['screeningQuestions']>[number];

export const INDUSTRIES = [
  'Technology',
  'Healthcare',
  'Financial Services',
  'Consumer & Retail',
  'Industrials',
  'Energy & Utilities',
  'Telecom & Media',
  'Real Estate',
] as const;
export const OTHER = 'Other';

export const REGIONS = [
  'North America',
  'Europe',
  'Asia-Pacific',
  'Latin America',
  'Middle East & Africa',
] as const;

export const STEPS = [
  {
    id: 'basics',
    title: 'Basics',
    fields: ['campaignName', 'projectId', 'industryVertical', 'customIndustry'],
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
    ],
  },
  { id: 'screening', title: 'Screening questions', fields: ['screeningQuestions'] },
  { id: 'vendors', title: 'Vendors', fields: ['vendorPlatformIds'] },
  { id: 'team', title: 'Team', fields: ['teamMemberIds'] },
  { id: 'review', title: 'Review', fields: [] },
] as const satisfies readonly {
  id: string;
  title: string;
  fields: readonly (keyof WizardValues)[];
}[];

/** The step that holds a field path ("screeningQuestions.0.questionText" → screening). */
export function stepOfField(path: string): number {
  const top = path.split('.')[0];
  const index = STEPS.findIndex((s) => (s.fields as readonly string[]).includes(top ?? ''));
  return index === -1 ? 0 : index;
}

/** Number inputs: empty means "not given". */
export const optionalNumber = (v: unknown) =>
  v === '' || v === null || v === undefined ? null : Number(v);
/** Date inputs: `YYYY-MM-DD` or nothing; kept as a string, never a Date. */
export const optionalDate = (v: unknown) => (v ? String(v) : null);

export const blankQuestion = (): QuestionValues => ({
  questionText: '',
  questionType: 'text',
  options: {},
  isRequired: true,
  followUps: [],
});

/** Only the options a question's type uses (choices for choices, a scale for scales). */
export function cleanOptions(q: {
  questionType?: string | undefined;
  options?: QuestionValues['options'];
}) {
  const o = q.options ?? {};
  if (q.questionType === 'single_choice' || q.questionType === 'multi_choice')
    return { choices: o.choices };
  if (q.questionType === 'scale') return { scale: o.scale };
  return {};
}

/** The answers a parent question can give that may trigger a follow-up (null: free text). */
export function triggerChoices(q: {
  questionType?: string | undefined;
  options?: QuestionValues['options'];
}) {
  if (q.questionType === 'yes_no') return ['Yes', 'No'];
  if (q.questionType === 'single_choice' || q.questionType === 'multi_choice')
    return q.options?.choices ?? [];
  return null;
}
