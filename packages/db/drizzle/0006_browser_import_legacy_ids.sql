-- Browser-data import: the original app's ids on imported campaigns and team members (so a second
-- import finds them instead of copying them), and a campaign's default time zone for new calls.
ALTER TABLE "expert_network"."campaigns" ADD COLUMN "default_timezone" text;--> statement-breakpoint
ALTER TABLE "expert_network"."campaigns" ADD COLUMN "legacy_id" text;--> statement-breakpoint
ALTER TABLE "expert_network"."team_members" ADD COLUMN "legacy_id" text;--> statement-breakpoint
ALTER TABLE "expert_network"."campaigns" ADD CONSTRAINT "campaigns_user_legacy_id_unique" UNIQUE("user_id","legacy_id");--> statement-breakpoint
ALTER TABLE "expert_network"."team_members" ADD CONSTRAINT "team_members_user_legacy_id_unique" UNIQUE("user_id","legacy_id");