import { decodeMultiChoice, encodeMultiChoice } from '@expert-network/contract/values';
import type { GenerationRequest, ScreeningQuestion } from './types';

export type Draw = {
  chance(probability: number): boolean;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  sample<T>(items: readonly T[], count: number): T[];
};

/** Does a parent's answer ask the follow-up (its trigger; no trigger: always)? */
function triggers(question: ScreeningQuestion, parent: ScreeningQuestion, answer: string): boolean {
  if (!question.followUpTrigger) return true;
  const trigger = question.followUpTrigger.toLowerCase();
  if (parent.questionType === 'multi_choice') {
    return decodeMultiChoice(answer).some((c) => c.toLowerCase() === trigger);
  }
  return answer.toLowerCase() === trigger;
}

/** Parents first, in order; then each follow-up, answered only when its trigger fires. */
export function answerAll(
  questions: ScreeningQuestion[],
  answerOne: (q: ScreeningQuestion) => string,
): Record<string, string> {
  const answers: Record<string, string> = {};
  const ordered = questions.toSorted((a, b) => a.displayOrder - b.displayOrder);
  for (const parent of ordered.filter((q) => !q.parentQuestionId)) {
    const answer = answerOne(parent);
    answers[parent.id] = answer;
    for (const followUp of ordered.filter((q) => q.parentQuestionId === parent.id)) {
      if (triggers(followUp, parent, answer)) answers[followUp.id] = answerOne(followUp);
    }
  }
  return answers;
}

/** An answer of the right kind for each question type; fit leans yes/no and scales. */
export function structuredAnswer(
  q: ScreeningQuestion,
  fit: number,
  draw: Draw,
): string | undefined {
  switch (q.questionType) {
    case 'yes_no':
      return draw.chance(0.35 + 0.55 * (fit / 10)) ? 'Yes' : 'No';
    case 'single_choice':
      return draw.pick(q.options.choices ?? ['—']);
    case 'multi_choice': {
      const choices = q.options.choices ?? [];
      return encodeMultiChoice(
        draw.sample(choices, draw.int(1, Math.min(3, Math.max(1, choices.length)))),
      );
    }
    case 'scale': {
      const { min, max } = q.options.scale ?? { min: 1, max: 5 };
      const lean = Math.round(min + (max - min) * (fit / 10));
      return String(Math.min(max, Math.max(min, lean + draw.int(-1, 1))));
    }
    default:
      return undefined;
  }
}

export type TextContext = {
  /** The question being answered: a question about a number gets one first. */
  question: string;
  title: string;
  company: string;
  years: number;
  topic: string;
  campaign: GenerationRequest['campaign'];
};

const OPENERS = [
  (c: TextContext) =>
    `As ${c.title} at ${c.company}, I dealt with this directly for ${c.years} years.`,
  (c: TextContext) =>
    `In my ${c.years} years at ${c.company} this was a recurring board-level topic.`,
  (c: TextContext) => `I owned this area at ${c.company}, so I can speak to it first-hand.`,
  (c: TextContext) =>
    `This came up in almost every budget cycle while I was ${c.title} at ${c.company}.`,
];
const BODIES = [
  (c: TextContext, n: number) =>
    `The biggest driver was ${c.topic}; we saw roughly ${n}% movement year over year.`,
  (c: TextContext, n: number) =>
    `We benchmarked three options and ${c.topic} decided it; the winner cut costs by about ${n}%.`,
  (c: TextContext, n: number) =>
    `Most peers underestimate ${c.topic}. In our case it shifted spend by around ${n}%.`,
  (c: TextContext, n: number) =>
    `Our approach was to tackle ${c.topic} first, which took about ${Math.max(2, Math.round(n / 3))} months to show results.`,
];
const CLOSERS = [
  () => 'Happy to walk through the numbers and the vendors we evaluated on a call.',
  () => 'I still follow the space closely and talk to former colleagues regularly.',
  () => 'I can also share how competitors approached it, as far as compliance allows.',
  () => 'The dynamics differ by region, which I can go into on the call.',
];

/** "How many years...?" is answered with a number before the story. */
function quantityFirst(context: TextContext, draw: Draw): string | undefined {
  const q = context.question.toLowerCase();
  if (/\byears?\b/.test(q) && /how (many|long)/.test(q))
    return `${Math.min(context.years, draw.int(3, 20))} years.`;
  if (/percent|%|share|proportion/.test(q)) return `Roughly ${draw.int(10, 70)}%.`;
  if (/how (many|much)|number of/.test(q)) return `About ${draw.pick([3, 5, 8, 12, 20, 40, 150])}.`;
  return undefined;
}

/** Free text that reads like an expert's screening answer. */
export function textAnswer(context: TextContext, draw: Draw): string {
  return [
    quantityFirst(context, draw),
    draw.pick(OPENERS)(context),
    draw.pick(BODIES)(context, draw.int(8, 35)),
    draw.pick(CLOSERS)(),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Is `answer` a well-formed answer to `q` (what the generators must produce)? */
export function isValidAnswer(q: ScreeningQuestion, answer: string | undefined): boolean {
  if (answer === undefined || answer.trim() === '') return false;
  switch (q.questionType) {
    case 'yes_no':
      return answer === 'Yes' || answer === 'No';
    case 'single_choice':
      return (q.options.choices ?? []).includes(answer);
    case 'multi_choice': {
      const picked = decodeMultiChoice(answer);
      return picked.length > 0 && picked.every((c) => (q.options.choices ?? []).includes(c));
    }
    case 'scale': {
      const { min, max } = q.options.scale ?? { min: 1, max: 5 };
      const n = Number(answer);
      return Number.isInteger(n) && n >= min && n <= max;
    }
    default:
      return answer.trim().length >= 20;
  }
}

/** The questions an expert must answer, given their answers to the parents. */
export function expectedQuestions(questions: ScreeningQuestion[], answers: Record<string, string>) {
  return questions.filter((q) => {
    if (!q.parentQuestionId) return true;
    const parent = questions.find((p) => p.id === q.parentQuestionId);
    const parentAnswer = answers[q.parentQuestionId];
    return parent !== undefined && parentAnswer !== undefined && triggers(q, parent, parentAnswer);
  });
}
