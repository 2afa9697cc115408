import { screeningQuestionFields } from '@expert-network/contract';
import type { QuestionType } from '@expert-network/contract/values';

type Options = {
  choices?: string[] | undefined;
  scale?:
    | {
        min?: number | null | undefined;
        max?: number | null | undefined;
        minLabel?: string | undefined;
        maxLabel?: string | undefined;
      }
    | undefined;
};

/** A question as a form holds it (the API's fields, loosely typed while being edited). */
type QuestionDraft = {
  questionText?: string | undefined;
  questionType?: QuestionType | undefined;
  options?: Options | undefined;
  isRequired?: boolean | undefined;
  followUpTrigger?: string | null | undefined;
};

const QUESTION_KEYS = Object.keys(screeningQuestionFields) as (keyof QuestionDraft)[];

const isChoice = (type: QuestionType | undefined) =>
  type === 'single_choice' || type === 'multi_choice';

/** Only the options a question's type uses (choices for choices, a scale for scales). */
function cleanOptions(q: QuestionDraft): Options {
  const o = q.options ?? {};
  if (isChoice(q.questionType)) return { choices: o.choices };
  if (q.questionType === 'scale') return { scale: o.scale };
  return {};
}

/**
 * A question as the API takes it: exactly the schema's fields (a key it does
 * not know would be refused) and only the options its type uses, whatever
 * else the form held on to (options of a type picked and then changed).
 */
export function questionPayload<T extends QuestionDraft>(
  q: T,
): Pick<T, Extract<keyof T, keyof QuestionDraft>> {
  const picked: Record<string, unknown> = {};
  for (const key of QUESTION_KEYS) if (key in q) picked[key] = q[key];
  return { ...picked, options: cleanOptions(q) } as Pick<T, Extract<keyof T, keyof QuestionDraft>>;
}

export const blankQuestion = () => ({
  questionText: '',
  questionType: 'text' as const,
  options: {},
  isRequired: true,
});

/** The answers a parent question can give that may ask a follow-up (null: free text, any). */
export function triggerChoices(q: QuestionDraft): string[] | null {
  if (q.questionType === 'yes_no') return ['Yes', 'No'];
  if (isChoice(q.questionType)) return q.options?.choices ?? [];
  return null;
}

/** Whether a follow-up's trigger is an answer the parent can give (no trigger: always). */
export function triggerFits(parent: QuestionDraft, trigger: string | null | undefined): boolean {
  const answers = triggerChoices(parent);
  if (!trigger || !answers) return true;
  return answers.some((a) => a.toLowerCase() === trigger.toLowerCase());
}

/** The message for a trigger that is not one of the parent's answers (the API's wording). */
export const triggerMismatch = (parent: QuestionDraft) =>
  `Must be one of the question's answers: ${(triggerChoices(parent) ?? []).join(', ')}`;

/**
 * Choices renamed in an edit: with as many choices as before, the one at each
 * position is the same choice, renamed when its text differs. Returns old → new.
 */
export function renamedChoices(
  before: string[] | undefined,
  after: string[] | undefined,
): Map<string, string> {
  const renamed = new Map<string, string>();
  if (!before || !after || before.length !== after.length) return renamed;
  before.forEach((old, i) => {
    const next = after[i];
    if (next !== undefined && next !== old) renamed.set(old.toLowerCase(), next);
  });
  return renamed;
}
