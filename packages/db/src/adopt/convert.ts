/**
 * The copy from the original schema (renamed to ORIGINAL_SCHEMA) into ours, one
 * table at a time, parents first. Each table's rows that break our rules are
 * recorded in SET_ASIDE first: `set aside` (not copied: the row is there as it
 * was) or `changed` (copied, with what was changed and why); then the rest is
 * copied with its conversions.
 */
import {
  ENROLLMENT_STATUS_MAP,
  EXPERT_STATUS_MAP,
  INTERVIEW_STATUS_MAP,
  mapToSql,
  QUESTION_TYPE_MAP,
} from './mappings';

export const ORIGINAL_SCHEMA = 'expert_network_original';
export const SET_ASIDE = 'expert_network.adoption_set_aside';
const O = ORIGINAL_SCHEMA;
const N = 'expert_network';

export const CREATE_SET_ASIDE = `CREATE TABLE ${SET_ASIDE} (
  id serial PRIMARY KEY,
  source_table text NOT NULL,
  source_id text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('set aside', 'changed')),
  reason text NOT NULL,
  original_row jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
)`;

/** Records each row of `select` (source_id, reason, original_row) whose reason is not null. */
function record(table: string, outcome: 'set aside' | 'changed', select: string): string {
  return `INSERT INTO ${SET_ASIDE} (source_table, outcome, source_id, reason, original_row)
    SELECT '${table}', '${outcome}', r.source_id, r.reason, r.original_row FROM (${select}) r
    WHERE r.reason IS NOT NULL ORDER BY r.source_id`;
}

/** True for a row of `table` that was not set aside. */
const kept = (table: string, id: string) =>
  `NOT EXISTS (SELECT FROM ${SET_ASIDE} s WHERE s.source_table = '${table}'
    AND s.outcome = 'set aside' AND s.source_id = ${id})`;

const ownerMissing = (alias: string) =>
  `CASE WHEN NOT EXISTS (SELECT FROM public."user" u WHERE u.id = ${alias}.user_id)
    THEN format('its owner %s is not a user of this app (no row in public.user)', ${alias}.user_id) END`;

/** Sets aside the rows of a user-owned table whose owner is gone from Better Auth. */
const setAsideOrphans = (table: string, id = 't.id::text') =>
  record(
    table,
    'set aside',
    `SELECT ${id} AS source_id, ${ownerMissing('t')} AS reason, to_jsonb(t) AS original_row FROM ${O}.${table} t`,
  );

const campaignGone = (table: string) =>
  record(
    table,
    'set aside',
    `SELECT t.id::text AS source_id, CASE WHEN c.id IS NULL THEN 'its campaign was set aside' END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.${table} t LEFT JOIN ${N}.campaigns c ON c.id = t.campaign_id`,
  );

const slug = `trim(both '-' from regexp_replace(lower(btrim(o.name)), '[^a-z0-9]+', '-', 'g'))`;

const vendors = [
  record(
    'vendor_platforms',
    'changed',
    `SELECT o.id::text AS source_id,
       'not one of our vendors: added to the directory (a missing location, score or cost is empty or 0)' AS reason,
       to_jsonb(o) AS original_row
     FROM ${O}.vendor_platforms o
     WHERE NOT EXISTS (SELECT FROM ${N}.vendor_platforms v WHERE lower(v.name) = lower(btrim(o.name)))`,
  ),
  `INSERT INTO ${N}.vendor_platforms (name, slug, logo_url, location, overall_score,
     avg_cost_per_call_min_cents, avg_cost_per_call_max_cents, description, tags, is_active, created_at, updated_at)
   SELECT btrim(o.name),
     CASE WHEN EXISTS (SELECT FROM ${N}.vendor_platforms v WHERE v.slug = ${slug})
       THEN ${slug} || '-' || left(o.id::text, 8) ELSE ${slug} END,
     o.logo_url, coalesce(o.location, ''), round(least(greatest(coalesce(o.overall_score, 0), 0), 5), 1),
     greatest(coalesce(o.avg_cost_per_call_min, 0), 0) * 100,
     greatest(coalesce(o.avg_cost_per_call_max, o.avg_cost_per_call_min, 0), coalesce(o.avg_cost_per_call_min, 0), 0) * 100,
     coalesce(o.description, ''), coalesce(o.tags, '{}'), o.is_active, o.created_at, o.updated_at
   FROM ${O}.vendor_platforms o
   WHERE NOT EXISTS (SELECT FROM ${N}.vendor_platforms v WHERE lower(v.name) = lower(btrim(o.name)))`,
  `CREATE TEMP TABLE adopt_vendor ON COMMIT DROP AS
   SELECT o.id AS original_id, v.id FROM ${O}.vendor_platforms o
   JOIN ${N}.vendor_platforms v ON lower(v.name) = lower(btrim(o.name))`,
];

