-- Live updates: every committed change to a user's data notifies the channel
-- expert_network_changes with {userId, campaignId, kind}, once per user, campaign
-- and statement (statement-level triggers over the changed rows). Each server
-- process LISTENs and passes the notice to that user's open pages, so a write by
-- any process (a request, the vendor simulator) reaches every page within moments.
-- NOTIFY is transactional: nothing is sent for a write that rolls back.
CREATE FUNCTION "expert_network"."notify_changes"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- TG_ARGV[0]: the column that holds the campaign's id (none for tables outside campaigns).
  EXECUTE format(
    'SELECT pg_notify(''expert_network_changes'', json_build_object(''userId'', user_id, ''campaignId'', campaign_id, ''kind'', %L)::text)
       FROM (SELECT DISTINCT user_id, %s AS campaign_id FROM changed_rows) AS changed',
    TG_TABLE_NAME,
    coalesce(quote_ident(TG_ARGV[0]), 'NULL::uuid')
  );
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- New proposals from vendors: one notice per campaign and vendor with how many
-- arrived, for the "GLG proposed 4 experts for ..." toast.
CREATE FUNCTION "expert_network"."notify_arrivals"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('expert_network_changes', json_build_object(
    'userId', arrived.user_id,
    'campaignId', arrived.campaign_id,
    'kind', 'arrival',
    'count', arrived.count,
    'vendorName', vendor.name,
    'campaignName', campaign.campaign_name
  )::text)
  FROM (
    SELECT user_id, campaign_id, vendor_platform_id, count(*)::int AS count
    FROM changed_rows
    WHERE is_new AND vendor_platform_id IS NOT NULL
    GROUP BY user_id, campaign_id, vendor_platform_id
  ) AS arrived
  JOIN "expert_network"."vendor_platforms" AS vendor ON vendor.id = arrived.vendor_platform_id
  JOIN "expert_network"."campaigns" AS campaign ON campaign.id = arrived.campaign_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "projects_notify_insert" AFTER INSERT ON "expert_network"."projects" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"();
--> statement-breakpoint
CREATE TRIGGER "projects_notify_update" AFTER UPDATE ON "expert_network"."projects" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"();
--> statement-breakpoint
CREATE TRIGGER "projects_notify_delete" AFTER DELETE ON "expert_network"."projects" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"();
--> statement-breakpoint
CREATE TRIGGER "campaigns_notify_insert" AFTER INSERT ON "expert_network"."campaigns" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('id');
--> statement-breakpoint
CREATE TRIGGER "campaigns_notify_update" AFTER UPDATE ON "expert_network"."campaigns" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('id');
--> statement-breakpoint
CREATE TRIGGER "campaigns_notify_delete" AFTER DELETE ON "expert_network"."campaigns" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('id');
--> statement-breakpoint
CREATE TRIGGER "screening_questions_notify_insert" AFTER INSERT ON "expert_network"."screening_questions" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "screening_questions_notify_update" AFTER UPDATE ON "expert_network"."screening_questions" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "screening_questions_notify_delete" AFTER DELETE ON "expert_network"."screening_questions" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "campaign_vendor_enrollments_notify_insert" AFTER INSERT ON "expert_network"."campaign_vendor_enrollments" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "campaign_vendor_enrollments_notify_update" AFTER UPDATE ON "expert_network"."campaign_vendor_enrollments" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "campaign_vendor_enrollments_notify_delete" AFTER DELETE ON "expert_network"."campaign_vendor_enrollments" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "experts_notify_insert" AFTER INSERT ON "expert_network"."experts" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "experts_notify_update" AFTER UPDATE ON "expert_network"."experts" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "experts_notify_delete" AFTER DELETE ON "expert_network"."experts" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "expert_screening_responses_notify_insert" AFTER INSERT ON "expert_network"."expert_screening_responses" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "expert_screening_responses_notify_update" AFTER UPDATE ON "expert_network"."expert_screening_responses" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "expert_screening_responses_notify_delete" AFTER DELETE ON "expert_network"."expert_screening_responses" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "interviews_notify_insert" AFTER INSERT ON "expert_network"."interviews" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "interviews_notify_update" AFTER UPDATE ON "expert_network"."interviews" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "interviews_notify_delete" AFTER DELETE ON "expert_network"."interviews" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "team_members_notify_insert" AFTER INSERT ON "expert_network"."team_members" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"();
--> statement-breakpoint
CREATE TRIGGER "team_members_notify_update" AFTER UPDATE ON "expert_network"."team_members" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"();
--> statement-breakpoint
CREATE TRIGGER "team_members_notify_delete" AFTER DELETE ON "expert_network"."team_members" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"();
--> statement-breakpoint
CREATE TRIGGER "campaign_team_assignments_notify_insert" AFTER INSERT ON "expert_network"."campaign_team_assignments" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "campaign_team_assignments_notify_update" AFTER UPDATE ON "expert_network"."campaign_team_assignments" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "campaign_team_assignments_notify_delete" AFTER DELETE ON "expert_network"."campaign_team_assignments" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"('campaign_id');
--> statement-breakpoint
CREATE TRIGGER "user_ui_preferences_notify_insert" AFTER INSERT ON "expert_network"."user_ui_preferences" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"();
--> statement-breakpoint
CREATE TRIGGER "user_ui_preferences_notify_update" AFTER UPDATE ON "expert_network"."user_ui_preferences" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"();
--> statement-breakpoint
CREATE TRIGGER "user_ui_preferences_notify_delete" AFTER DELETE ON "expert_network"."user_ui_preferences" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_changes"();
--> statement-breakpoint
CREATE TRIGGER "experts_notify_arrivals" AFTER INSERT ON "expert_network"."experts" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expert_network"."notify_arrivals"();
