import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { expertNetwork, ownedId, ownerId, ownerKey, timestamps } from './common';
import { questionType } from './enums';
import { experts } from './experts';

/** Choices for single/multi choice questions; bounds and labels for scale questions. */
export type QuestionOptions = {
  choices?: string[];
  scale?: { min: number; max: number; minLabel?: string; maxLabel?: string };
};

export const screeningQuestions = expertNetwork.table(
  'screening_questions',
  {
    id: ownedId(),
    userId: ownerId(),
    campaignId: uuid().notNull(),
    // A follow-up question points at its parent (same campaign, same user).
    parentQuestionId: uuid(),
    // A follow-up is asked when the parent's answer equals this (null: always).
    followUpTrigger: text(),
    questionText: text().notNull(),
    questionType: questionType().notNull().default('text'),
    options: jsonb().$type<QuestionOptions>().notNull().default(sql`'{}'::jsonb`),
    isRequired: boolean().notNull().default(true),
    displayOrder: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    ownerKey('screening_questions', t),
    unique('screening_questions_id_campaign_user_unique').on(t.id, t.campaignId, t.userId),
    index('screening_questions_campaign_order_idx').on(t.campaignId, t.displayOrder),
    index('screening_questions_parent_idx').on(t.parentQuestionId),
    foreignKey({
      name: 'screening_questions_campaign_fk',
      columns: [t.campaignId, t.userId],
      foreignColumns: [campaigns.id, campaigns.userId],
    }).onDelete('cascade'),
    foreignKey({
      name: 'screening_questions_parent_fk',
      columns: [t.parentQuestionId, t.campaignId, t.userId],
      foreignColumns: [t.id, t.campaignId, t.userId],
    }).onDelete('cascade'),
  ],
);

/** An expert's answer to one screening question of the expert's own campaign. */
export const expertScreeningResponses = expertNetwork.table(
  'expert_screening_responses',
  {
    id: ownedId(),
    userId: ownerId(),
    campaignId: uuid().notNull(),
    expertId: uuid().notNull(),
    screeningQuestionId: uuid().notNull(),
    responseText: text().notNull(),
    ...timestamps(),
  },
  (t) => [
    ownerKey('expert_screening_responses', t),
    unique('expert_screening_responses_pair_unique').on(
      t.userId,
      t.expertId,
      t.screeningQuestionId,
    ),
    index('expert_screening_responses_question_idx').on(t.screeningQuestionId),
    foreignKey({
      name: 'expert_screening_responses_expert_fk',
      columns: [t.expertId, t.campaignId, t.userId],
      foreignColumns: [experts.id, experts.campaignId, experts.userId],
    }).onDelete('cascade'),
    foreignKey({
      name: 'expert_screening_responses_question_fk',
      columns: [t.screeningQuestionId, t.campaignId, t.userId],
      foreignColumns: [
        screeningQuestions.id,
        screeningQuestions.campaignId,
        screeningQuestions.userId,
      ],
    }).onDelete('cascade'),
  ],
);