const projects = [
  setAsideOrphans('projects'),
  `INSERT INTO ${N}.projects (id, user_id, project_code, project_name, description, display_order, created_at, updated_at)
   SELECT id, user_id, project_code, project_name, description, display_order, created_at, updated_at
   FROM ${O}.projects t WHERE ${kept('projects', 't.id::text')}`,
];

const callsClash = 't.min_calls > t.max_calls';
const campaigns = [
  setAsideOrphans('campaigns'),
  record(
    'campaigns',
    'changed',
    `SELECT t.id::text AS source_id, CASE WHEN t.project_id IS NOT NULL AND NOT EXISTS (
         SELECT FROM ${N}.projects p WHERE p.id = t.project_id AND p.user_id = t.user_id)
       THEN format('filed under project %s, which is another user''s or was set aside: now under "Other campaigns"', t.project_id) END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.campaigns t WHERE ${kept('campaigns', 't.id::text')}`,
  ),
  record(
    'campaigns',
    'changed',
    `SELECT t.id::text AS source_id, CASE
         WHEN ${callsClash} THEN format('minimum calls %s above maximum calls %s: both cleared', t.min_calls, t.max_calls)
         WHEN least(t.min_calls, t.max_calls, t.estimated_calls) < 0 THEN 'a negative call count: cleared' END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.campaigns t WHERE ${kept('campaigns', 't.id::text')}`,
  ),
  record(
    'campaigns',
    'changed',
    `SELECT t.id::text AS source_id, CASE WHEN t.start_date > t.target_completion_date
       THEN format('target completion %s before start %s: target cleared', t.target_completion_date, t.start_date) END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.campaigns t WHERE ${kept('campaigns', 't.id::text')}`,
  ),
  `INSERT INTO ${N}.campaigns (id, user_id, project_id, campaign_name, industry_vertical, custom_industry,
     brief_description, expanded_description, start_date, target_completion_date, target_regions, custom_regions,
     min_calls, max_calls, estimated_calls, status, display_order, created_at, updated_at)
   SELECT t.id, t.user_id, p.id, t.campaign_name, t.industry_vertical, t.custom_industry,
     coalesce(t.brief_description, ''), t.expanded_description, t.start_date,
     CASE WHEN t.start_date > t.target_completion_date THEN NULL ELSE t.target_completion_date END,
     coalesce(t.target_regions, '{}'),
     array(SELECT btrim(r) FROM regexp_split_to_table(coalesce(to_jsonb(t)->>'custom_regions', ''), '[,;\\n]')
       WITH ORDINALITY AS s(r, n) WHERE btrim(r) <> '' ORDER BY n),
     CASE WHEN ${callsClash} OR t.min_calls < 0 THEN NULL ELSE t.min_calls END,
     CASE WHEN ${callsClash} OR t.max_calls < 0 THEN NULL ELSE t.max_calls END,
     CASE WHEN t.estimated_calls < 0 THEN NULL ELSE t.estimated_calls END,
     'active', t.display_order, t.created_at, t.updated_at
   FROM ${O}.campaigns t
   LEFT JOIN ${N}.projects p ON p.id = t.project_id AND p.user_id = t.user_id
   WHERE ${kept('campaigns', 't.id::text')}`,
];

