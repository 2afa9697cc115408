-- pg_trgm (on PostgreSQL and PGlite) ranks the person matcher's candidates by similarity.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "expert_network"."simulator_person_keys" (
	"user_id" text NOT NULL,
	"expert_id" uuid NOT NULL,
	"person_key" text NOT NULL,
	"person" jsonb NOT NULL,
	CONSTRAINT "simulator_person_keys_pk" PRIMARY KEY("user_id","expert_id")
);
--> statement-breakpoint
ALTER TABLE "expert_network"."experts" ADD COLUMN "person_id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "expert_network"."experts" ADD COLUMN "person_decided_by_user" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "expert_network"."experts" ADD COLUMN "match_key" text;--> statement-breakpoint
ALTER TABLE "expert_network"."simulator_person_keys" ADD CONSTRAINT "simulator_person_keys_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_network"."simulator_person_keys" ADD CONSTRAINT "simulator_person_keys_expert_fk" FOREIGN KEY ("expert_id","user_id") REFERENCES "expert_network"."experts"("id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "simulator_person_keys_person_idx" ON "expert_network"."simulator_person_keys" USING btree ("user_id","person_key");--> statement-breakpoint
CREATE INDEX "experts_person_idx" ON "expert_network"."experts" USING btree ("user_id","person_id");--> statement-breakpoint
CREATE INDEX "experts_match_key_idx" ON "expert_network"."experts" USING btree ("user_id","match_key" text_pattern_ops);--> statement-breakpoint
-- Experts from before the matcher: the name's last word, then its first, lower-cased,
-- until the app writes the normalized key (titles and nicknames are not spelt out here).
UPDATE "expert_network"."experts"
SET "match_key" = lower(regexp_replace(trim("name"), '^.*\s', '') || ' ' || split_part(trim("name"), ' ', 1))
WHERE "match_key" IS NULL AND trim("name") LIKE '% %';
