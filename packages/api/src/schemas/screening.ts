import { QUESTION_TYPES } from '@expert-network/db/values';
import { z } from 'zod';
import { byId, id, name, orderedIds } from './common';

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

/** Choices for choice questions, a scale for scale questions. */
export function checkOptions(
  q: { questionType?: (typeof QUESTION_TYPES)[number]; options?: z.infer<typeof questionOptions> },
  ctx: z.RefinementCtx,
) {
  if (!q.questionType) return;
  const isChoice = q.questionType === 'single_choice' || q.questionType === 'multi_choice';
  if (isChoice && !q.options?.choices) {
    ctx.addIssue({ code: 'custom', path: ['options', 'choices'], message: 'Give the choices' });
  }
  if (q.questionType === 'scale' && !q.options?.scale) {
    ctx.addIssue({ code: 'custom', path: ['options', 'scale'], message: 'Give the scale' });
  }
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

export const updateQuestionInput = z
  .strictObject({
    id,
    questionText: screeningQuestionFields.questionText.optional(),
    questionType: z.enum(QUESTION_TYPES).optional(),
    options: questionOptions.optional(),
    isRequired: z.boolean().optional(),
    followUpTrigger: name(200).nullish(),
  })
  .superRefine(checkOptions);

export const listQuestionsInput = z.strictObject({ campaignId: id });
export const reorderQuestionsInput = z.strictObject({ campaignId: id, ids: orderedIds });
export const responsesInput = z.strictObject({ expertId: id });
export const deleteQuestionInput = byId;