const teamMembers = [
  setAsideOrphans('team_members'),
  `CREATE TEMP TABLE adopt_member_email ON COMMIT DROP AS
   SELECT t.id, nullif(btrim(t.email), '') AS email,
     row_number() OVER (PARTITION BY t.user_id, nullif(btrim(t.email), '') ORDER BY t.created_at, t.id) > 1
       AND nullif(btrim(t.email), '') IS NOT NULL AS duplicate
   FROM ${O}.team_members t WHERE ${kept('team_members', 't.id::text')}`,
  record(
    'team_members',
    'changed',
    `SELECT t.id::text AS source_id, CASE WHEN e.duplicate
       THEN format('email %s is also an earlier team member''s of this user: cleared on this one', e.email) END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.team_members t JOIN adopt_member_email e ON e.id = t.id`,
  ),
  `INSERT INTO ${N}.team_members (id, user_id, name, email, designation, avatar_url, created_at, updated_at)
   SELECT t.id, t.user_id, t.name, CASE WHEN e.duplicate THEN NULL ELSE e.email END, t.designation, t.avatar_url,
     t.created_at, t.created_at
   FROM ${O}.team_members t JOIN adopt_member_email e ON e.id = t.id`,
];

const assignmentId = `t.campaign_id::text || '/' || t.team_member_id::text`;
const assignments = [
  record(
    'campaign_team_assignments',
    'set aside',
    `SELECT ${assignmentId} AS source_id, CASE
         WHEN c.id IS NULL THEN 'its campaign was set aside'
         WHEN m.id IS NULL THEN 'its team member was set aside'
         WHEN m.user_id <> c.user_id THEN format('links campaign %s (of %s) to team member %s (of %s)',
           c.id, c.user_id, m.id, m.user_id) END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.campaign_team_assignments t
     LEFT JOIN ${N}.campaigns c ON c.id = t.campaign_id
     LEFT JOIN ${N}.team_members m ON m.id = t.team_member_id`,
  ),
  `INSERT INTO ${N}.campaign_team_assignments (user_id, campaign_id, team_member_id, assigned_at, created_at, updated_at)
   SELECT c.user_id, t.campaign_id, t.team_member_id, t.assigned_at, t.assigned_at, t.assigned_at
   FROM ${O}.campaign_team_assignments t
   JOIN ${N}.campaigns c ON c.id = t.campaign_id
   JOIN ${N}.team_members m ON m.id = t.team_member_id AND m.user_id = c.user_id`,
];

const unknownValue = (table: string, column: string, map: string, fallback: string) =>
  record(
    table,
    'changed',
    `SELECT t.id::text AS source_id, CASE WHEN ${map} IS NULL
       THEN format('${column} %L is not one we know: now ${fallback}', t.${column}) END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.${table} t JOIN ${N}.campaigns c ON c.id = t.campaign_id`,
  );

const enrollmentStatus = mapToSql('t.status', ENROLLMENT_STATUS_MAP);
const enrollments = [
  campaignGone('campaign_vendor_enrollments'),
  unknownValue('campaign_vendor_enrollments', 'status', enrollmentStatus, 'pending'),
  `INSERT INTO ${N}.campaign_vendor_enrollments (id, user_id, campaign_id, vendor_platform_id, status, enrolled_at,
     account_manager_name, account_manager_email, notes, created_at, updated_at)
   SELECT t.id, c.user_id, t.campaign_id, v.id, coalesce(${enrollmentStatus}, 'pending')::${N}.enrollment_status,
     coalesce(t.enrolled_at, t.created_at), t.account_manager_name, t.account_manager_email, t.notes,
     t.created_at, t.updated_at
   FROM ${O}.campaign_vendor_enrollments t
   JOIN ${N}.campaigns c ON c.id = t.campaign_id
   JOIN adopt_vendor v ON v.original_id = t.vendor_platform_id`,
];

