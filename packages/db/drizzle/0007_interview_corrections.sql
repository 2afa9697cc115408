CREATE TABLE "expert_network"."interview_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"interview_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "expert_network"."interview_corrections" ADD CONSTRAINT "interview_corrections_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_network"."interview_corrections" ADD CONSTRAINT "interview_corrections_interview_fk" FOREIGN KEY ("interview_id","user_id") REFERENCES "expert_network"."interviews"("id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interview_corrections_interview_idx" ON "expert_network"."interview_corrections" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "interview_corrections_user_idx" ON "expert_network"."interview_corrections" USING btree ("user_id");