DROP INDEX "expert_network"."campaigns_project_idx";--> statement-breakpoint
CREATE INDEX "campaigns_user_order_idx" ON "expert_network"."campaigns" USING btree ("user_id","display_order","id");--> statement-breakpoint
CREATE INDEX "campaigns_project_order_idx" ON "expert_network"."campaigns" USING btree ("project_id","display_order","id");