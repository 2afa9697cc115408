ALTER TABLE "expert_network"."interviews" ADD COLUMN "vendor_platform_id" uuid;--> statement-breakpoint
ALTER TABLE "expert_network"."interviews" ADD CONSTRAINT "interviews_vendor_platform_id_vendor_platforms_id_fk" FOREIGN KEY ("vendor_platform_id") REFERENCES "expert_network"."vendor_platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interviews_spend_idx" ON "expert_network"."interviews" USING btree ("user_id","vendor_platform_id","status","cost_cents") WHERE "expert_network"."interviews"."status" in ('completed', 'scheduled');--> statement-breakpoint
-- Each call carries its expert's network, so spend by vendor reads the calls alone.
CREATE FUNCTION "expert_network"."interviews_set_vendor"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.vendor_platform_id := (
    SELECT vendor_platform_id FROM "expert_network"."experts"
    WHERE id = NEW.expert_id AND user_id = NEW.user_id);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "interviews_set_vendor" BEFORE INSERT OR UPDATE OF expert_id, vendor_platform_id ON "expert_network"."interviews" FOR EACH ROW EXECUTE FUNCTION "expert_network"."interviews_set_vendor"();
--> statement-breakpoint
-- An expert whose network changes takes their calls along.
CREATE FUNCTION "expert_network"."experts_move_calls_vendor"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "expert_network"."interviews" SET vendor_platform_id = NEW.vendor_platform_id
  WHERE expert_id = NEW.id AND user_id = NEW.user_id
    AND vendor_platform_id IS DISTINCT FROM NEW.vendor_platform_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "experts_move_calls_vendor" AFTER UPDATE OF vendor_platform_id ON "expert_network"."experts" FOR EACH ROW WHEN (OLD.vendor_platform_id IS DISTINCT FROM NEW.vendor_platform_id) EXECUTE FUNCTION "expert_network"."experts_move_calls_vendor"();
--> statement-breakpoint
-- Existing calls: a copy, not a change of state (no audit entries, no live notices).
ALTER TABLE "expert_network"."interviews" DISABLE TRIGGER USER;
--> statement-breakpoint
UPDATE "expert_network"."interviews" AS i SET vendor_platform_id = e.vendor_platform_id
FROM "expert_network"."experts" AS e
WHERE e.id = i.expert_id AND e.user_id = i.user_id AND e.vendor_platform_id IS NOT NULL;
--> statement-breakpoint
ALTER TABLE "expert_network"."interviews" ENABLE TRIGGER USER;
