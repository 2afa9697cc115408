import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { expertNetwork, ownedId, ownerId, ownerKey, timestamps } from './common';
import { campaignStatus, enrollmentStatus } from './enums';
import { projects } from './projects';
import { vendorPlatforms } from './vendors';

/**
 * Calendar dates (start, target) are ISO `YYYY-MM-DD` strings on purpose: a JS
 * Date is an instant and would move the day across time zones. Instants
 * (created_at, scheduled_at, ...) are Dates end to end.
 */
export const campaigns = expertNetwork.table(
  'campaigns',
  {
    id: ownedId(),
    userId: ownerId(),
    // Null: the campaign sits under "Other campaigns".
    projectId: uuid(),
    campaignName: text().notNull(),
    industryVertical: text().notNull(),
    customIndustry: text(),
    // A finer field within the industry ("Dental services (DSO)"); vendors source by it.
    subIndustry: text(),
    briefDescription: text().notNull().default(''),
    expandedDescription: text(),
    startDate: date({ mode: 'string' }),
    targetCompletionDate: date({ mode: 'string' }),
    targetRegions: text().array().notNull().default(sql`'{}'::text[]`),
    customRegions: text().array().notNull().default(sql`'{}'::text[]`),
    minCalls: integer(),
    maxCalls: integer(),
    estimatedCalls: integer(),
    status: campaignStatus().notNull().default('active'),
    displayOrder: integer().notNull().default(0),
    // IANA zone new calls are booked in by default; null: the user's own.
    defaultTimezone: text(),
    // Optional: what the campaign's calls may cost in all, in cents (of the calls' currency).
    budgetCents: integer(),
    // The campaign's id in the original app's browser storage, when imported from it.
    legacyId: text(),
    ...timestamps(),
  },
  (t) => [
    ownerKey('campaigns', t),
    // Importing the same browser data twice finds the campaign instead of copying it.
    unique('campaigns_user_legacy_id_unique').on(t.userId, t.legacyId),
    index('campaigns_user_created_idx').on(t.userId, t.createdAt.desc().nullsFirst()),
    // Keyset pages of campaign.list in the user's order, all of them or one project's.
    index('campaigns_user_order_idx').on(t.userId, t.displayOrder, t.id),
    index('campaigns_project_order_idx').on(t.projectId, t.displayOrder, t.id),
    foreignKey({
      name: 'campaigns_project_fk',
      columns: [t.projectId, t.userId],
      foreignColumns: [projects.id, projects.userId],
    }),
    check(
      'campaigns_calls_non_negative',
      sql`coalesce(${t.minCalls}, 0) >= 0 and coalesce(${t.maxCalls}, 0) >= 0 and coalesce(${t.estimatedCalls}, 0) >= 0`,
    ),
    check('campaigns_min_le_max_calls', sql`${t.minCalls} <= ${t.maxCalls}`),
    check('campaigns_start_le_target', sql`${t.startDate} <= ${t.targetCompletionDate}`),
    check('campaigns_budget_positive', sql`${t.budgetCents} > 0`),
  ],
);

export const campaignVendorEnrollments = expertNetwork.table(
  'campaign_vendor_enrollments',
  {
    id: ownedId(),
    userId: ownerId(),
    campaignId: uuid().notNull(),
    vendorPlatformId: uuid()
      .notNull()
      .references(() => vendorPlatforms.id),
    status: enrollmentStatus().notNull().default('active'),
    enrolledAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    accountManagerName: text(),
    accountManagerEmail: text(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    ownerKey('campaign_vendor_enrollments', t),
    unique('campaign_vendor_enrollments_pair_unique').on(
      t.userId,
      t.campaignId,
      t.vendorPlatformId,
    ),
    index('campaign_vendor_enrollments_vendor_idx').on(t.vendorPlatformId),
    foreignKey({
      name: 'campaign_vendor_enrollments_campaign_fk',
      columns: [t.campaignId, t.userId],
      foreignColumns: [campaigns.id, campaigns.userId],
    }).onDelete('cascade'),
  ],
);
