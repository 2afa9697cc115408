import type {
  createQuestionInput,
  questionOptions,
  updateQuestionInput,
} from '@expert-network/contract';
import { optionIssues } from '@expert-network/contract';
import type { QuestionType } from '@expert-network/contract/values';
import { sameOwnerJoin, schema } from '@expert-network/db';
import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { invalid, invalidIssues, notFound } from '../errors';
import { definedOnly, inTransaction, owned, type Scope } from '../scope';
import { deleteOwned, requireCampaign, requireExpert } from './guards';
import { applyOrder } from './ordering';

const { expertScreeningResponses: responses, screeningQuestions: questions } = schema;

type Options = z.infer<typeof questionOptions>;
type QuestionFields = {
  questionText: string;
  questionType: QuestionType;
  options: Options;
  isRequired: boolean;
  followUpTrigger?: string | null | undefined;
};

/** The answers of a parent question that can trigger a follow-up, or null for any text. */
function triggerAnswers(parent: { questionType: QuestionType; options: Options }) {
  switch (parent.questionType) {
    case 'yes_no':
      return ['Yes', 'No'];
    case 'single_choice':
    case 'multi_choice':
      return parent.options.choices ?? [];
    default:
      return null;
  }
}

/** A follow-up's trigger must be an answer its parent can give. */
function checkTrigger(
  parent: { questionType: QuestionType; options: Options },
  trigger: string | null | undefined,
  field: string,
) {
  if (!trigger) return;
  const answers = triggerAnswers(parent);
  if (answers && !answers.some((a) => a.toLowerCase() === trigger.toLowerCase())) {
    throw invalid(field, `Must be one of the parent's answers: ${answers.join(', ')}`);
  }
}

export async function listQuestions(scope: Scope, campaignId: string) {
  await requireCampaign(scope, campaignId);
  return scope.db
    .select()
    .from(questions)
    .where(owned(questions, scope, eq(questions.campaignId, campaignId)))
    .orderBy(asc(questions.displayOrder), asc(questions.createdAt));
}

async function nextOrder(scope: Scope, campaignId: string, parentId: string | null) {
  const [row] = await scope.db
    .select({ next: sql<number>`coalesce(max(${questions.displayOrder}) + 1, 0)::int` })
    .from(questions)
    .where(
      owned(
        questions,
        scope,
        eq(questions.campaignId, campaignId),
        parentId
          ? eq(questions.parentQuestionId, parentId)
          : sql`${questions.parentQuestionId} IS NULL`,
      ),
    );
  return row?.next ?? 0;
}

