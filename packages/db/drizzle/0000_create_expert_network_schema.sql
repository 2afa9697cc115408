CREATE SCHEMA "expert_network";
--> statement-breakpoint
-- Better Auth's tables (public): created where they are missing, and left
-- exactly as they are (columns, indexes, rows) where a deployment has them.
DO $$
BEGIN
  IF to_regclass('public."user"') IS NULL THEN
    CREATE TABLE "user" (
    	"id" text PRIMARY KEY NOT NULL,
    	"name" text NOT NULL,
    	"email" text NOT NULL,
    	"emailVerified" boolean NOT NULL,
    	"image" text,
    	"createdAt" timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    	"updatedAt" timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    	CONSTRAINT "user_email_key" UNIQUE("email")
    );
  END IF;
  IF to_regclass('public."session"') IS NULL THEN
    CREATE TABLE "session" (
    	"id" text PRIMARY KEY NOT NULL,
    	"expiresAt" timestamp with time zone NOT NULL,
    	"token" text NOT NULL,
    	"createdAt" timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    	"updatedAt" timestamp with time zone NOT NULL,
    	"ipAddress" text,
    	"userAgent" text,
    	"userId" text NOT NULL,
    	CONSTRAINT "session_token_key" UNIQUE("token")
    );
    ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;
    CREATE INDEX "session_userId_idx" ON "session" USING btree ("userId");
  END IF;
  IF to_regclass('public."account"') IS NULL THEN
    CREATE TABLE "account" (
    	"id" text PRIMARY KEY NOT NULL,
    	"accountId" text NOT NULL,
    	"providerId" text NOT NULL,
    	"userId" text NOT NULL,
    	"accessToken" text,
    	"refreshToken" text,
    	"idToken" text,
    	"accessTokenExpiresAt" timestamp with time zone,
    	"refreshTokenExpiresAt" timestamp with time zone,
    	"scope" text,
    	"password" text,
    	"createdAt" timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    	"updatedAt" timestamp with time zone NOT NULL
    );
    ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;
    CREATE INDEX "account_userId_idx" ON "account" USING btree ("userId");
  END IF;
  IF to_regclass('public."verification"') IS NULL THEN
    CREATE TABLE "verification" (
    	"id" text PRIMARY KEY NOT NULL,
    	"identifier" text NOT NULL,
    	"value" text NOT NULL,
    	"expiresAt" timestamp with time zone NOT NULL,
    	"createdAt" timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    	"updatedAt" timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
    );
    CREATE INDEX "verification_identifier_idx" ON "verification" USING btree ("identifier");
  END IF;
