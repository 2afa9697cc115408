ALTER TABLE "expert_network"."experts" ADD COLUMN "rejection_reason" text;--> statement-breakpoint
ALTER TABLE "expert_network"."experts" ADD COLUMN "search_vector" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
ALTER TABLE "expert_network"."experts" ADD COLUMN "vendor_sort_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "experts_sort_fit_idx" ON "expert_network"."experts" USING btree ("user_id","campaign_id",coalesce("ai_fit_score", -1),"id");--> statement-breakpoint
CREATE INDEX "experts_sort_rating_idx" ON "expert_network"."experts" USING btree ("user_id","campaign_id",coalesce("rating", -1),"id");--> statement-breakpoint
CREATE INDEX "experts_sort_rate_idx" ON "expert_network"."experts" USING btree ("user_id","campaign_id",coalesce("call_rate_cents", 2147483647),"id");--> statement-breakpoint
CREATE INDEX "experts_sort_status_idx" ON "expert_network"."experts" USING btree ("user_id","campaign_id","status","id");--> statement-breakpoint
CREATE INDEX "experts_sort_name_idx" ON "expert_network"."experts" USING btree ("user_id","campaign_id","name","id");--> statement-breakpoint
CREATE INDEX "experts_sort_vendor_idx" ON "expert_network"."experts" USING btree ("user_id","campaign_id","vendor_sort_name","id");--> statement-breakpoint
CREATE INDEX "experts_search_idx" ON "expert_network"."experts" USING gin ("search_vector");--> statement-breakpoint
-- Full-text search over everything a user wrote or received about an expert:
-- the name weighs most, then title, company, skills and place, then the
-- screening answers, then profile, work history and notes.
CREATE FUNCTION "expert_network"."expert_search_vector"(e "expert_network"."experts") RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', coalesce(e.name, '')), 'A')
    || setweight(to_tsvector('english', concat_ws(' ', e.title, e.company, array_to_string(e.skills, ' '), e.geography)), 'B')
    || setweight(to_tsvector('english', coalesce((
         SELECT string_agg(r.response_text, ' ')
         FROM "expert_network"."expert_screening_responses" AS r
         WHERE r.expert_id = e.id AND r.user_id = e.user_id), '')), 'C')
    || setweight(to_tsvector('english', concat_ws(' ', e.description, e.notes, (
         SELECT string_agg(concat_ws(' ', job->>'title', job->>'company'), ' ')
         FROM jsonb_array_elements(e.work_history) AS job))), 'D')
$$;
--> statement-breakpoint
CREATE FUNCTION "expert_network"."experts_set_search_vector"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := "expert_network"."expert_search_vector"(NEW);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "experts_set_search_vector" BEFORE INSERT OR UPDATE OF name, title, company, skills, geography, description, notes, work_history ON "expert_network"."experts" FOR EACH ROW EXECUTE FUNCTION "expert_network"."experts_set_search_vector"();
--> statement-breakpoint
-- Answers change an expert's document too.
CREATE FUNCTION "expert_network"."responses_refresh_search_vector"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "expert_network"."experts" AS e
  SET search_vector = "expert_network"."expert_search_vector"(e)
  WHERE e.id IN (SELECT expert_id FROM changed_rows);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "responses_search_insert" AFTER INSERT ON "expert_network"."expert_screening_responses" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."responses_refresh_search_vector"();
--> statement-breakpoint
CREATE TRIGGER "responses_search_update" AFTER UPDATE ON "expert_network"."expert_screening_responses" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."responses_refresh_search_vector"();
--> statement-breakpoint
CREATE TRIGGER "responses_search_delete" AFTER DELETE ON "expert_network"."expert_screening_responses" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."responses_refresh_search_vector"();
--> statement-breakpoint
UPDATE "expert_network"."experts" AS e SET search_vector = "expert_network"."expert_search_vector"(e);
--> statement-breakpoint
-- Sorting by vendor: each expert carries its vendor's name (vendors are
-- reference data; a renamed one is copied to its experts).
CREATE FUNCTION "expert_network"."experts_set_vendor_sort_name"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.vendor_sort_name := coalesce(
    (SELECT name FROM "expert_network"."vendor_platforms" WHERE id = NEW.vendor_platform_id), '');
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "experts_set_vendor_sort_name" BEFORE INSERT OR UPDATE OF vendor_platform_id ON "expert_network"."experts" FOR EACH ROW EXECUTE FUNCTION "expert_network"."experts_set_vendor_sort_name"();
--> statement-breakpoint
CREATE FUNCTION "expert_network"."vendor_platforms_rename_experts"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "expert_network"."experts" SET vendor_sort_name = NEW.name
  WHERE vendor_platform_id = NEW.id AND vendor_sort_name IS DISTINCT FROM NEW.name;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "vendor_platforms_rename_experts" AFTER UPDATE OF name ON "expert_network"."vendor_platforms" FOR EACH ROW EXECUTE FUNCTION "expert_network"."vendor_platforms_rename_experts"();
--> statement-breakpoint
UPDATE "expert_network"."experts" AS e SET vendor_sort_name = v.name
FROM "expert_network"."vendor_platforms" AS v WHERE v.id = e.vendor_platform_id;
