/**
 * The original app's database as its own runner left it (shared/original-app.md):
 * Better Auth's tables, the `expert_network` schema of its four migrations, its
 * trigger function and its tracking table. Data comes from original-data.ts.
 */

/** Better Auth 1.x's own tables, as a deployment of it has them. */
export const BETTER_AUTH_TABLES = [
  `CREATE TABLE "user" ("id" text not null primary key, "name" text not null, "email" text not null unique,
    "emailVerified" boolean not null, "image" text,
    "createdAt" timestamptz default CURRENT_TIMESTAMP not null,
    "updatedAt" timestamptz default CURRENT_TIMESTAMP not null)`,
  `CREATE TABLE "session" ("id" text not null primary key, "expiresAt" timestamptz not null,
    "token" text not null unique, "createdAt" timestamptz default CURRENT_TIMESTAMP not null,
    "updatedAt" timestamptz not null, "ipAddress" text, "userAgent" text,
    "userId" text not null references "user" ("id") on delete cascade)`,
  `CREATE TABLE "account" ("id" text not null primary key, "accountId" text not null,
    "providerId" text not null, "userId" text not null references "user" ("id") on delete cascade,
    "accessToken" text, "refreshToken" text, "idToken" text, "accessTokenExpiresAt" timestamptz,
    "refreshTokenExpiresAt" timestamptz, "scope" text, "password" text,
    "createdAt" timestamptz default CURRENT_TIMESTAMP not null, "updatedAt" timestamptz not null)`,
  `CREATE TABLE "verification" ("id" text not null primary key, "identifier" text not null,
    "value" text not null, "expiresAt" timestamptz not null,
    "createdAt" timestamptz default CURRENT_TIMESTAMP not null,
    "updatedAt" timestamptz default CURRENT_TIMESTAMP not null)`,
  `CREATE INDEX "session_userId_idx" on "session" ("userId")`,
  `CREATE INDEX "account_userId_idx" on "account" ("userId")`,
  `CREATE INDEX "verification_identifier_idx" on "verification" ("identifier")`,
];

const UPDATED_AT_TABLES = [
  'campaign_vendor_enrollments',
  'campaigns',
  'experts',
  'interviews',
  'projects',
  'screening_questions',
  'user_ui_preferences',
  'vendor_platforms',
];

/**
 * Its migrations 001 (schema), 003 (vendor tags: data only) and 004
 * (campaigns.custom_regions). The extensions are created where the server has
 * them: PostgreSQL does; the embedded database (PGlite) only when opened with
 * them, which the app never does, so there the fixture goes without.
 */