END $$;
--> statement-breakpoint
CREATE TYPE "expert_network"."campaign_status" AS ENUM('draft', 'active', 'paused', 'completed', 'archived');
--> statement-breakpoint
CREATE TYPE "expert_network"."enrollment_status" AS ENUM('pending', 'active', 'paused', 'declined');
--> statement-breakpoint
CREATE TYPE "expert_network"."expert_status" AS ENUM('proposed', 'shortlisted', 'rejected', 'scheduled', 'completed');
--> statement-breakpoint
CREATE TYPE "expert_network"."interview_status" AS ENUM('scheduled', 'completed', 'cancelled', 'no_show');
--> statement-breakpoint
CREATE TYPE "expert_network"."question_type" AS ENUM('text', 'yes_no', 'single_choice', 'multi_choice', 'scale');
--> statement-breakpoint
CREATE TYPE "expert_network"."theme" AS ENUM('light', 'dark', 'system');
--> statement-breakpoint
CREATE TABLE "expert_network"."campaign_vendor_enrollments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"campaign_id" uuid NOT NULL,
	"vendor_platform_id" uuid NOT NULL,
	"status" "expert_network"."enrollment_status" DEFAULT 'active' NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"account_manager_name" text,
	"account_manager_email" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_vendor_enrollments_pair_unique" UNIQUE("campaign_id","vendor_platform_id"),
	CONSTRAINT "campaign_vendor_enrollments_id_user_unique" UNIQUE("id","user_id")
);
--> statement-breakpoint
CREATE TABLE "expert_network"."campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"project_id" uuid,
	"campaign_name" text NOT NULL,
	"industry_vertical" text NOT NULL,
	"custom_industry" text,
	"brief_description" text DEFAULT '' NOT NULL,
	"expanded_description" text,
	"start_date" date,
	"target_completion_date" date,
	"target_regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"custom_regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"min_calls" integer,
	"max_calls" integer,
	"estimated_calls" integer,
	"status" "expert_network"."campaign_status" DEFAULT 'active' NOT NULL,
	"display_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_id_user_unique" UNIQUE("id","user_id"),
	CONSTRAINT "campaigns_calls_non_negative" CHECK (coalesce("expert_network"."campaigns"."min_calls", 0) >= 0 and coalesce("expert_network"."campaigns"."max_calls", 0) >= 0 and coalesce("expert_network"."campaigns"."estimated_calls", 0) >= 0),
	CONSTRAINT "campaigns_min_le_max_calls" CHECK ("expert_network"."campaigns"."min_calls" <= "expert_network"."campaigns"."max_calls"),
	CONSTRAINT "campaigns_start_le_target" CHECK ("expert_network"."campaigns"."start_date" <= "expert_network"."campaigns"."target_completion_date")
);
--> statement-breakpoint
CREATE TABLE "expert_network"."experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"campaign_id" uuid NOT NULL,
	"vendor_platform_id" uuid,
	"external_ref" text,
	"name" text NOT NULL,
	"title" text,
	"company" text,
	"avatar_url" text,
	"description" text,
	"work_history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"geography" text,
	"rating" numeric(2, 1),
	"ai_fit_score" numeric(3, 1),
	"call_rate_cents" integer,
	"currency" text DEFAULT 'USD' NOT NULL,
	"status" "expert_network"."expert_status" DEFAULT 'proposed' NOT NULL,
	"is_new" boolean DEFAULT true NOT NULL,
	"reviewed_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "experts_id_user_unique" UNIQUE("id","user_id"),
	CONSTRAINT "experts_id_campaign_user_unique" UNIQUE("id","campaign_id","user_id"),
	CONSTRAINT "experts_vendor_ref_unique" UNIQUE("campaign_id","vendor_platform_id","external_ref"),
	CONSTRAINT "experts_rating_range" CHECK ("expert_network"."experts"."rating" between 0 and 5),
	CONSTRAINT "experts_fit_score_range" CHECK ("expert_network"."experts"."ai_fit_score" between 0 and 10),
	CONSTRAINT "experts_rate_non_negative" CHECK ("expert_network"."experts"."call_rate_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "expert_network"."interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"campaign_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"team_member_id" uuid,
	"scheduled_at" timestamp with time zone NOT NULL,
	"timezone" text NOT NULL,
	"duration_minutes" integer DEFAULT 60 NOT NULL,
	"status" "expert_network"."interview_status" DEFAULT 'scheduled' NOT NULL,
	"color_tag" text,
	"cost_cents" integer,
	"currency" text DEFAULT 'USD' NOT NULL,
	"notes" text,
	"completed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interviews_id_user_unique" UNIQUE("id","user_id"),
	CONSTRAINT "interviews_duration_range" CHECK ("expert_network"."interviews"."duration_minutes" between 5 and 480),
	CONSTRAINT "interviews_cost_non_negative" CHECK ("expert_network"."interviews"."cost_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "expert_network"."user_ui_preferences" (
	"user_id" text PRIMARY KEY NOT NULL,
	"theme" "expert_network"."theme" DEFAULT 'system' NOT NULL,
	"column_widths" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"panel_sizing" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"expanded_projects" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sidebar_collapsed" boolean DEFAULT false NOT NULL,
	"calendar_view" text DEFAULT 'week' NOT NULL,
	"timezone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expert_network"."projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"project_code" text NOT NULL,
	"project_name" text NOT NULL,
	"description" text,
	"display_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_user_code_unique" UNIQUE("user_id","project_code"),
	CONSTRAINT "projects_id_user_unique" UNIQUE("id","user_id")
);
--> statement-breakpoint
CREATE TABLE "expert_network"."expert_screening_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"campaign_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"screening_question_id" uuid NOT NULL,
	"response_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expert_screening_responses_pair_unique" UNIQUE("expert_id","screening_question_id")
);
--> statement-breakpoint
CREATE TABLE "expert_network"."screening_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"campaign_id" uuid NOT NULL,
	"parent_question_id" uuid,
	"follow_up_trigger" text,
	"question_text" text NOT NULL,
	"question_type" "expert_network"."question_type" DEFAULT 'text' NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_required" boolean DEFAULT true NOT NULL,
	"display_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "screening_questions_id_user_unique" UNIQUE("id","user_id"),
	CONSTRAINT "screening_questions_id_campaign_user_unique" UNIQUE("id","campaign_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "expert_network"."campaign_team_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"campaign_id" uuid NOT NULL,
	"team_member_id" uuid NOT NULL,
	"role" text,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_team_assignments_pair_unique" UNIQUE("campaign_id","team_member_id")
);
--> statement-breakpoint
CREATE TABLE "expert_network"."team_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"designation" text,
	"avatar_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_members_id_user_unique" UNIQUE("id","user_id"),
	CONSTRAINT "team_members_user_email_unique" UNIQUE("user_id","email")
);
--> statement-breakpoint
CREATE TABLE "expert_network"."vendor_platforms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"website" text,
	"logo_url" text,
	"location" text NOT NULL,
	"overall_score" numeric(2, 1) NOT NULL,
	"avg_cost_per_call_min_cents" integer NOT NULL,
	"avg_cost_per_call_max_cents" integer NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vendor_platforms_name_unique" UNIQUE("name"),
	CONSTRAINT "vendor_platforms_slug_unique" UNIQUE("slug"),
	CONSTRAINT "vendor_platforms_score_range" CHECK ("expert_network"."vendor_platforms"."overall_score" between 0 and 5),
	CONSTRAINT "vendor_platforms_cost_range" CHECK ("expert_network"."vendor_platforms"."avg_cost_per_call_min_cents" >= 0 and "expert_network"."vendor_platforms"."avg_cost_per_call_min_cents" <= "expert_network"."vendor_platforms"."avg_cost_per_call_max_cents")
);
--> statement-breakpoint
ALTER TABLE "expert_network"."campaign_vendor_enrollments" ADD CONSTRAINT "campaign_vendor_enrollments_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."campaign_vendor_enrollments" ADD CONSTRAINT "campaign_vendor_enrollments_vendor_platform_id_vendor_platforms_id_fk" FOREIGN KEY ("vendor_platform_id") REFERENCES "expert_network"."vendor_platforms"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."campaign_vendor_enrollments" ADD CONSTRAINT "campaign_vendor_enrollments_campaign_fk" FOREIGN KEY ("campaign_id","user_id") REFERENCES "expert_network"."campaigns"("id","user_id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."campaigns" ADD CONSTRAINT "campaigns_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."campaigns" ADD CONSTRAINT "campaigns_project_fk" FOREIGN KEY ("project_id","user_id") REFERENCES "expert_network"."projects"("id","user_id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."experts" ADD CONSTRAINT "experts_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."experts" ADD CONSTRAINT "experts_vendor_platform_id_vendor_platforms_id_fk" FOREIGN KEY ("vendor_platform_id") REFERENCES "expert_network"."vendor_platforms"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."experts" ADD CONSTRAINT "experts_campaign_fk" FOREIGN KEY ("campaign_id","user_id") REFERENCES "expert_network"."campaigns"("id","user_id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."interviews" ADD CONSTRAINT "interviews_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."interviews" ADD CONSTRAINT "interviews_campaign_fk" FOREIGN KEY ("campaign_id","user_id") REFERENCES "expert_network"."campaigns"("id","user_id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."interviews" ADD CONSTRAINT "interviews_expert_fk" FOREIGN KEY ("expert_id","campaign_id","user_id") REFERENCES "expert_network"."experts"("id","campaign_id","user_id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."interviews" ADD CONSTRAINT "interviews_team_member_fk" FOREIGN KEY ("team_member_id","user_id") REFERENCES "expert_network"."team_members"("id","user_id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."user_ui_preferences" ADD CONSTRAINT "user_ui_preferences_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."projects" ADD CONSTRAINT "projects_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."expert_screening_responses" ADD CONSTRAINT "expert_screening_responses_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."expert_screening_responses" ADD CONSTRAINT "expert_screening_responses_expert_fk" FOREIGN KEY ("expert_id","campaign_id","user_id") REFERENCES "expert_network"."experts"("id","campaign_id","user_id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."expert_screening_responses" ADD CONSTRAINT "expert_screening_responses_question_fk" FOREIGN KEY ("screening_question_id","campaign_id","user_id") REFERENCES "expert_network"."screening_questions"("id","campaign_id","user_id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."screening_questions" ADD CONSTRAINT "screening_questions_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."screening_questions" ADD CONSTRAINT "screening_questions_campaign_fk" FOREIGN KEY ("campaign_id","user_id") REFERENCES "expert_network"."campaigns"("id","user_id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."screening_questions" ADD CONSTRAINT "screening_questions_parent_fk" FOREIGN KEY ("parent_question_id","campaign_id","user_id") REFERENCES "expert_network"."screening_questions"("id","campaign_id","user_id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."campaign_team_assignments" ADD CONSTRAINT "campaign_team_assignments_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."campaign_team_assignments" ADD CONSTRAINT "campaign_team_assignments_campaign_fk" FOREIGN KEY ("campaign_id","user_id") REFERENCES "expert_network"."campaigns"("id","user_id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."campaign_team_assignments" ADD CONSTRAINT "campaign_team_assignments_member_fk" FOREIGN KEY ("team_member_id","user_id") REFERENCES "expert_network"."team_members"("id","user_id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "expert_network"."team_members" ADD CONSTRAINT "team_members_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "campaign_vendor_enrollments_user_idx" ON "expert_network"."campaign_vendor_enrollments" USING btree ("user_id");
--> statement-breakpoint
CREATE INDEX "campaign_vendor_enrollments_vendor_idx" ON "expert_network"."campaign_vendor_enrollments" USING btree ("vendor_platform_id");
--> statement-breakpoint
CREATE INDEX "campaigns_user_created_idx" ON "expert_network"."campaigns" USING btree ("user_id","created_at" DESC NULLS FIRST);
--> statement-breakpoint
CREATE INDEX "campaigns_project_idx" ON "expert_network"."campaigns" USING btree ("project_id");
--> statement-breakpoint
CREATE INDEX "experts_user_idx" ON "expert_network"."experts" USING btree ("user_id");
--> statement-breakpoint
CREATE INDEX "experts_campaign_status_created_idx" ON "expert_network"."experts" USING btree ("campaign_id","status","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);
--> statement-breakpoint
CREATE INDEX "experts_campaign_created_idx" ON "expert_network"."experts" USING btree ("campaign_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);
--> statement-breakpoint
CREATE INDEX "experts_vendor_idx" ON "expert_network"."experts" USING btree ("vendor_platform_id");
--> statement-breakpoint
CREATE INDEX "interviews_user_scheduled_idx" ON "expert_network"."interviews" USING btree ("user_id","scheduled_at");
--> statement-breakpoint
CREATE INDEX "interviews_campaign_scheduled_idx" ON "expert_network"."interviews" USING btree ("campaign_id","scheduled_at");
--> statement-breakpoint
CREATE INDEX "interviews_expert_idx" ON "expert_network"."interviews" USING btree ("expert_id");
--> statement-breakpoint
CREATE INDEX "interviews_team_member_idx" ON "expert_network"."interviews" USING btree ("team_member_id");
--> statement-breakpoint
CREATE INDEX "projects_user_order_idx" ON "expert_network"."projects" USING btree ("user_id","display_order");
--> statement-breakpoint
CREATE INDEX "expert_screening_responses_user_idx" ON "expert_network"."expert_screening_responses" USING btree ("user_id");
--> statement-breakpoint
CREATE INDEX "expert_screening_responses_question_idx" ON "expert_network"."expert_screening_responses" USING btree ("screening_question_id");
--> statement-breakpoint
CREATE INDEX "screening_questions_user_idx" ON "expert_network"."screening_questions" USING btree ("user_id");
--> statement-breakpoint
CREATE INDEX "screening_questions_campaign_order_idx" ON "expert_network"."screening_questions" USING btree ("campaign_id","display_order");
--> statement-breakpoint
CREATE INDEX "screening_questions_parent_idx" ON "expert_network"."screening_questions" USING btree ("parent_question_id");
--> statement-breakpoint
CREATE INDEX "campaign_team_assignments_user_idx" ON "expert_network"."campaign_team_assignments" USING btree ("user_id");
--> statement-breakpoint
CREATE INDEX "campaign_team_assignments_member_idx" ON "expert_network"."campaign_team_assignments" USING btree ("team_member_id");
--> statement-breakpoint
CREATE INDEX "team_members_user_name_idx" ON "expert_network"."team_members" USING btree ("user_id","name");
--> statement-breakpoint
-- updated_at is maintained by the database, whatever client writes the row.
CREATE FUNCTION "expert_network"."set_updated_at"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "campaign_team_assignments_set_updated_at" BEFORE UPDATE ON "expert_network"."campaign_team_assignments" FOR EACH ROW EXECUTE FUNCTION "expert_network"."set_updated_at"();
--> statement-breakpoint
CREATE TRIGGER "campaign_vendor_enrollments_set_updated_at" BEFORE UPDATE ON "expert_network"."campaign_vendor_enrollments" FOR EACH ROW EXECUTE FUNCTION "expert_network"."set_updated_at"();
--> statement-breakpoint
CREATE TRIGGER "campaigns_set_updated_at" BEFORE UPDATE ON "expert_network"."campaigns" FOR EACH ROW EXECUTE FUNCTION "expert_network"."set_updated_at"();
--> statement-breakpoint
CREATE TRIGGER "expert_screening_responses_set_updated_at" BEFORE UPDATE ON "expert_network"."expert_screening_responses" FOR EACH ROW EXECUTE FUNCTION "expert_network"."set_updated_at"();
--> statement-breakpoint
CREATE TRIGGER "experts_set_updated_at" BEFORE UPDATE ON "expert_network"."experts" FOR EACH ROW EXECUTE FUNCTION "expert_network"."set_updated_at"();
--> statement-breakpoint
CREATE TRIGGER "interviews_set_updated_at" BEFORE UPDATE ON "expert_network"."interviews" FOR EACH ROW EXECUTE FUNCTION "expert_network"."set_updated_at"();
--> statement-breakpoint
CREATE TRIGGER "projects_set_updated_at" BEFORE UPDATE ON "expert_network"."projects" FOR EACH ROW EXECUTE FUNCTION "expert_network"."set_updated_at"();
--> statement-breakpoint
CREATE TRIGGER "screening_questions_set_updated_at" BEFORE UPDATE ON "expert_network"."screening_questions" FOR EACH ROW EXECUTE FUNCTION "expert_network"."set_updated_at"();
--> statement-breakpoint
CREATE TRIGGER "team_members_set_updated_at" BEFORE UPDATE ON "expert_network"."team_members" FOR EACH ROW EXECUTE FUNCTION "expert_network"."set_updated_at"();
--> statement-breakpoint
CREATE TRIGGER "user_ui_preferences_set_updated_at" BEFORE UPDATE ON "expert_network"."user_ui_preferences" FOR EACH ROW EXECUTE FUNCTION "expert_network"."set_updated_at"();
--> statement-breakpoint
CREATE TRIGGER "vendor_platforms_set_updated_at" BEFORE UPDATE ON "expert_network"."vendor_platforms" FOR EACH ROW EXECUTE FUNCTION "expert_network"."set_updated_at"();