const expertStatus = mapToSql('t.status', EXPERT_STATUS_MAP);
const experts = [
  campaignGone('experts'),
  unknownValue('experts', 'status', expertStatus, 'proposed'),
  record(
    'experts',
    'changed',
    `SELECT t.id::text AS source_id, CASE WHEN round(t.rating, 1) <> t.rating
       THEN format('rating %s rounded to %s (one decimal)', t.rating, round(t.rating, 1)) END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.experts t JOIN ${N}.campaigns c ON c.id = t.campaign_id`,
  ),
  `INSERT INTO ${N}.experts (id, user_id, campaign_id, vendor_platform_id, name, title, company, avatar_url,
     description, work_history, skills, rating, ai_fit_score, status, is_new, reviewed_at, created_at, updated_at)
   SELECT t.id, c.user_id, t.campaign_id, v.id, t.name, t.title, t.company, t.avatar_url,
     CASE WHEN w.entries IS NULL AND nullif(btrim(t.work_history), '') IS NOT NULL
       THEN concat_ws(E'\\n\\n', t.description, 'Work history:' || E'\\n' || btrim(t.work_history))
       ELSE t.description END,
     coalesce(w.entries, '[]'::jsonb), coalesce(t.skills, '{}'), round(t.rating, 1), t.ai_fit_score,
     coalesce(${expertStatus}, 'proposed')::${N}.expert_status, t.is_new, t.reviewed_at, t.created_at, t.updated_at
   FROM ${O}.experts t
   JOIN ${N}.campaigns c ON c.id = t.campaign_id
   JOIN adopt_vendor v ON v.original_id = t.vendor_platform_id
   LEFT JOIN adopt_work_history w ON w.id = t.id`,
];

const questionType = mapToSql('t.question_type', QUESTION_TYPE_MAP);
const choiceList = `(SELECT jsonb_agg(CASE WHEN jsonb_typeof(x) = 'string' THEN x
    ELSE coalesce(x->'label', x->'value', to_jsonb(x::text)) END ORDER BY n)
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(o) = 'array' THEN o ELSE '[]' END) WITH ORDINALITY AS e(x, n))`;
/** The original's options (a list, or an object) in our shape: {choices} or {scale}; NULL when unreadable. */
const options = `(SELECT CASE
    WHEN o IS NULL OR o = 'null'::jsonb THEN '{}'::jsonb
    WHEN jsonb_typeof(o) = 'array' THEN jsonb_build_object('choices', coalesce(${choiceList}, '[]'))
    WHEN jsonb_typeof(o) = 'object' AND (o ? 'choices' OR o ? 'scale') THEN o
    WHEN jsonb_typeof(o) = 'object' AND jsonb_typeof(o->'min') = 'number' AND jsonb_typeof(o->'max') = 'number'
      THEN jsonb_build_object('scale', jsonb_strip_nulls(jsonb_build_object('min', o->'min', 'max', o->'max',
        'minLabel', o->'minLabel', 'maxLabel', o->'maxLabel')))
    END FROM (SELECT t.options AS o) AS opts)`;
const questions = [
  campaignGone('screening_questions'),
  record(
    'screening_questions',
    'changed',
    `SELECT t.id::text AS source_id, CASE WHEN parent.campaign_id <> t.campaign_id
       THEN format('follow-up of question %s, which is in another campaign: now a question of its own', parent.id) END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.screening_questions t JOIN ${N}.campaigns c ON c.id = t.campaign_id
     JOIN ${O}.screening_questions parent ON parent.id = t.parent_question_id`,
  ),
  record(
    'screening_questions',
    'changed',
    `SELECT t.id::text AS source_id, CASE WHEN t.question_type IS NOT NULL AND ${questionType} IS NULL
       THEN format('question_type %L is not one we know: now text', t.question_type) END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.screening_questions t JOIN ${N}.campaigns c ON c.id = t.campaign_id`,
  ),
  record(
    'screening_questions',
    'changed',
    `SELECT t.id::text AS source_id, CASE WHEN ${options} IS NULL
       THEN format('options %s could not be read: kept only here', t.options) END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.screening_questions t JOIN ${N}.campaigns c ON c.id = t.campaign_id`,
  ),
  `INSERT INTO ${N}.screening_questions (id, user_id, campaign_id, parent_question_id, question_text, question_type,
     options, display_order, created_at, updated_at)
   SELECT t.id, c.user_id, t.campaign_id, parent.id, t.question_text,
     coalesce(${questionType}, 'text')::${N}.question_type, coalesce(${options}, '{}'), t.display_order,
     t.created_at, t.updated_at
   FROM ${O}.screening_questions t
   JOIN ${N}.campaigns c ON c.id = t.campaign_id
   LEFT JOIN ${O}.screening_questions parent ON parent.id = t.parent_question_id AND parent.campaign_id = t.campaign_id`,
];