export async function createQuestion(scope: Scope, input: z.infer<typeof createQuestionInput>) {
  const { campaignId, parentQuestionId, ...fields } = input;
  return inTransaction(scope, async (tx) => {
    await requireCampaign(tx, campaignId);
    if (parentQuestionId) {
      const parent = await requireQuestion(tx, parentQuestionId);
      if (parent.campaignId !== campaignId) throw notFound('Parent question');
      if (parent.parentQuestionId) {
        throw invalid('parentQuestionId', 'A follow-up cannot have follow-ups of its own');
      }
      checkTrigger(parent, fields.followUpTrigger, 'followUpTrigger');
    } else if (fields.followUpTrigger) {
      throw invalid('followUpTrigger', 'Only follow-up questions have a trigger');
    }
    const [row] = await tx.db
      .insert(questions)
      .values({
        ...fields,
        campaignId,
        parentQuestionId: parentQuestionId ?? null,
        userId: tx.userId,
        displayOrder: await nextOrder(tx, campaignId, parentQuestionId ?? null),
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    return row;
  });
}

/** The wizard's questions and their follow-ups, in the order given. */
export async function insertQuestionTree(
  scope: Scope,
  campaignId: string,
  tree: (QuestionFields & { followUps: QuestionFields[] })[],
) {
  for (const [index, { followUps, ...question }] of tree.entries()) {
    if (question.followUpTrigger) {
      throw invalid(
        `screeningQuestions.${index}.followUpTrigger`,
        'Only follow-up questions have a trigger',
      );
    }
    const [parent] = await scope.db
      .insert(questions)
      .values({ ...question, campaignId, userId: scope.userId, displayOrder: index })
      .returning({ id: questions.id });
    if (!parent || followUps.length === 0) continue;
    for (const [i, f] of followUps.entries()) {
      checkTrigger(
        question,
        f.followUpTrigger,
        `screeningQuestions.${index}.followUps.${i}.followUpTrigger`,
      );
    }
    await scope.db.insert(questions).values(
      followUps.map((f, i) => ({
        ...f,
        campaignId,
        parentQuestionId: parent.id,
        userId: scope.userId,
        displayOrder: i,
      })),
    );
  }
}

function followUpsOf(scope: Scope, parentId: string) {
  return scope.db
    .select({ questionText: questions.questionText, followUpTrigger: questions.followUpTrigger })
    .from(questions)
    .where(owned(questions, scope, eq(questions.parentQuestionId, parentId)));
}

async function requireQuestion(scope: Scope, id: string) {
  const [row] = await scope.db
    .select()
    .from(questions)
    .where(owned(questions, scope, eq(questions.id, id)));
  if (!row) throw notFound('Question');
  return row;
}

export async function updateQuestion(
  scope: Scope,
  { id, ...input }: z.infer<typeof updateQuestionInput>,
) {
  const changes = definedOnly(input);
  return inTransaction(scope, async (tx) => {
    const current = await requireQuestion(tx, id);
    // Checked as the question will be, not just the fields sent.
    const next = { ...current, ...changes };
    const issues = optionIssues(next);
    if (issues.length) throw invalidIssues(issues);
    if (current.parentQuestionId) {
      checkTrigger(
        await requireQuestion(tx, current.parentQuestionId),
        next.followUpTrigger,
        'followUpTrigger',
      );
    } else if (changes.followUpTrigger) {
      throw invalid('followUpTrigger', 'Only follow-up questions have a trigger');
    }
    // A parent's follow-ups must still be reachable by its new answers.
    for (const followUp of await followUpsOf(tx, id)) {
      const answers = triggerAnswers(next);
      const trigger = followUp.followUpTrigger;
      if (trigger && answers && !answers.some((a) => a.toLowerCase() === trigger.toLowerCase())) {
        throw invalid(
          'questionType',
          `The follow-up "${followUp.questionText}" is asked on "${trigger}", which this question could no longer answer: change or remove it first`,
        );
      }
    }
    if (Object.keys(changes).length === 0) return current;
    const [row] = await tx.db
      .update(questions)
      .set(changes)
      .where(owned(questions, tx, eq(questions.id, id)))
      .returning();
    if (!row) throw notFound('Question');
    return row;
  });
}

/** Deletes a question with its follow-ups and their answers. */
export async function deleteQuestion(scope: Scope, id: string) {
  return deleteOwned(scope, questions, id, 'Question');
}

export function reorderQuestions(scope: Scope, campaignId: string, ids: string[]) {
  return applyOrder(scope, questions, ids, 'Question', eq(questions.campaignId, campaignId));
}

/** An expert's answers, in the campaign's question order. */
export async function expertResponses(scope: Scope, expertId: string) {
  await requireExpert(scope, expertId);
  return (
    scope.db
      .select({
        id: responses.id,
        responseText: responses.responseText,
        questionId: questions.id,
        parentQuestionId: questions.parentQuestionId,
        questionText: questions.questionText,
        questionType: questions.questionType,
        options: questions.options,
        displayOrder: questions.displayOrder,
      })
      .from(responses)
      .innerJoin(
        questions,
        sameOwnerJoin(questions, responses.screeningQuestionId, responses.userId),
      )
      .where(owned(responses, scope, eq(responses.expertId, expertId)))
      // Each follow-up right after its parent.
      .orderBy(
        sql`coalesce((SELECT p.display_order FROM ${questions} p WHERE p.user_id = ${questions.userId} AND p.id = ${questions.parentQuestionId}), ${questions.displayOrder})`,
        sql`${questions.parentQuestionId} NULLS FIRST`,
        asc(questions.displayOrder),
      )
  );
}
