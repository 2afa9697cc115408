import type { ComplianceReason } from '@expert-network/contract';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { currency, expertNetwork, ownedId, ownerId, ownerKey, timestamps } from './common';
import { complianceStatus, expertStatus } from './enums';
import { vendorPlatforms } from './vendors';

export type WorkHistoryEntry = {
  company: string;
  title: string;
  /** ISO `YYYY-MM` (month precision is what profiles give). */
  from: string;
  /** ISO `YYYY-MM`, or null while current. */
  to: string | null;
};

/** PostgreSQL's full-text document type (drizzle-orm has no built-in for it). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Sort keys that may be null, as the indexes and the list order them: unknown last by default. */
export const expertSortValue = {
  fit: (t: { aiFitScore: unknown }) => sql`coalesce(${t.aiFitScore}, -1)`,
  rating: (t: { rating: unknown }) => sql`coalesce(${t.rating}, -1)`,
  rate: (t: { callRateCents: unknown }) => sql`coalesce(${t.callRateCents}, 2147483647)`,
};

export const experts = expertNetwork.table(
  'experts',
  {
    id: ownedId(),
    userId: ownerId(),
    campaignId: uuid().notNull(),
    // Null for experts the user added by hand.
    vendorPlatformId: uuid().references(() => vendorPlatforms.id),
    // The vendor's own id for this proposal: the same proposal is never stored twice.
    externalRef: text(),
    name: text().notNull(),
    title: text(),
    company: text(),
    avatarUrl: text(),
    description: text(),
    workHistory: jsonb().$type<WorkHistoryEntry[]>().notNull().default(sql`'[]'::jsonb`),
    skills: text().array().notNull().default(sql`'{}'::text[]`),
    geography: text(),
    rating: numeric({ precision: 2, scale: 1, mode: 'number' }),
    aiFitScore: numeric({ precision: 3, scale: 1, mode: 'number' }),
    callRateCents: integer(),
    currency: currency(),
    status: expertStatus().notNull().default('proposed'),
    isNew: boolean().notNull().default(true),
    reviewedAt: timestamp({ withTimezone: true }),
    notes: text(),
    /** When the expert signed the vendor's compliance attestation; null: missing. */
    attestedAt: timestamp({ withTimezone: true }),
    complianceStatus: complianceStatus().notNull().default('unchecked'),
    complianceReasons: jsonb().$type<ComplianceReason[]>().notNull().default(sql`'[]'::jsonb`),
    complianceCheckedAt: timestamp({ withTimezone: true }),
    /** Why the user rejected the expert (optional; kept when the status moves on). */
    rejectionReason: text(),
    /**
     * Everything searchable about the expert (profile, skills, work history,
     * notes, screening answers), weighted; kept by triggers (migration
     * `experts_workbench`), never written by the app.
     */
    searchVector: tsvector().notNull().default(sql`''::tsvector`),
    /**
     * The vendor's name, copied by a trigger (migration `experts_workbench`) so
     * that sorting by vendor reads an index like every other sort.
     */
    vendorSortName: text().notNull().default(''),
    /**
     * The person behind the proposal: experts with the same id are one person
     * offered by several networks (or again in another campaign). A new expert
     * is its own person until the matcher (packages/db/src/matching.ts) or the
     * user links it.
     */
    personId: uuid().notNull().defaultRandom(),
    /** The user split or merged this expert: the matcher never moves it. */
    personDecidedByUser: boolean().notNull().default(false),
    /**
     * The matcher has looked for this expert's person. New experts are placed
     * as they arrive; experts stored before matching existed (or adopted from
     * the original app) are placed once at start-up (`placeUnplacedExperts`).
     */
    personPlaced: boolean().notNull().default(true),
    /** The normalized name, last name first, the matcher searches by (contract's `personMatchKey`). */
    matchKey: text(),
    ...timestamps(),
  },
  (t) => [
    ownerKey('experts', t),
    unique('experts_id_campaign_user_unique').on(t.id, t.campaignId, t.userId),
    unique('experts_vendor_ref_unique').on(
      t.userId,
      t.campaignId,
      t.vendorPlatformId,
      t.externalRef,
    ),
    // Keyset pagination of a campaign's experts, newest first, optionally by status. The
    // owner leads, as in every index a hot query reads (one user, one shard): a prepared
    // query's generic plan matches both equalities and the cursor in the index, so a page
    // 10,000 deep reads 25 rows, not all.
    index('experts_user_campaign_status_created_idx').on(
      t.userId,
      t.campaignId,
      t.status,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('experts_user_campaign_created_idx').on(
      t.userId,
      t.campaignId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('experts_vendor_idx').on(t.vendorPlatformId),
    // The experts list's sort orders, each with the id as tie-breaker (keyset pages;
    // arrival reads experts_user_campaign_created_idx).
    index('experts_sort_fit_idx').on(t.userId, t.campaignId, expertSortValue.fit(t), t.id),
    index('experts_sort_rating_idx').on(t.userId, t.campaignId, expertSortValue.rating(t), t.id),
    index('experts_sort_rate_idx').on(t.userId, t.campaignId, expertSortValue.rate(t), t.id),
    index('experts_sort_status_idx').on(t.userId, t.campaignId, t.status, t.id),
    index('experts_sort_name_idx').on(t.userId, t.campaignId, t.name, t.id),
    index('experts_sort_vendor_idx').on(t.userId, t.campaignId, t.vendorSortName, t.id),
    index('experts_search_idx').using('gin', t.searchVector),
    index('experts_person_idx').on(t.userId, t.personId),
    // The person matcher's candidates: the same last name (a prefix of the key).
    index('experts_match_key_idx').on(t.userId, t.matchKey.op('text_pattern_ops')),
    // The few experts the matcher has not placed yet, in arrival order, without reading the rest.
    index('experts_unplaced_idx').on(t.userId, t.createdAt, t.id).where(sql`not ${t.personPlaced}`),
    // A campaign's expert counts (campaign lists, the dashboard) from the index alone.
    index('experts_campaign_stats_idx').on(t.campaignId, t.userId, t.status, t.isNew),
    // The dashboard's "awaiting review": new proposals, newest first.
    index('experts_awaiting_review_idx')
      .on(t.userId, t.createdAt.desc().nullsFirst(), t.id)
      .where(sql`${t.isNew} and ${t.status} = 'proposed'`),
    foreignKey({
      name: 'experts_campaign_fk',
      columns: [t.campaignId, t.userId],
      foreignColumns: [campaigns.id, campaigns.userId],
    }).onDelete('cascade'),
    check('experts_rating_range', sql`${t.rating} between 0 and 5`),
    check('experts_fit_score_range', sql`${t.aiFitScore} between 0 and 10`),
    check('experts_rate_non_negative', sql`${t.callRateCents} >= 0`),
  ],
);