const responses = [
  record(
    'expert_screening_responses',
    'set aside',
    `SELECT t.id::text AS source_id, CASE
         WHEN x.id IS NULL THEN 'its expert was set aside'
         WHEN q.id IS NULL THEN 'its question was set aside'
         WHEN q.campaign_id <> x.campaign_id THEN format(
           'answers question %s of campaign %s (of %s), but its expert is in campaign %s (of %s)',
           q.id, q.campaign_id, q.user_id, x.campaign_id, x.user_id) END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.expert_screening_responses t
     LEFT JOIN ${N}.experts x ON x.id = t.expert_id
     LEFT JOIN ${N}.screening_questions q ON q.id = t.screening_question_id`,
  ),
  `INSERT INTO ${N}.expert_screening_responses (id, user_id, campaign_id, expert_id, screening_question_id,
     response_text, created_at, updated_at)
   SELECT t.id, x.user_id, x.campaign_id, t.expert_id, t.screening_question_id, t.response_text,
     t.created_at, t.created_at
   FROM ${O}.expert_screening_responses t
   JOIN ${N}.experts x ON x.id = t.expert_id
   JOIN ${N}.screening_questions q ON q.id = t.screening_question_id
     AND q.campaign_id = x.campaign_id AND q.user_id = x.user_id`,
];

const interviewStatus = mapToSql('t.status', INTERVIEW_STATUS_MAP);
const interviewFallback = `CASE WHEN t.completed_at IS NOT NULL THEN 'completed'
  WHEN t.cancelled_at IS NOT NULL THEN 'cancelled' ELSE 'scheduled' END`;
const interviews = [
  // The zone as written ('' is none: UTC), matched to PostgreSQL's zone names ignoring case.
  `CREATE TEMP TABLE adopt_interview_time ON COMMIT DROP AS
   SELECT t.id, nullif(btrim(t.timezone), '') IS NULL AS no_zone, z.name AS zone,
     t.scheduled_date + t.scheduled_time AS local_time
   FROM ${O}.interviews t
   LEFT JOIN LATERAL (
     SELECT name FROM pg_timezone_names
     WHERE lower(name) = lower(coalesce(nullif(btrim(t.timezone), ''), 'UTC'))
     ORDER BY name = btrim(t.timezone) DESC, name LIMIT 1) z ON true`,
  record(
    'interviews',
    'set aside',
    `SELECT t.id::text AS source_id, CASE
         WHEN c.id IS NULL THEN 'its campaign was set aside'
         WHEN x.id IS NULL THEN 'its expert was set aside'
         WHEN x.campaign_id <> t.campaign_id THEN format(
           'its expert %s is in campaign %s (of %s), not in the interview''s campaign %s (of %s)',
           x.id, x.campaign_id, x.user_id, c.id, c.user_id)
         WHEN a.zone IS NULL THEN format('time zone %L is not one PostgreSQL knows, so %s %s cannot be placed in time',
           t.timezone, t.scheduled_date, t.scheduled_time)
         WHEN (a.local_time AT TIME ZONE a.zone) AT TIME ZONE a.zone <> a.local_time THEN format(
           '%s %s does not exist in %s (the clocks skipped it)', t.scheduled_date, t.scheduled_time, a.zone) END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.interviews t JOIN adopt_interview_time a ON a.id = t.id
     LEFT JOIN ${N}.campaigns c ON c.id = t.campaign_id
     LEFT JOIN ${N}.experts x ON x.id = t.expert_id`,
  ),
  record(
    'interviews',
    'changed',
    `SELECT t.id::text AS source_id, CASE WHEN a.no_zone
       THEN format('no time zone: %s %s read as UTC', t.scheduled_date, t.scheduled_time) END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.interviews t JOIN adopt_interview_time a ON a.id = t.id WHERE ${kept('interviews', 't.id::text')}`,
  ),
  record(
    'interviews',
    'changed',
    `SELECT t.id::text AS source_id, CASE WHEN ${interviewStatus} IS NULL
       THEN format('status %L is not one we know: now %s', t.status, ${interviewFallback}) END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.interviews t WHERE ${kept('interviews', 't.id::text')}`,
  ),
  record(
    'interviews',
    'changed',
    `SELECT t.id::text AS source_id, CASE WHEN t.duration_minutes NOT BETWEEN 5 AND 480
       THEN format('duration %s minutes is outside 5 to 480: now %s', t.duration_minutes,
         least(greatest(t.duration_minutes, 5), 480)) END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.interviews t WHERE ${kept('interviews', 't.id::text')}`,
  ),
  `INSERT INTO ${N}.interviews (id, user_id, campaign_id, expert_id, scheduled_at, timezone, duration_minutes,
     status, color_tag, completed_at, cancelled_at, created_at, updated_at)
   SELECT t.id, c.user_id, t.campaign_id, t.expert_id, a.local_time AT TIME ZONE a.zone, a.zone,
     least(greatest(t.duration_minutes, 5), 480),
     coalesce(${interviewStatus}, ${interviewFallback})::${N}.interview_status, t.color_tag,
     t.completed_at, t.cancelled_at, t.created_at, t.updated_at
   FROM ${O}.interviews t
   JOIN adopt_interview_time a ON a.id = t.id
   JOIN ${N}.campaigns c ON c.id = t.campaign_id
   WHERE ${kept('interviews', 't.id::text')}`,
];

