import type { ComplianceReason } from '@expert-network/contract';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { expertNetwork, ownedId, ownerId, ownerKey, timestamps } from './common';
import { doNotContactKind } from './enums';
import { experts } from './experts';
import { projects } from './projects';

/**
 * A project's conflict rules. No row: the defaults, with no target company
 * (the queries fill them in, so a project needs nothing to start).
 */
export const projectComplianceRules = expertNetwork.table(
  'project_compliance_rules',
  {
    projectId: uuid().notNull(),
    userId: ownerId(),
    targetCompany: text(),
    competitors: text().array().notNull().default(sql`'{}'::text[]`),
    sensitiveCompanies: text().array().notNull().default(sql`'{}'::text[]`),
    blockCurrentTargetEmployees: boolean().notNull().default(true),
    coolingOffMonths: integer().notNull().default(6),
    flagCurrentCompetitorEmployees: boolean().notNull().default(true),
    blockGovernmentOfficials: boolean().notNull().default(true),
    flagMissingAttestation: boolean().notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ name: 'project_compliance_rules_pkey', columns: [t.userId, t.projectId] }),
    foreignKey({
      name: 'project_compliance_rules_project_fk',
      columns: [t.projectId, t.userId],
      foreignColumns: [projects.id, projects.userId],
    }).onDelete('cascade'),
    check(
      'project_compliance_rules_cooling_off_range',
      sql`${t.coolingOffMonths} between 0 and 120`,
    ),
  ],
);

/** People and companies a user's team must never call, whatever the project. */
export const doNotContactEntries = expertNetwork.table(
  'do_not_contact_entries',
  {
    id: ownedId(),
    userId: ownerId(),
    kind: doNotContactKind().notNull(),
    name: text().notNull(),
    note: text(),
    ...timestamps(),
  },
  // Each name once per kind, whatever its case.
  (t) => [
    ownerKey('do_not_contact_entries', t),
    uniqueIndex('do_not_contact_entries_user_name_unique').on(
      t.userId,
      t.kind,
      sql`lower(${t.name})`,
    ),
  ],
);

/** A flagged expert cleared for booking: who, when, why, and the reasons they saw. */
export const expertApprovals = expertNetwork.table(
  'expert_approvals',
  {
    id: ownedId(),
    userId: ownerId(),
    campaignId: uuid().notNull(),
    expertId: uuid().notNull(),
    /** The user who approved (the session's user id). */
    approvedBy: text().notNull(),
    approvedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    reason: text().notNull(),
    /** The reasons approved (`reasonKey`): a new reason needs a new approval. */
    reasonKeys: text().array().notNull(),
    reasons: jsonb().$type<ComplianceReason[]>().notNull(),
  },
  (t) => [
    ownerKey('expert_approvals', t),
    index('expert_approvals_expert_idx').on(t.expertId, t.approvedAt.desc().nullsFirst()),
    foreignKey({
      name: 'expert_approvals_expert_fk',
      columns: [t.expertId, t.campaignId, t.userId],
      foreignColumns: [experts.id, experts.campaignId, experts.userId],
    }).onDelete('cascade'),
    foreignKey({
      name: 'expert_approvals_campaign_fk',
      columns: [t.campaignId, t.userId],
      foreignColumns: [campaigns.id, campaigns.userId],
    }).onDelete('cascade'),
    check('expert_approvals_reason_given', sql`length(btrim(${t.reason})) > 0`),
  ],
);

/**
 * Every change of campaigns, enrollments, experts, approvals and interviews,
 * written by triggers in the changing transaction (see the migration
 * `..._compliance_rules_and_audit_trail`). Append-only: a trigger refuses
 * UPDATE, DELETE and TRUNCATE. `user_id` is the owner of the changed row and
 * has no foreign key: entries outlive a deleted account.
 */
export const auditLog = expertNetwork.table(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    userId: text().notNull(),
    /** A user id, "simulator", or "system" (a write with no actor named). */
    actor: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    tableName: text().notNull(),
    action: text().notNull(),
    rowId: uuid().notNull(),
    campaignId: uuid(),
    expertId: uuid(),
    /** For an update, only the columns that changed. */
    before: jsonb().$type<Record<string, unknown>>(),
    after: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    ownerKey('audit_log', t),
    index('audit_log_campaign_idx').on(t.userId, t.campaignId, t.id),
    index('audit_log_expert_idx').on(t.userId, t.expertId, t.id),
    check('audit_log_action', sql`${t.action} in ('insert', 'update', 'delete')`),
  ],
);
