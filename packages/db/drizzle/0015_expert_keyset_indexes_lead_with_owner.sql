DROP INDEX "expert_network"."experts_campaign_status_created_idx";--> statement-breakpoint
DROP INDEX "expert_network"."experts_campaign_created_idx";--> statement-breakpoint
CREATE INDEX "experts_user_campaign_status_created_idx" ON "expert_network"."experts" USING btree ("user_id","campaign_id","status","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "experts_user_campaign_created_idx" ON "expert_network"."experts" USING btree ("user_id","campaign_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);