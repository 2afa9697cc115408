CREATE TYPE "expert_network"."sourcing_request_kind" AS ENUM('initial', 'follow_up', 'more');--> statement-breakpoint
CREATE TYPE "expert_network"."sourcing_request_status" AS ENUM('pending', 'running', 'done', 'cancelled', 'failed');--> statement-breakpoint
CREATE TABLE "expert_network"."sourcing_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"kind" "expert_network"."sourcing_request_kind" NOT NULL,
	"status" "expert_network"."sourcing_request_status" DEFAULT 'pending' NOT NULL,
	"batch_number" integer DEFAULT 1 NOT NULL,
	"due_at" timestamp with time zone,
	"lease_expires_at" timestamp with time zone,
	"lease_token" uuid,
	"attempts" integer DEFAULT 0 NOT NULL,
	"experts_delivered" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "expert_network"."sourcing_requests" ADD CONSTRAINT "sourcing_requests_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_network"."sourcing_requests" ADD CONSTRAINT "sourcing_requests_enrollment_fk" FOREIGN KEY ("enrollment_id","user_id") REFERENCES "expert_network"."campaign_vendor_enrollments"("id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sourcing_requests_user_idx" ON "expert_network"."sourcing_requests" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sourcing_requests_enrollment_idx" ON "expert_network"."sourcing_requests" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "sourcing_requests_open_idx" ON "expert_network"."sourcing_requests" USING btree ("due_at") WHERE "expert_network"."sourcing_requests"."status" IN ('pending', 'running');--> statement-breakpoint
CREATE UNIQUE INDEX "sourcing_requests_one_open_unique" ON "expert_network"."sourcing_requests" USING btree ("enrollment_id","kind") WHERE "expert_network"."sourcing_requests"."status" IN ('pending', 'running');--> statement-breakpoint
CREATE TRIGGER "sourcing_requests_set_updated_at" BEFORE UPDATE ON "expert_network"."sourcing_requests" FOR EACH ROW EXECUTE FUNCTION "expert_network"."set_updated_at"();
