import { sql } from 'drizzle-orm';
import { boolean, check, integer, numeric, text } from 'drizzle-orm/pg-core';
import { currency, expertNetwork, primaryId, timestamps } from './common';

/** Shared reference data: the expert networks a campaign can enroll. Seeded by a migration. */
export const vendorPlatforms = expertNetwork.table(
  'vendor_platforms',
  {
    id: primaryId(),
    name: text().notNull().unique(),
    slug: text().notNull().unique(),
    website: text(),
    logoUrl: text(),
    location: text().notNull(),
    overallScore: numeric({ precision: 2, scale: 1, mode: 'number' }).notNull(),
    // The published range of a one-hour call, i.e. the firm's hourly rate range.
    avgCostPerCallMinCents: integer().notNull(),
    avgCostPerCallMaxCents: integer().notNull(),
    currency: currency(),
    // The firm's billing rule: a call is billed at least this long, then per increment begun.
    minimumBillableMinutes: integer().notNull().default(60),
    billingIncrementMinutes: integer().notNull().default(15),
    description: text().notNull().default(''),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    isActive: boolean().notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    check(
      'vendor_platforms_billing_rule',
      sql`${t.minimumBillableMinutes} between 0 and 240 and ${t.billingIncrementMinutes} between 1 and 60`,
    ),
    check('vendor_platforms_score_range', sql`${t.overallScore} between 0 and 5`),
    check(
      'vendor_platforms_cost_range',
      sql`${t.avgCostPerCallMinCents} >= 0 and ${t.avgCostPerCallMinCents} <= ${t.avgCostPerCallMaxCents}`,
    ),
  ],
);
