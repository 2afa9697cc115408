/**
 * The original app's tables and columns (shared/original-app.md). The upgrade
 * drops the original schema once every row is copied, so it first makes sure
 * that schema holds nothing else: a table or column someone added by hand
 * would otherwise be lost.
 */
import type { SessionQuery } from '../client';

const TIMESTAMPS = ['created_at', 'updated_at'];

const ORIGINAL_COLUMNS: Record<string, string[]> = {
  projects: [
    'id',
    'user_id',
    'project_code',
    'project_name',
    'description',
    'display_order',
    ...TIMESTAMPS,
  ],
  campaigns: [
    'id',
    'user_id',
    'project_id',
    'campaign_name',
    'industry_vertical',
    'custom_industry',
    'brief_description',
    'expanded_description',
    'start_date',
    'target_completion_date',
    'target_regions',
    'custom_regions',
    'min_calls',
    'max_calls',
    'estimated_calls',
    'completed_calls',
    'scheduled_calls',
    'display_order',
    ...TIMESTAMPS,
  ],
  vendor_platforms: [
    'id',
    'name',
    'logo_url',
    'location',
    'overall_score',
    'avg_cost_per_call_min',
    'avg_cost_per_call_max',
    'description',
    'tags',
    'is_active',
    ...TIMESTAMPS,
  ],
  team_members: ['id', 'user_id', 'name', 'email', 'designation', 'avatar_url', 'created_at'],
  campaign_team_assignments: ['campaign_id', 'team_member_id', 'assigned_at'],
  campaign_vendor_enrollments: [
    'id',
    'campaign_id',
    'vendor_platform_id',
    'status',
    'enrolled_at',
    'account_manager_name',
    'account_manager_email',
    'notes',
    ...TIMESTAMPS,
  ],
  experts: [
    'id',
    'campaign_id',
    'vendor_platform_id',
    'name',
    'title',
    'company',
    'avatar_url',
    'description',
    'work_history',
    'skills',
    'rating',
    'ai_fit_score',
    'status',
    'is_new',
    ...TIMESTAMPS,
    'reviewed_at',
  ],
  screening_questions: [
    'id',
    'campaign_id',
    'parent_question_id',
    'question_text',
    'question_type',
    'options',
    'display_order',
    ...TIMESTAMPS,
  ],
  expert_screening_responses: [
    'id',
    'expert_id',
    'screening_question_id',
    'response_text',
    'created_at',
  ],
  interviews: [
    'id',
    'campaign_id',
    'expert_id',
    'scheduled_date',
    'scheduled_time',
    'duration_minutes',
    'timezone',
    'status',
    'color_tag',
    ...TIMESTAMPS,
    'completed_at',
    'cancelled_at',
  ],
  user_ui_preferences: [
    'user_id',
    'column_widths',
    'panel_sizing',
    'theme',
    'expanded_projects',
    'updated_at',
  ],
};

/** Added by its migration 004: a deployment that stopped at 003 lacks it. */
const LATER_COLUMNS = new Set(['campaigns.custom_regions']);
const ORIGINAL_FUNCTIONS = new Set(['update_updated_at_column']);

/** What in `schema` is not the original app's, or is missing from it (empty: all as expected). */
export async function differencesFromOriginal(
  query: SessionQuery,
  schema: string,
): Promise<string[]> {
  const columns = await query<{ table_name: string; column_name: string }>(
    `SELECT c.relname AS table_name, a.attname AS column_name
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')`,
    [schema],
  );
  const functions = await query<{ name: string }>(
    `SELECT p.proname AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = $1`,
    [schema],
  );
  const found = new Map<string, Set<string>>();
  for (const row of columns) {
    const set = found.get(row.table_name) ?? new Set();
    if (row.column_name) set.add(row.column_name);
    found.set(row.table_name, set);
  }
  const differences: string[] = [];
  for (const [table, cols] of found) {
    const known = ORIGINAL_COLUMNS[table];
    if (!known) {
      differences.push(`${schema}.${table} is not one of the original app's tables`);
      continue;
    }
    for (const col of cols) {
      if (!known.includes(col))
        differences.push(`${schema}.${table}.${col} is not one of the original app's columns`);
    }
  }
  for (const [table, known] of Object.entries(ORIGINAL_COLUMNS)) {
    const cols = found.get(table);
    if (!cols) {
      differences.push(`${schema}.${table} is missing`);
      continue;
    }
    for (const col of known) {
      if (!cols.has(col) && !LATER_COLUMNS.has(`${table}.${col}`)) {
        differences.push(`${schema}.${table}.${col} is missing`);
      }
    }
  }
  for (const fn of functions) {
    if (!ORIGINAL_FUNCTIONS.has(fn.name))
      differences.push(`${schema}.${fn.name}() is not the original app's`);
  }
  return differences;
}
