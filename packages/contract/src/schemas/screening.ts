import { z } from 'zod';
import { QUESTION_TYPES } from '../values';
import { id, name, orderedIds } from './common';

const choices = z.array(name(200)).min(2, 'Give at least two choices').max(20);
const scale = z
  .strictObject({
    min: z.number().int().min(-100).max(100),
    max: z.number().int().min(-100).max(100),
    minLabel: name(60).optional(),
    maxLabel: name(60).optional(),
  })
  .refine((s) => s.min < s.max, { message: 'Must be more than the lowest value', path: ['max'] });

export const questionOptions = z.strictObject({
  choices: choices.optional(),
  scale: scale.optional(),
});

type QuestionShape = {
  questionType?: (typeof QUESTION_TYPES)[number];
  options?: z.infer<typeof questionOptions>;
};

/** Choice questions need their choices, scale questions their scale. */
export function optionIssues(q: QuestionShape) {
  const issues: { path: string[]; message: string }[] = [];
  const isChoice = q.questionType === 'single_choice' || q.questionType === 'multi_choice';
  if (isChoice && !q.options?.choices)
    issues.push({ path: ['options', 'choices'], message: 'Give the choices' });
  if (q.questionType === 'scale' && !q.options?.scale)
    issues.push({ path: ['options', 'scale'], message: 'Give the scale' });
  return issues;
}

/** `optionIssues` as a zod refinement, for whole questions (updates are checked against the stored one). */
export function checkOptions(q: QuestionShape, ctx: z.RefinementCtx) {
  for (const issue of optionIssues(q)) ctx.addIssue({ code: 'custom', ...issue });
}

export const screeningQuestionFields = {
  questionText: name(1_000),
  questionType: z.enum(QUESTION_TYPES).default('text'),
  options: questionOptions.default({}),
  isRequired: z.boolean().default(true),
  /** For a follow-up: the parent answer that asks it (null: always asked). */
  followUpTrigger: name(200).nullish(),
};

export const createQuestionInput = z
  .strictObject({
    campaignId: id,
    parentQuestionId: id.nullish(),
    ...screeningQuestionFields,
  })
  .superRefine(checkOptions);

export const updateQuestionInput = z.strictObject({
  id,
  questionText: screeningQuestionFields.questionText.optional(),
  questionType: z.enum(QUESTION_TYPES).optional(),
  options: questionOptions.optional(),
  isRequired: z.boolean().optional(),
  followUpTrigger: name(200).nullish(),
});

export const listQuestionsInput = z.strictObject({ campaignId: id });
export const reorderQuestionsInput = z.strictObject({ campaignId: id, ids: orderedIds });
export const responsesInput = z.strictObject({ expertId: id });
