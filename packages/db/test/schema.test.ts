import { readFileSync } from 'node:fs';
import { normalizeTags } from '@expert-network/contract/vendor-tags';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/testing';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.dispose());

const q = <R>(text: string, params?: unknown[]) =>
  db.withSession((query) => query<R>(text, params));

// The spec's 11 tables, plus Better Auth's shared rate-limit counters, the
// vendor simulator's work queue and its truth about people, the record of corrected calls, and compliance
// (rules, do-not-contact list, approvals, audit log).
const APP_TABLES = [
  'audit_log',
  'auth_rate_limits',
  'calendar_feeds',
  'campaign_team_assignments',
  'campaign_vendor_enrollments',
  'campaigns',
  'do_not_contact_entries',
  'expert_approvals',
  'expert_screening_responses',
  'experts',
  'interview_corrections',
  'interviews',
  'notifications',
  'project_compliance_rules',
  'projects',
  'screening_questions',
  'simulator_person_keys',
  'sourcing_requests',
  'team_members',
  'user_ui_preferences',
  'vendor_platforms',
];
const SHARED = ['auth_rate_limits', 'vendor_platforms'];
// The audit log names its row's owner but outlives the account (see audit-log.test.ts).
const USER_OWNED = APP_TABLES.filter((t) => !SHARED.includes(t) && t !== 'audit_log');
// Counters, corrections, audit entries, approvals, notices, feed tokens and
// the simulator's truth are written once (a notice is only marked read; a feed is replaced whole), never changed.
const WRITTEN_ONCE = [
  'auth_rate_limits',
  'interview_corrections',
  'audit_log',
  'expert_approvals',
  'notifications',
  'calendar_feeds',
  'simulator_person_keys',
];
const WITH_UPDATED_AT = APP_TABLES.filter((t) => !WRITTEN_ONCE.includes(t));

