import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { currency, expertNetwork, ownedId, ownerId, ownerKey, timestamps } from './common';
import { interviewStatus } from './enums';
import { experts } from './experts';
import { teamMembers } from './team';
import { vendorPlatforms } from './vendors';

export const interviews = expertNetwork.table(
  'interviews',
  {
    id: ownedId(),
    userId: ownerId(),
    campaignId: uuid().notNull(),
    expertId: uuid().notNull(),
    // The interviewer, from the user's team.
    teamMemberId: uuid(),
    scheduledAt: timestamp({ withTimezone: true }).notNull(),
    // IANA zone the call was booked in, for display; scheduled_at is the instant.
    timezone: text().notNull(),
    durationMinutes: integer().notNull().default(60),
    // What the call really lasted, recorded on completion; the cost follows it.
    actualMinutes: integer(),
    // The interviewer's rating of the expert, 1–5, recorded on completion.
    rating: smallint(),
    // iCalendar SEQUENCE: raised on every reschedule or cancellation so invites update.
    calendarSequence: integer().notNull().default(0),
    status: interviewStatus().notNull().default('scheduled'),
    colorTag: text(),
    costCents: integer(),
    // The expert's network, copied by a trigger (migration interviews_carry_vendor): spend
    // by vendor then reads the calls alone, without visiting every call's expert.
    vendorPlatformId: uuid().references(() => vendorPlatforms.id),
    currency: currency(),
    notes: text(),
    completedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    ownerKey('interviews', t),
    index('interviews_user_scheduled_idx').on(t.userId, t.scheduledAt),
    // The dashboard's next calls: read in time order and stopped after a few, whatever
    // the user's number of calls (a generic plan otherwise sorted all of them).
    index('interviews_upcoming_idx')
      .on(t.userId, t.scheduledAt)
      .where(sql`${t.status} = 'scheduled'`),
    index('interviews_campaign_scheduled_idx').on(t.campaignId, t.scheduledAt),
    // A campaign's call and spend figures from the index alone.
    index('interviews_campaign_stats_idx').on(t.campaignId, t.userId, t.status, t.costCents),
    // Spend by vendor: the completed calls of a user.
    index('interviews_completed_idx')
      .on(t.userId, t.expertId, t.costCents)
      .where(sql`${t.status} = 'completed'`),
    // Spend and committed by vendor (the dashboard): from this index alone.
    index('interviews_spend_idx')
      .on(t.userId, t.vendorPlatformId, t.status, t.costCents)
      .where(sql`${t.status} in ('completed', 'scheduled')`),
    index('interviews_expert_idx').on(t.expertId),
    index('interviews_team_member_idx').on(t.teamMemberId),
    foreignKey({
      name: 'interviews_campaign_fk',
      columns: [t.campaignId, t.userId],
      foreignColumns: [campaigns.id, campaigns.userId],
    }).onDelete('cascade'),
    // The expert must be one of this campaign's experts.
    foreignKey({
      name: 'interviews_expert_fk',
      columns: [t.expertId, t.campaignId, t.userId],
      foreignColumns: [experts.id, experts.campaignId, experts.userId],
    }).onDelete('cascade'),
    foreignKey({
      name: 'interviews_team_member_fk',
      columns: [t.teamMemberId, t.userId],
      foreignColumns: [teamMembers.id, teamMembers.userId],
    }),
    check('interviews_duration_range', sql`${t.durationMinutes} between 5 and 480`),
    check('interviews_cost_non_negative', sql`${t.costCents} >= 0`),
    check('interviews_actual_minutes_range', sql`${t.actualMinutes} between 1 and 480`),
    check('interviews_rating_range', sql`${t.rating} between 1 and 5`),
  ],
);

/** What was changed on a completed call, when and why: a call's spend is corrected on the record. */
export const interviewCorrections = expertNetwork.table(
  'interview_corrections',
  {
    id: ownedId(),
    userId: ownerId(),
    interviewId: uuid().notNull(),
    reason: text().notNull(),
    /** The corrected fields as they were, and as they became. */
    before: jsonb().notNull(),
    after: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    ownerKey('interview_corrections', t),
    index('interview_corrections_interview_idx').on(t.interviewId),
    foreignKey({
      name: 'interview_corrections_interview_fk',
      columns: [t.interviewId, t.userId],
      foreignColumns: [interviews.id, interviews.userId],
    }).onDelete('cascade'),
  ],
);
