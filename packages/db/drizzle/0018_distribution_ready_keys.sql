-- Ready to shard by user (Citus co-location): every user-owned table gets
-- user_id into its primary key, its unique constraints and (already there) its
-- foreign keys. Ids stay what they are (random uuids, an identity for the audit
-- log); only the keys widen, so no row changes. The rule is checked from the
-- catalog by packages/db/test/distribution.test.ts.
--
-- 1. The foreign keys between our tables are bound to the (id, user_id) unique
-- indexes replaced below: they are set aside, and made again at the end, the
-- same, on the new keys (checked again row by row, as on creation).
CREATE TEMPORARY TABLE distribution_foreign_keys AS
SELECT c.conrelid::regclass::text AS table_name, c.conname::text AS name,
       pg_get_constraintdef(c.oid) AS definition
  FROM pg_constraint c JOIN pg_class target ON target.oid = c.confrelid
 WHERE c.contype = 'f' AND c.connamespace = 'expert_network'::regnamespace
   AND target.relnamespace = 'expert_network'::regnamespace
   AND target.relname <> 'vendor_platforms';
--> statement-breakpoint
DO $$
DECLARE fk record;
BEGIN
  FOR fk IN SELECT * FROM distribution_foreign_keys LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.table_name, fk.name);
  END LOOP;
END $$;
--> statement-breakpoint
-- 2. Primary keys (user_id, id): user_id first, so the key's index also finds a user's rows.
ALTER TABLE "expert_network"."audit_log"
  DROP CONSTRAINT "audit_log_pkey",
  ADD CONSTRAINT "audit_log_pkey" PRIMARY KEY ("user_id", "id");
--> statement-breakpoint
ALTER TABLE "expert_network"."campaign_team_assignments"
  DROP CONSTRAINT "campaign_team_assignments_pkey",
  ADD CONSTRAINT "campaign_team_assignments_pkey" PRIMARY KEY ("user_id", "id");
--> statement-breakpoint
ALTER TABLE "expert_network"."campaign_vendor_enrollments"
  DROP CONSTRAINT "campaign_vendor_enrollments_pkey",
  DROP CONSTRAINT "campaign_vendor_enrollments_id_user_unique",
  ADD CONSTRAINT "campaign_vendor_enrollments_pkey" PRIMARY KEY ("user_id", "id");
--> statement-breakpoint
ALTER TABLE "expert_network"."campaigns"
  DROP CONSTRAINT "campaigns_pkey",
  DROP CONSTRAINT "campaigns_id_user_unique",
  ADD CONSTRAINT "campaigns_pkey" PRIMARY KEY ("user_id", "id");
--> statement-breakpoint
ALTER TABLE "expert_network"."do_not_contact_entries"
  DROP CONSTRAINT "do_not_contact_entries_pkey",
  ADD CONSTRAINT "do_not_contact_entries_pkey" PRIMARY KEY ("user_id", "id");
--> statement-breakpoint
ALTER TABLE "expert_network"."expert_approvals"
  DROP CONSTRAINT "expert_approvals_pkey",
  DROP CONSTRAINT "expert_approvals_id_user_unique",
  ADD CONSTRAINT "expert_approvals_pkey" PRIMARY KEY ("user_id", "id");
--> statement-breakpoint
ALTER TABLE "expert_network"."expert_screening_responses"
  DROP CONSTRAINT "expert_screening_responses_pkey",
  ADD CONSTRAINT "expert_screening_responses_pkey" PRIMARY KEY ("user_id", "id");
--> statement-breakpoint
ALTER TABLE "expert_network"."experts"
  DROP CONSTRAINT "experts_pkey",
  DROP CONSTRAINT "experts_id_user_unique",
  ADD CONSTRAINT "experts_pkey" PRIMARY KEY ("user_id", "id");
--> statement-breakpoint
ALTER TABLE "expert_network"."interview_corrections"
  DROP CONSTRAINT "interview_corrections_pkey",
  ADD CONSTRAINT "interview_corrections_pkey" PRIMARY KEY ("user_id", "id");
--> statement-breakpoint
ALTER TABLE "expert_network"."interviews"
  DROP CONSTRAINT "interviews_pkey",
  DROP CONSTRAINT "interviews_id_user_unique",
  ADD CONSTRAINT "interviews_pkey" PRIMARY KEY ("user_id", "id");
