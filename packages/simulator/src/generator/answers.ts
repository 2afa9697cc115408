import { decodeMultiChoice, encodeMultiChoice } from '@expert-network/contract/values';
import { type Domain, employersOf, groupsAskedIn } from './domains';
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

/** What an expert's answers draw on besides the question: the brief's market and their career. */
export type Background = { domain: Domain | undefined; employers: string[] };

/** Has the expert worked for one of the groups the question names ("Have you worked at a DSO?")? */
function workedIn(q: ScreeningQuestion, { domain, employers }: Background): boolean | undefined {
  if (!domain) return undefined;
  const groups = groupsAskedIn(domain, q.questionText);
  if (!groups.length) return undefined;
  return groups.some((g) => g.names.some((n) => employers.includes(n)));
}

/** The options that name an employer the expert knows, or any of the market's. */
function knownOptions(choices: string[], { domain, employers }: Background): string[] {
  const same = (a: string, b: string) =>
    a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());
  const mine = choices.filter((c) => employers.some((e) => same(c, e)));
  if (mine.length || !domain) return mine;
  return choices.filter((c) => employersOf(domain).some((e) => same(c, e)));
}

/** An answer of the right kind for each question type; fit leans yes/no and scales. */
export function structuredAnswer(
  q: ScreeningQuestion,
  fit: number,
  draw: Draw,
  background: Background = { domain: undefined, employers: [] },
): string | undefined {
  switch (q.questionType) {
    case 'yes_no': {
      const worked = workedIn(q, background);
      if (worked !== undefined) return worked ? 'Yes' : draw.chance(0.3) ? 'Yes' : 'No';
      return draw.chance(0.35 + 0.55 * (fit / 10)) ? 'Yes' : 'No';
    }
    case 'single_choice': {
      const choices = q.options.choices ?? ['—'];
      const known = knownOptions(choices, background);
      return draw.pick(known.length ? known : choices);
    }
    case 'multi_choice': {
      const choices = q.options.choices ?? [];
      const known = knownOptions(choices, background);
      const picked = known.length
        ? draw.sample(known, draw.int(1, Math.min(3, known.length)))
        : draw.sample(choices, draw.int(1, Math.min(3, Math.max(1, choices.length))));
      return encodeMultiChoice(picked);
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
} & Partial<Background>;

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

const list = (names: string[]) =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * A question that names part of the market ("Which DSOs...", "Which fab
 * equipment vendors...") is answered with names from it, the expert's own
 * employers first.
 */
function namesFirst(context: TextContext, draw: Draw): string | undefined {
  const { domain, employers = [] } = context;
  if (!domain) return undefined;
  const asked = groupsAskedIn(domain, context.question);
  const generic = /\b(which|what) (companies|competitors|players|firms|vendors)\b/i.test(
    context.question,
  );
  const groups = asked.length ? asked : generic ? domain.groups.slice(0, 1) : [];
  if (!groups.length) return undefined;
  const names = groups.flatMap((g) => g.names);
  const known = names.filter((n) => employers.includes(n));
  const others = draw.sample(
    names.filter((n) => !known.includes(n)),
    Math.max(1, 3 - known.length),
  );
  const named = [...known.slice(0, 2), ...others].slice(0, 3);
  const kind = groups[0]?.kind ?? 'company';
  const insider = employers.some((e) => employersOf(domain).includes(e));
  if (!insider) {
    return `I know ${list(named)} only from the outside, as a counterparty rather than an operator; ${context.topic} is where our work touched theirs.`;
  }
  return known.length
    ? `Mainly ${list(named)}: I worked at ${list(known.slice(0, 2))} and know the others as peers, partners or competitors. Among ${kind}s, what sets them apart is mostly ${context.topic}.`
    : `${list(named)} are the ${kind}s I know best; I negotiated with or benchmarked against each of them. What separates them is ${context.topic}.`;
}

/** Free text that reads like an expert's screening answer. */
export function textAnswer(context: TextContext, draw: Draw): string {
  const named = namesFirst(context, draw);
  if (named)
    return [quantityFirst(context, draw), named, draw.pick(CLOSERS)()].filter(Boolean).join(' ');
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
