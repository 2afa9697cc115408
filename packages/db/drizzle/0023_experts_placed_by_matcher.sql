-- Experts stored before the matcher existed (and those adopted from the original app) were each
-- made their own person: they are marked unplaced here, and the server places them once at
-- start-up (placeUnplacedExperts). Every other expert was placed as it arrived.
ALTER TABLE "expert_network"."experts" ADD COLUMN "person_placed" boolean DEFAULT true NOT NULL;--> statement-breakpoint
-- Stored before matching began (when 0020_person_matching was applied; adopted rows keep their
-- original times) and not decided by the user. A flag, not a change of state: no triggers.
ALTER TABLE "expert_network"."experts" DISABLE TRIGGER USER;--> statement-breakpoint
UPDATE "expert_network"."experts" SET "person_placed" = false
WHERE NOT "person_decided_by_user"
  AND "created_at" <= coalesce(
    (SELECT max("applied_at") FROM "public"."schema_migrations" WHERE "name" = '0020_person_matching'),
    now());--> statement-breakpoint
ALTER TABLE "expert_network"."experts" ENABLE TRIGGER USER;--> statement-breakpoint
CREATE INDEX "experts_unplaced_idx" ON "expert_network"."experts" USING btree ("user_id","created_at","id") WHERE not "expert_network"."experts"."person_placed";--> statement-breakpoint
-- Placing an expert is bookkeeping: the audit log records the person it joins, not the flag or key.
CREATE OR REPLACE FUNCTION "expert_network"."record_audit"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  -- Columns derived from the others by triggers (search, sorting): never a change of state.
  derived text[] := ARRAY['search_vector', 'vendor_sort_name'];
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - derived END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - derived END;
  row_data jsonb := coalesce(new_row, old_row);
  bookkeeping text[] := ARRAY['updated_at', 'is_new', 'reviewed_at', 'display_order', 'compliance_checked_at',
    'person_placed', 'match_key'];
  before_values jsonb := old_row;
  after_values jsonb := new_row;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT jsonb_object_agg(o.key, o.value), jsonb_object_agg(o.key, new_row -> o.key)
      INTO before_values, after_values
      FROM jsonb_each(old_row) AS o
      WHERE o.key <> ALL (bookkeeping) AND o.value IS DISTINCT FROM new_row -> o.key;
    IF before_values IS NULL THEN
      RETURN NULL;
    END IF;
  END IF;
  INSERT INTO "expert_network"."audit_log"
    ("user_id", "actor", "table_name", "action", "row_id", "campaign_id", "expert_id", "before", "after")
  VALUES (
    row_data ->> 'user_id',
    coalesce(nullif(current_setting('app.actor', true), ''), 'system'),
    TG_TABLE_NAME,
    lower(TG_OP),
    (row_data ->> 'id')::uuid,
    (CASE WHEN TG_TABLE_NAME = 'campaigns' THEN row_data ->> 'id' ELSE row_data ->> 'campaign_id' END)::uuid,
    (CASE WHEN TG_TABLE_NAME = 'experts' THEN row_data ->> 'id' ELSE row_data ->> 'expert_id' END)::uuid,
    before_values,
    after_values
  );
  RETURN NULL;
END
$$;