const expandedIds = (alias: string) => `(SELECT coalesce(jsonb_agg(id ORDER BY n), '[]') FROM (
    SELECT DISTINCT ON (p.id) p.id::text AS id, e.n
    FROM unnest(coalesce(${alias}.expanded_projects, '{}')) WITH ORDINALITY AS e(v, n)
    JOIN ${N}.projects p ON p.user_id = ${alias}.user_id AND (p.id::text = e.v OR p.project_code = e.v)
    ORDER BY p.id, e.n) s)`;
const preferences = [
  setAsideOrphans('user_ui_preferences', 't.user_id'),
  record(
    'user_ui_preferences',
    'changed',
    `SELECT t.user_id AS source_id, CASE WHEN jsonb_array_length(${expandedIds('t')}) < cardinality(t.expanded_projects)
       THEN format('expanded projects %s: only this user''s projects are kept', t.expanded_projects) END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.user_ui_preferences t WHERE ${kept('user_ui_preferences', 't.user_id')}`,
  ),
  // Column widths in px are ours too, under the campaigns table; panel sizes were px, ours are percent.
  `INSERT INTO ${N}.user_ui_preferences (user_id, theme, column_widths, panel_sizing, expanded_projects, created_at, updated_at)
   SELECT t.user_id, (CASE WHEN t.theme IN ('light', 'dark') THEN t.theme ELSE 'system' END)::${N}.theme,
     coalesce((SELECT jsonb_build_object('campaigns', jsonb_object_agg(key, value)) FROM jsonb_each(t.column_widths)
       WHERE jsonb_typeof(value) = 'number' AND value::numeric BETWEEN 20 AND 2000), '{}'),
     '{}', ${expandedIds('t')}, t.updated_at, t.updated_at
   FROM ${O}.user_ui_preferences t WHERE ${kept('user_ui_preferences', 't.user_id')}`,
];

const counts = [
  record(
    'campaigns',
    'changed',
    `SELECT t.id::text AS source_id, CASE WHEN (t.completed_calls, t.scheduled_calls) <> (f.completed, f.scheduled)
       THEN format('stored %s completed and %s scheduled calls; its interviews here give %s and %s, which is what the app shows',
         t.completed_calls, t.scheduled_calls, f.completed, f.scheduled) END AS reason,
       to_jsonb(t) AS original_row
     FROM ${O}.campaigns t JOIN ${N}.campaigns c ON c.id = t.id
     CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE i.status = 'completed') AS completed,
       count(*) FILTER (WHERE i.status = 'scheduled') AS scheduled
       FROM ${N}.interviews i WHERE i.campaign_id = c.id) f`,
  ),
];

/** Every statement of the copy, in order. Needs the temp table adopt_work_history(id, entries). */
export const COPY_STATEMENTS = [
  ...vendors,
  ...projects,
  ...campaigns,
  ...teamMembers,
  ...assignments,
  ...enrollments,
  ...experts,
  ...questions,
  ...responses,
  ...interviews,
  ...preferences,
  ...counts,
];

/** The original tables, in the order they are copied (parents first). */
export const COPIED_TABLES = [
  'vendor_platforms',
  'projects',
  'campaigns',
  'team_members',
  'campaign_team_assignments',
  'campaign_vendor_enrollments',
  'experts',
  'screening_questions',
  'expert_screening_responses',
  'interviews',
  'user_ui_preferences',
] as const;