--> statement-breakpoint
ALTER TABLE "expert_network"."projects"
  DROP CONSTRAINT "projects_pkey",
  DROP CONSTRAINT "projects_id_user_unique",
  ADD CONSTRAINT "projects_pkey" PRIMARY KEY ("user_id", "id");
--> statement-breakpoint
ALTER TABLE "expert_network"."screening_questions"
  DROP CONSTRAINT "screening_questions_pkey",
  DROP CONSTRAINT "screening_questions_id_user_unique",
  ADD CONSTRAINT "screening_questions_pkey" PRIMARY KEY ("user_id", "id");
--> statement-breakpoint
ALTER TABLE "expert_network"."sourcing_requests"
  DROP CONSTRAINT "sourcing_requests_pkey",
  ADD CONSTRAINT "sourcing_requests_pkey" PRIMARY KEY ("user_id", "id");
--> statement-breakpoint
ALTER TABLE "expert_network"."team_members"
  DROP CONSTRAINT "team_members_pkey",
  DROP CONSTRAINT "team_members_id_user_unique",
  ADD CONSTRAINT "team_members_pkey" PRIMARY KEY ("user_id", "id");
--> statement-breakpoint
ALTER TABLE "expert_network"."project_compliance_rules"
  DROP CONSTRAINT "project_compliance_rules_pkey",
  ADD CONSTRAINT "project_compliance_rules_pkey" PRIMARY KEY ("user_id", "project_id");
--> statement-breakpoint
-- 3. Unique pairs within a user (a campaign's id already names one user: same meaning).
ALTER TABLE "expert_network"."campaign_vendor_enrollments"
  DROP CONSTRAINT "campaign_vendor_enrollments_pair_unique",
  ADD CONSTRAINT "campaign_vendor_enrollments_pair_unique" UNIQUE ("user_id", "campaign_id", "vendor_platform_id");
--> statement-breakpoint
ALTER TABLE "expert_network"."experts"
  DROP CONSTRAINT "experts_vendor_ref_unique",
  ADD CONSTRAINT "experts_vendor_ref_unique" UNIQUE ("user_id", "campaign_id", "vendor_platform_id", "external_ref");
--> statement-breakpoint
ALTER TABLE "expert_network"."expert_screening_responses"
  DROP CONSTRAINT "expert_screening_responses_pair_unique",
  ADD CONSTRAINT "expert_screening_responses_pair_unique" UNIQUE ("user_id", "expert_id", "screening_question_id");
--> statement-breakpoint
ALTER TABLE "expert_network"."campaign_team_assignments"
  DROP CONSTRAINT "campaign_team_assignments_pair_unique",
  ADD CONSTRAINT "campaign_team_assignments_pair_unique" UNIQUE ("user_id", "campaign_id", "team_member_id");
--> statement-breakpoint
DROP INDEX "expert_network"."sourcing_requests_one_open_unique";
--> statement-breakpoint
CREATE UNIQUE INDEX "sourcing_requests_one_open_unique" ON "expert_network"."sourcing_requests"
  USING btree ("user_id", "enrollment_id", "kind") WHERE "status" IN ('pending', 'running');
--> statement-breakpoint
-- 4. Indexes on user_id alone: the primary keys above lead with it now.
DROP INDEX "expert_network"."campaign_vendor_enrollments_user_idx";
--> statement-breakpoint
DROP INDEX "expert_network"."expert_approvals_user_idx";
--> statement-breakpoint
DROP INDEX "expert_network"."project_compliance_rules_user_idx";
--> statement-breakpoint
DROP INDEX "expert_network"."experts_user_idx";
--> statement-breakpoint
DROP INDEX "expert_network"."interview_corrections_user_idx";
--> statement-breakpoint
DROP INDEX "expert_network"."expert_screening_responses_user_idx";
--> statement-breakpoint
DROP INDEX "expert_network"."screening_questions_user_idx";
--> statement-breakpoint
DROP INDEX "expert_network"."sourcing_requests_user_idx";
--> statement-breakpoint
DROP INDEX "expert_network"."campaign_team_assignments_user_idx";
--> statement-breakpoint
-- 5. Indexes a hot query reads lead with user_id already (0015_expert_keyset_indexes_lead_with_owner).
-- 6. The foreign keys again, as they were.
DO $$
DECLARE fk record;
BEGIN
  FOR fk IN SELECT * FROM distribution_foreign_keys LOOP
    EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', fk.table_name, fk.name, fk.definition);
  END LOOP;
END $$;
--> statement-breakpoint
DROP TABLE distribution_foreign_keys;