describe('schema', () => {
  it('has exactly the application tables in expert_network', async () => {
    const rows = await q<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'expert_network' ORDER BY tablename`,
    );
    expect(rows.map((r) => r.tablename)).toEqual(APP_TABLES);
  });

  it("has Better Auth's four tables and the tracking table in public", async () => {
    const rows = await q<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    expect(rows.map((r) => r.tablename)).toEqual([
      'account',
      'schema_migrations',
      'session',
      'user',
      'verification',
    ]);
  });

  it.each(USER_OWNED)(
    '%s: user_id is not null, indexed, and cascades from public.user',
    async (table) => {
      const [column] = await q<{ is_nullable: string }>(
        `SELECT is_nullable FROM information_schema.columns
       WHERE table_schema = 'expert_network' AND table_name = $1 AND column_name = 'user_id'`,
        [table],
      );
      expect(column?.is_nullable).toBe('NO');

      const fks = await q<{ def: string }>(
        `SELECT pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
       WHERE c.conrelid = ('expert_network.' || $1)::regclass AND c.contype = 'f'
         AND c.confrelid = 'public."user"'::regclass`,
        [table],
      );
      expect(fks.map((f) => f.def)).toEqual([
        'FOREIGN KEY (user_id) REFERENCES "user"(id) ON DELETE CASCADE',
      ]);

      // Some index (or the primary key) must lead with user_id.
      const leading = await q<{ name: string }>(
        `SELECT i.indexrelid::regclass::text AS name FROM pg_index i
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
       WHERE i.indrelid = ('expert_network.' || $1)::regclass AND a.attname = 'user_id'`,
        [table],
      );
      expect(leading.length).toBeGreaterThan(0);
    },
  );

  it('keeps children inside one user with composite foreign keys', async () => {
    const rows = await q<{ name: string; def: string }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE connamespace = 'expert_network'::regnamespace AND contype = 'f'
         AND array_length(conkey, 1) > 1 ORDER BY conname`,
    );
    const byName = Object.fromEntries(rows.map((r) => [r.name, r.def]));
    expect(Object.keys(byName)).toEqual([
      'campaign_team_assignments_campaign_fk',
      'campaign_team_assignments_member_fk',
      'campaign_vendor_enrollments_campaign_fk',
      'campaigns_project_fk',
      'expert_approvals_campaign_fk',
      'expert_approvals_expert_fk',
      'expert_screening_responses_expert_fk',
      'expert_screening_responses_question_fk',
      'experts_campaign_fk',
      'interview_corrections_interview_fk',
      'interviews_campaign_fk',
      'interviews_expert_fk',
      'interviews_team_member_fk',
      'project_compliance_rules_project_fk',
      'screening_questions_campaign_fk',
      'screening_questions_parent_fk',
      'simulator_person_keys_expert_fk',
      'sourcing_requests_enrollment_fk',
    ]);
    for (const def of Object.values(byName)) expect(def).toMatch(/user_id\)/);
    expect(byName.interviews_expert_fk).toContain(
      'FOREIGN KEY (expert_id, campaign_id, user_id) REFERENCES expert_network.experts(id, campaign_id, user_id)',
    );
  });

  it('has the unique constraints the domain needs', async () => {
    const rows = await q<{ name: string; def: string }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE connamespace = 'expert_network'::regnamespace AND contype = 'u'`,
    );
    const defs = Object.fromEntries(rows.map((r) => [r.name, r.def]));
    expect(defs).toMatchObject({
      projects_user_code_unique: 'UNIQUE (user_id, project_code)',
      // Within a user: the rule of a table sharded by user (distribution.test.ts).
      campaign_vendor_enrollments_pair_unique: 'UNIQUE (user_id, campaign_id, vendor_platform_id)',
      expert_screening_responses_pair_unique: 'UNIQUE (user_id, expert_id, screening_question_id)',
      campaign_team_assignments_pair_unique: 'UNIQUE (user_id, campaign_id, team_member_id)',
      experts_vendor_ref_unique: 'UNIQUE (user_id, campaign_id, vendor_platform_id, external_ref)',
      vendor_platforms_name_unique: 'UNIQUE (name)',
    });
  });

  it('maintains updated_at on every table that has it', async () => {
    const rows = await q<{ table: string }>(
      `SELECT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       WHERE c.relnamespace = 'expert_network'::regnamespace AND t.tgname LIKE '%_set_updated_at'
       ORDER BY 1`,
    );
    expect(rows.map((r) => r.table)).toEqual(WITH_UPDATED_AT);
  });
});

describe('vendor platforms', () => {
  const reference = readFileSync(new URL('../reference/vendors.tsv', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));

  it('seeds the 18 vendors with the reference facts, tags in the vocabulary', async () => {
    const rows = await q<{
      name: string;
      website: string | null;
      location: string;
      overall_score: string;
      min: number;
      max: number;
      tags: string[];
      description: string;
    }>(
      `SELECT name, website, location, overall_score::text, avg_cost_per_call_min_cents AS min,
              avg_cost_per_call_max_cents AS max, tags, description
       FROM expert_network.vendor_platforms ORDER BY name`,
    );
    expect(rows).toHaveLength(18);
    expect(reference).toHaveLength(18);
    for (const [name, website, location, score, min, max, tags] of reference) {
      const row = rows.find((r) => r.name === name);
      expect(row, name).toBeDefined();
      expect(row?.website ?? '').toBe(website ? `https://${website}` : '');
      expect(row?.location).toBe(location);
      expect(row?.overall_score).toBe(score);
      expect(row?.min).toBe(Number(min) * 100);
      expect(row?.max).toBe(Number(max) * 100);
      // Tags as the vocabulary spells them (the normalize_vendor_tags migration; vendor-tags.test.ts).
      expect(row?.tags).toEqual(normalizeTags(tags?.split(',').map((t) => t.trim()) ?? []));
      expect(row?.description.length).toBeGreaterThan(20);
    }
  });
});
