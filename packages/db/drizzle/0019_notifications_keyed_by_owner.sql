-- Notifications came after the distribution-ready keys (0018): their primary key
-- takes user_id too, like every user-owned table's (checked by distribution.test).
ALTER TABLE "expert_network"."notifications" DROP CONSTRAINT "notifications_pkey";--> statement-breakpoint
ALTER TABLE "expert_network"."notifications" ADD CONSTRAINT "notifications_pkey" PRIMARY KEY("user_id","id");