export const ORIGINAL_SCHEMA = [
  `DO $$ BEGIN
     IF EXISTS (SELECT FROM pg_available_extensions WHERE name = 'uuid-ossp') THEN
       CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
     END IF;
     IF EXISTS (SELECT FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
       CREATE EXTENSION IF NOT EXISTS pg_trgm;
     END IF;
   END $$`,
  'CREATE SCHEMA expert_network',
  `CREATE TABLE expert_network.projects (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(), user_id text NOT NULL, project_code text NOT NULL,
    project_name text NOT NULL, description text, display_order integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT projects_user_code_unique UNIQUE (user_id, project_code))`,
  `CREATE TABLE expert_network.campaigns (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(), user_id text NOT NULL,
    project_id uuid REFERENCES expert_network.projects(id) ON DELETE SET NULL,
    campaign_name text NOT NULL, industry_vertical text NOT NULL, custom_industry text,
    brief_description text, expanded_description text, start_date date NOT NULL,
    target_completion_date date NOT NULL, target_regions text[] NOT NULL DEFAULT '{}'::text[],
    min_calls integer, max_calls integer, estimated_calls integer,
    completed_calls integer NOT NULL DEFAULT 0, scheduled_calls integer NOT NULL DEFAULT 0,
    display_order integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE TABLE expert_network.vendor_platforms (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL UNIQUE, logo_url text,
    location text, overall_score numeric, avg_cost_per_call_min integer,
    avg_cost_per_call_max integer, description text, tags text[] DEFAULT '{}'::text[],
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE TABLE expert_network.team_members (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(), user_id text NOT NULL, name text NOT NULL,
    email text, designation text NOT NULL, avatar_url text,
    created_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE TABLE expert_network.campaign_team_assignments (
    campaign_id uuid NOT NULL REFERENCES expert_network.campaigns(id) ON DELETE CASCADE,
    team_member_id uuid NOT NULL REFERENCES expert_network.team_members(id) ON DELETE CASCADE,
    assigned_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (campaign_id, team_member_id))`,
  `CREATE TABLE expert_network.campaign_vendor_enrollments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    campaign_id uuid NOT NULL REFERENCES expert_network.campaigns(id) ON DELETE CASCADE,
    vendor_platform_id uuid NOT NULL REFERENCES expert_network.vendor_platforms(id) ON DELETE CASCADE,
    status text NOT NULL DEFAULT 'pending', enrolled_at timestamptz, account_manager_name text,
    account_manager_email text, notes text,
    created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT enrollment_unique UNIQUE (campaign_id, vendor_platform_id))`,
  `CREATE TABLE expert_network.experts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    campaign_id uuid NOT NULL REFERENCES expert_network.campaigns(id) ON DELETE CASCADE,
    vendor_platform_id uuid NOT NULL REFERENCES expert_network.vendor_platforms(id),
    name text NOT NULL, title text NOT NULL, company text, avatar_url text, description text,
    work_history text, skills text[] DEFAULT '{}'::text[],
    rating numeric CHECK (rating >= 0 AND rating <= 5),
    ai_fit_score integer CHECK (ai_fit_score >= 0 AND ai_fit_score <= 10),
    status text NOT NULL DEFAULT 'proposed', is_new boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
    reviewed_at timestamptz)`,
  `CREATE TABLE expert_network.screening_questions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    campaign_id uuid NOT NULL REFERENCES expert_network.campaigns(id) ON DELETE CASCADE,
    parent_question_id uuid REFERENCES expert_network.screening_questions(id) ON DELETE CASCADE,
    question_text text NOT NULL, question_type text DEFAULT 'text', options jsonb,
    display_order integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE TABLE expert_network.expert_screening_responses (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    expert_id uuid NOT NULL REFERENCES expert_network.experts(id) ON DELETE CASCADE,
    screening_question_id uuid NOT NULL REFERENCES expert_network.screening_questions(id) ON DELETE CASCADE,
    response_text text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE TABLE expert_network.interviews (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    campaign_id uuid NOT NULL REFERENCES expert_network.campaigns(id) ON DELETE CASCADE,
    expert_id uuid NOT NULL REFERENCES expert_network.experts(id) ON DELETE CASCADE,
    scheduled_date date NOT NULL, scheduled_time time without time zone NOT NULL,
    duration_minutes integer NOT NULL DEFAULT 60, timezone text NOT NULL DEFAULT 'UTC',
    status text NOT NULL DEFAULT 'scheduled', color_tag text,
    created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
    completed_at timestamptz, cancelled_at timestamptz)`,
  `CREATE TABLE expert_network.user_ui_preferences (
    user_id text PRIMARY KEY,
    column_widths jsonb NOT NULL DEFAULT '{"industry": 180, "dragHandle": 16, "campaignName": 400}'::jsonb,
    panel_sizing jsonb NOT NULL DEFAULT '{"chatWidth": 400, "answerWidth": 600}'::jsonb,
    theme text NOT NULL DEFAULT 'light' CHECK (theme = ANY (ARRAY['light'::text, 'dark'::text])),
    expanded_projects text[] DEFAULT '{}'::text[], updated_at timestamptz NOT NULL DEFAULT now())`,
  'CREATE INDEX idx_campaigns_user ON expert_network.campaigns (user_id)',
  'CREATE INDEX idx_experts_campaign_status ON expert_network.experts (campaign_id, status)',
  'CREATE INDEX idx_interviews_date ON expert_network.interviews (scheduled_date)',
  'CREATE INDEX idx_team_members_user ON expert_network.team_members (user_id)',
  // A trigram index where the extension exists, as the original had for name search.
  `DO $$ BEGIN
     IF EXISTS (SELECT FROM pg_extension WHERE extname = 'pg_trgm') THEN
       CREATE INDEX idx_experts_name ON expert_network.experts USING gin (name gin_trgm_ops);
     ELSE
       CREATE INDEX idx_experts_name ON expert_network.experts (name);
     END IF;
   END $$`,
  `CREATE FUNCTION expert_network.update_updated_at_column() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN NEW.updated_at = now(); RETURN NEW; END; $$`,
  ...UPDATED_AT_TABLES.map(
    (table) =>
      `CREATE TRIGGER update_${table}_updated_at BEFORE UPDATE ON expert_network.${table}
       FOR EACH ROW EXECUTE FUNCTION expert_network.update_updated_at_column()`,
  ),
  // 004_add_custom_regions
  'ALTER TABLE expert_network.campaigns ADD COLUMN custom_regions text',
  `CREATE TABLE public.schema_migrations (id serial PRIMARY KEY,
    migration_name text NOT NULL UNIQUE, executed_at timestamptz NOT NULL DEFAULT now())`,
];

export const ORIGINAL_MIGRATIONS = [
  '001_create_expert_network_schema',
  '002_seed_vendor_platforms',
  '003_enhance_vendor_tags',
  '004_add_custom_regions',
];
