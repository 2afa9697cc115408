-- Compliance: project rules, the do-not-contact list, approvals of flagged experts, each expert's
-- stored check, and an append-only audit trail written by triggers in the changing transaction.
CREATE TYPE "expert_network"."compliance_status" AS ENUM('unchecked', 'clear', 'flagged', 'blocked');--> statement-breakpoint
CREATE TYPE "expert_network"."do_not_contact_kind" AS ENUM('person', 'company');--> statement-breakpoint
CREATE TABLE "expert_network"."audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "expert_network"."audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"table_name" text NOT NULL,
	"action" text NOT NULL,
	"row_id" uuid NOT NULL,
	"campaign_id" uuid,
	"expert_id" uuid,
	"before" jsonb,
	"after" jsonb,
	CONSTRAINT "audit_log_action" CHECK ("expert_network"."audit_log"."action" in ('insert', 'update', 'delete'))
);
--> statement-breakpoint
CREATE TABLE "expert_network"."do_not_contact_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"kind" "expert_network"."do_not_contact_kind" NOT NULL,
	"name" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expert_network"."expert_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"campaign_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"approved_by" text NOT NULL,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text NOT NULL,
	"reason_keys" text[] NOT NULL,
	"reasons" jsonb NOT NULL,
	CONSTRAINT "expert_approvals_id_user_unique" UNIQUE("id","user_id"),
	CONSTRAINT "expert_approvals_reason_given" CHECK (length(btrim("expert_network"."expert_approvals"."reason")) > 0)
);
--> statement-breakpoint
CREATE TABLE "expert_network"."project_compliance_rules" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"target_company" text,
	"competitors" text[] DEFAULT '{}'::text[] NOT NULL,
	"sensitive_companies" text[] DEFAULT '{}'::text[] NOT NULL,
	"block_current_target_employees" boolean DEFAULT true NOT NULL,
	"cooling_off_months" integer DEFAULT 6 NOT NULL,
	"flag_current_competitor_employees" boolean DEFAULT true NOT NULL,
	"block_government_officials" boolean DEFAULT true NOT NULL,
	"flag_missing_attestation" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_compliance_rules_cooling_off_range" CHECK ("expert_network"."project_compliance_rules"."cooling_off_months" between 0 and 120)
);
--> statement-breakpoint
ALTER TABLE "expert_network"."experts" ADD COLUMN "attested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "expert_network"."experts" ADD COLUMN "compliance_status" "expert_network"."compliance_status" DEFAULT 'unchecked' NOT NULL;--> statement-breakpoint
ALTER TABLE "expert_network"."experts" ADD COLUMN "compliance_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "expert_network"."experts" ADD COLUMN "compliance_checked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "expert_network"."do_not_contact_entries" ADD CONSTRAINT "do_not_contact_entries_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_network"."expert_approvals" ADD CONSTRAINT "expert_approvals_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_network"."expert_approvals" ADD CONSTRAINT "expert_approvals_expert_fk" FOREIGN KEY ("expert_id","campaign_id","user_id") REFERENCES "expert_network"."experts"("id","campaign_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_network"."expert_approvals" ADD CONSTRAINT "expert_approvals_campaign_fk" FOREIGN KEY ("campaign_id","user_id") REFERENCES "expert_network"."campaigns"("id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_network"."project_compliance_rules" ADD CONSTRAINT "project_compliance_rules_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_network"."project_compliance_rules" ADD CONSTRAINT "project_compliance_rules_project_fk" FOREIGN KEY ("project_id","user_id") REFERENCES "expert_network"."projects"("id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_campaign_idx" ON "expert_network"."audit_log" USING btree ("user_id","campaign_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_expert_idx" ON "expert_network"."audit_log" USING btree ("user_id","expert_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "do_not_contact_entries_user_name_unique" ON "expert_network"."do_not_contact_entries" USING btree ("user_id","kind",lower("name"));--> statement-breakpoint
CREATE INDEX "expert_approvals_expert_idx" ON "expert_network"."expert_approvals" USING btree ("expert_id","approved_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "expert_approvals_user_idx" ON "expert_network"."expert_approvals" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "project_compliance_rules_user_idx" ON "expert_network"."project_compliance_rules" USING btree ("user_id");
--> statement-breakpoint
-- Who made a change: the transaction's `app.actor` (the API sets the user id, the simulator
-- "simulator"); a write that names no actor is "system". For an update, only the columns that
-- changed (bookkeeping columns left out); an update changing nothing else is not recorded.
CREATE FUNCTION "expert_network"."record_audit"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  row_data jsonb := coalesce(new_row, old_row);
  bookkeeping text[] := ARRAY['updated_at', 'is_new', 'reviewed_at', 'display_order', 'compliance_checked_at'];
  before_values jsonb := old_row;
  after_values jsonb := new_row;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT jsonb_object_agg(o.key, o.value), jsonb_object_agg(o.key, new_row -> o.key)
      INTO before_values, after_values
      FROM jsonb_each(old_row) AS o
      WHERE o.key <> ALL (bookkeeping) AND o.value IS DISTINCT FROM new_row -> o.key;
    IF before_values IS NULL THEN
      RETURN NULL;
    END IF;
  END IF;
  INSERT INTO "expert_network"."audit_log"
    ("user_id", "actor", "table_name", "action", "row_id", "campaign_id", "expert_id", "before", "after")
  VALUES (
    row_data ->> 'user_id',
    coalesce(nullif(current_setting('app.actor', true), ''), 'system'),
    TG_TABLE_NAME,
    lower(TG_OP),
    (row_data ->> 'id')::uuid,
    (CASE WHEN TG_TABLE_NAME = 'campaigns' THEN row_data ->> 'id' ELSE row_data ->> 'campaign_id' END)::uuid,
    (CASE WHEN TG_TABLE_NAME = 'experts' THEN row_data ->> 'id' ELSE row_data ->> 'expert_id' END)::uuid,
    before_values,
    after_values
  );
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "campaigns_audit" AFTER INSERT OR UPDATE OR DELETE ON "expert_network"."campaigns" FOR EACH ROW EXECUTE FUNCTION "expert_network"."record_audit"();
--> statement-breakpoint
CREATE TRIGGER "campaign_vendor_enrollments_audit" AFTER INSERT OR UPDATE OR DELETE ON "expert_network"."campaign_vendor_enrollments" FOR EACH ROW EXECUTE FUNCTION "expert_network"."record_audit"();
--> statement-breakpoint
CREATE TRIGGER "experts_audit" AFTER INSERT OR UPDATE OR DELETE ON "expert_network"."experts" FOR EACH ROW EXECUTE FUNCTION "expert_network"."record_audit"();
--> statement-breakpoint
CREATE TRIGGER "expert_approvals_audit" AFTER INSERT OR UPDATE OR DELETE ON "expert_network"."expert_approvals" FOR EACH ROW EXECUTE FUNCTION "expert_network"."record_audit"();
--> statement-breakpoint
CREATE TRIGGER "interviews_audit" AFTER INSERT OR UPDATE OR DELETE ON "expert_network"."interviews" FOR EACH ROW EXECUTE FUNCTION "expert_network"."record_audit"();
--> statement-breakpoint
-- Append-only, for every role that writes through SQL (the application's included): changing or
-- removing history raises. Only an operator who owns the table can drop this trigger, deliberately.
CREATE FUNCTION "expert_network"."refuse_audit_log_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "expert_network"."audit_log" FOR EACH ROW EXECUTE FUNCTION "expert_network"."refuse_audit_log_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "expert_network"."audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."refuse_audit_log_change"();
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON "expert_network"."audit_log" FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER "project_compliance_rules_set_updated_at" BEFORE UPDATE ON "expert_network"."project_compliance_rules" FOR EACH ROW EXECUTE FUNCTION "expert_network"."set_updated_at"();
--> statement-breakpoint
CREATE TRIGGER "do_not_contact_entries_set_updated_at" BEFORE UPDATE ON "expert_network"."do_not_contact_entries" FOR EACH ROW EXECUTE FUNCTION "expert_network"."set_updated_at"();
