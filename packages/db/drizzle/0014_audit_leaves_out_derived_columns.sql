-- The audit log records changes of state: the experts' search vector and vendor sort name
-- (kept by the workbench's triggers) are left out of every entry, and an update of them alone
-- is not recorded.
CREATE OR REPLACE FUNCTION "expert_network"."record_audit"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  -- Columns derived from the others by triggers (search, sorting): never a change of state.
  derived text[] := ARRAY['search_vector', 'vendor_sort_name'];
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - derived END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - derived END;
  row_data jsonb := coalesce(new_row, old_row);
  bookkeeping text[] := ARRAY['updated_at', 'is_new', 'reviewed_at', 'display_order', 'compliance_checked_at'];
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
