CREATE TABLE "expert_network"."calendar_feeds" (
	"user_id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "expert_network"."notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"link" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_user_dedupe_unique" UNIQUE("user_id","dedupe_key")
);
--> statement-breakpoint
ALTER TABLE "expert_network"."campaigns" ADD COLUMN "budget_cents" integer;--> statement-breakpoint
ALTER TABLE "expert_network"."interviews" ADD COLUMN "actual_minutes" integer;--> statement-breakpoint
ALTER TABLE "expert_network"."interviews" ADD COLUMN "rating" smallint;--> statement-breakpoint
ALTER TABLE "expert_network"."interviews" ADD COLUMN "calendar_sequence" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "expert_network"."projects" ADD COLUMN "budget_cents" integer;--> statement-breakpoint
ALTER TABLE "expert_network"."vendor_platforms" ADD COLUMN "minimum_billable_minutes" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "expert_network"."vendor_platforms" ADD COLUMN "billing_increment_minutes" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "expert_network"."calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_network"."notifications" ADD CONSTRAINT "notifications_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "expert_network"."notifications" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "expert_network"."campaigns" ADD CONSTRAINT "campaigns_budget_positive" CHECK ("expert_network"."campaigns"."budget_cents" > 0);--> statement-breakpoint
ALTER TABLE "expert_network"."interviews" ADD CONSTRAINT "interviews_actual_minutes_range" CHECK ("expert_network"."interviews"."actual_minutes" between 1 and 480);--> statement-breakpoint
ALTER TABLE "expert_network"."interviews" ADD CONSTRAINT "interviews_rating_range" CHECK ("expert_network"."interviews"."rating" between 1 and 5);--> statement-breakpoint
ALTER TABLE "expert_network"."projects" ADD CONSTRAINT "projects_budget_positive" CHECK ("expert_network"."projects"."budget_cents" > 0);--> statement-breakpoint
ALTER TABLE "expert_network"."vendor_platforms" ADD CONSTRAINT "vendor_platforms_billing_rule" CHECK ("expert_network"."vendor_platforms"."minimum_billable_minutes" between 0 and 240 and "expert_network"."vendor_platforms"."billing_increment_minutes" between 1 and 60);