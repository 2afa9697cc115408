/**
 * Upgrading the original app's database in place (src/adopt), on the fixture
 * deployment of src/testing/original-*.ts: every row copied or set aside, the
 * conversions, both histories, dry run, a second run, two runs at once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { COPIED_TABLES } from '../src/adopt/convert';
import { ORIGINAL_TRACKING_TABLE } from '../src/adopt/detect';
import { BASELINE_MIGRATIONS } from '../src/adopt/upgrade';
import { createDbClient, type DbClient, type SessionQuery } from '../src/client';
import { placeUnplacedExperts } from '../src/matching';
import { migrate, readMigrations } from '../src/migrations';
import { databaseStatus, formatDatabaseStatus } from '../src/status';
import {
  createOriginalDeployment,
  createTestDatabase,
  GONE_USER,
  ORIGINAL_IDS as IDS,
  ORIGINAL_MIGRATIONS,
  ORIGINAL_USERS,
  type TestDatabase,
} from '../src/testing';
import { betterAuthSnapshot } from './auth-snapshot';

const TABLES = COPIED_TABLES;

const opened: TestDatabase[] = [];
async function originalDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase({ migrated: false });
  opened.push(db);
  await db.withSession(createOriginalDeployment);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.dispose()));
});

const rows = <T = Record<string, unknown>>(db: DbClient, sql: string, params?: unknown[]) =>
  db.withSession((q) => q<T>(sql, params));

async function countIn(db: DbClient, schema: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await rows<{ n: number }>(
      db,
      `SELECT count(*)::int AS n FROM ${schema}.${table}`,
    );
    counts[table] = row?.n ?? 0;
  }
  return counts;
}

/** Every schema, table, column and row count: what "nothing was written" compares. */
async function everything(query: SessionQuery) {
  const tables = await query<{ schema: string; name: string }>(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
     WHERE table_schema IN ('public', 'expert_network', 'expert_network_original') ORDER BY 1, 2`,
  );
  const result: Record<string, unknown> = {
    schemas: await query(`SELECT nspname FROM pg_namespace ORDER BY 1`),
    columns: await query(
      `SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema IN ('public', 'expert_network') ORDER BY 1, 2, 3`,
    ),
    functions: await query(
      `SELECT n.nspname, p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname IN ('public', 'expert_network') ORDER BY 1, 2`,
    ),
  };
  for (const t of tables) {
    result[`${t.schema}.${t.name}`] = await query(
      `SELECT to_jsonb(t)::text AS row FROM "${t.schema}"."${t.name}" t ORDER BY 1`,
    );
  }
  return result;
}

const migrationsAfterBaseline = () =>
  readMigrations()
    .map((m) => m.name)
    .filter((n) => !BASELINE_MIGRATIONS.includes(n));

describe('upgrading the original app', () => {
  it('copies every row or sets it aside with its reason, and keeps Better Auth as it was', async () => {
    const db = await originalDatabase();
    const before = await countIn(db, 'expert_network');
    const auth = await betterAuthSnapshot(db);

    const result = await migrate(db);
    const report = result.upgrade;
    expect(report).toBeDefined();
    // The baseline was recorded by the upgrade; only the migrations after it ran.
    expect(result.applied).toEqual(migrationsAfterBaseline());

    const after = await countIn(db, 'expert_network');
    const setAside = await rows<{ source_table: string; n: number }>(
      db,
      `SELECT source_table, count(*)::int AS n FROM expert_network.adoption_set_aside
       WHERE outcome = 'set aside' GROUP BY 1`,
    );
    const asideBy = Object.fromEntries(setAside.map((r) => [r.source_table, r.n]));
    for (const table of TABLES) {
      // Vendors: the original's 18 match our seeded 18 by name and its own one is added.
      const copied = after[table] ?? 0;
      expect(copied + (asideBy[table] ?? 0), table).toBe(before[table]);
      expect(report?.tables.find((t) => t.table === table)).toEqual({
        table,
        original: before[table],
        copied,
        setAside: asideBy[table] ?? 0,
      });
    }
    expect(asideBy).toEqual({
      projects: 1,
      campaigns: 1,
      campaign_team_assignments: 1,
      experts: 1,
      expert_screening_responses: 1,
      interviews: 4,
      user_ui_preferences: 1,
    });
    expect(await betterAuthSnapshot(db)).toEqual(auth);

    // The set-aside rows are the original rows, whole.
    const [dstGap] = await rows<{ reason: string; original_row: Record<string, unknown> }>(
      db,
      `SELECT reason, original_row FROM expert_network.adoption_set_aside WHERE source_id = $1`,
      [IDS.interview.dstGap],
    );
    expect(dstGap?.reason).toMatch(/2025-03-09 02:30:00 does not exist in America\/New_York/);
    expect(dstGap?.original_row).toMatchObject({
      scheduled_time: '02:30:00',
      timezone: 'America/New_York',
    });
    const [cross] = await rows<{ reason: string }>(
      db,
      `SELECT reason FROM expert_network.adoption_set_aside WHERE source_table = 'campaign_team_assignments'`,
    );
    expect(cross?.reason).toBe(
      `links campaign ${IDS.campaign.cloud} (of ${ORIGINAL_USERS.ada.id}) to team member ${IDS.member.lena} (of ${ORIGINAL_USERS.ben.id})`,
    );
    const gone = await rows(db, `SELECT FROM expert_network.projects WHERE user_id = $1`, [
      GONE_USER,
    ]);
    expect(gone).toHaveLength(0);

    // The original schema, its trigger function and its tracking table name are gone.
    const leftovers = await rows<{ found: string | null; fn: string | null; old: string | null }>(
      db,
      `SELECT to_regnamespace('expert_network_original')::text AS found,
         (SELECT proname FROM pg_proc WHERE proname = 'update_updated_at_column') AS fn,
         to_regclass('${ORIGINAL_TRACKING_TABLE}')::text AS old`,
    );
    expect(leftovers[0]).toEqual({ found: null, fn: null, old: 'schema_migrations_original' });
  });

  it('converts times, money, statuses, careers, regions and preferences', async () => {
    const db = await originalDatabase();
    await migrate(db);
    const interviews = await rows<{
      id: string;
      at: string;
      timezone: string;
      status: string;
      duration_minutes: number;
    }>(
      db,
      `SELECT id, to_char(scheduled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI"Z"') AS at, timezone, status::text,
         duration_minutes FROM expert_network.interviews`,
    );
    const byId = Object.fromEntries(interviews.map((i) => [i.id, i]));
    expect(byId[IDS.interview.newYork]).toMatchObject({
      at: '2025-03-20T18:30Z',
      timezone: 'America/New_York',
    });
    expect(byId[IDS.interview.london]).toMatchObject({
      at: '2025-03-10T09:00Z',
      status: 'completed',
    });
    expect(byId[IDS.interview.noZone]).toMatchObject({
      at: '2025-03-25T10:00Z',
      timezone: 'UTC',
      status: 'scheduled',
    });
    expect(byId[IDS.interview.tokyo]).toMatchObject({
      at: '2025-03-11T23:00Z',
      timezone: 'Asia/Tokyo',
    });
    expect(byId[IDS.interview.canceled]).toMatchObject({ status: 'cancelled' });
    expect(byId[IDS.interview.kolkata]).toMatchObject({
      at: '2025-03-19T05:30Z',
      status: 'completed',
      duration_minutes: 480,
    });

    const campaigns = await rows<Record<string, unknown>>(
      db,
      `SELECT id, user_id, project_id, custom_regions, min_calls, max_calls, estimated_calls, target_completion_date::text
       FROM expert_network.campaigns`,
    );
    const c = Object.fromEntries(campaigns.map((r) => [r.id as string, r]));
    expect(c[IDS.campaign.cloud]).toMatchObject({
      custom_regions: ['Nordics', 'Benelux', 'DACH'],
      min_calls: 5,
      max_calls: 12,
    });
    expect(c[IDS.campaign.semis]).toMatchObject({
      custom_regions: ['Taiwan', 'Korea', 'Japan'],
      target_completion_date: null,
    });
    expect(c[IDS.campaign.odd]).toMatchObject({
      custom_regions: [],
      min_calls: null,
      max_calls: null,
    });
    expect(c[IDS.campaign.payments]).toMatchObject({ estimated_calls: 6, min_calls: null });
    expect(c[IDS.campaign.crossProject]).toMatchObject({
      user_id: ORIGINAL_USERS.ben.id,
      project_id: null,
    });

    const [acme] = await rows<Record<string, unknown>>(
      db,
      `SELECT avg_cost_per_call_min_cents AS min, avg_cost_per_call_max_cents AS max, slug
       FROM expert_network.vendor_platforms WHERE name = 'Acme Insights'`,
    );
    expect(acme).toEqual({ min: 45000, max: 90000, slug: 'acme-insights' });
    // Experts and enrollments follow their vendor by name to our vendor ids.
    const [glgExpert] = await rows<{ name: string }>(
      db,
      `SELECT v.name FROM expert_network.experts x JOIN expert_network.vendor_platforms v ON v.id = x.vendor_platform_id
       WHERE x.id = $1`,
      [IDS.expert.dana],
    );
    expect(glgExpert?.name).toBe('GLG');

    const experts = await rows<Record<string, unknown>>(
      db,
      `SELECT id, user_id, status::text, work_history, description, rating::float AS rating FROM expert_network.experts`,
    );
    const x = Object.fromEntries(experts.map((r) => [r.id as string, r]));
    expect(x[IDS.expert.dana]).toMatchObject({
      user_id: ORIGINAL_USERS.ada.id,
      status: 'shortlisted',
      work_history: [
        { title: 'CISO', company: 'Northwind Bank', from: '2019-04', to: null },
        { title: 'Head of Security', company: 'Contoso', from: '2014-02', to: '2019-03' },
      ],
    });
    expect(x[IDS.expert.marco]).toMatchObject({ status: 'scheduled' });
    expect(x[IDS.expert.marco]?.work_history).toHaveLength(2);
    expect(x[IDS.expert.ines]).toMatchObject({
      work_history: [],
      description:
        'Risk leader.\n\nWork history:\nTwenty years in banking, mostly risk and some audit.',
    });
    expect(x[IDS.expert.luis]).toMatchObject({ status: 'proposed', rating: 4.8 });
    expect(x[IDS.expert.chenX]).toMatchObject({ status: 'completed' });

    const questions = await rows<Record<string, unknown>>(
      db,
      `SELECT id, question_type::text, options, parent_question_id FROM expert_network.screening_questions`,
    );
    const q = Object.fromEntries(questions.map((r) => [r.id as string, r]));
    expect(q[IDS.question.accounts]).toMatchObject({
      options: { choices: ['Under 10', '10-100', 'Over 100'] },
    });
    expect(q[IDS.question.rate]).toMatchObject({
      question_type: 'scale',
      options: { scale: { min: 1, max: 5 } },
    });
    expect(q[IDS.question.which]).toMatchObject({ parent_question_id: IDS.question.cspm });
    expect(q[IDS.question.strayFollowUp]).toMatchObject({
      parent_question_id: null,
      question_type: 'text',
    });

    const enrollments = await rows<{ id: string; status: string }>(
      db,
      `SELECT id, status::text FROM expert_network.campaign_vendor_enrollments ORDER BY id`,
    );
    expect(Object.fromEntries(enrollments.map((e) => [e.id, e.status]))).toEqual({
      [IDS.enrollment.glg]: 'active',
      [IDS.enrollment.alpha]: 'pending',
      [IDS.enrollment.guide]: 'paused',
      [IDS.enrollment.acme]: 'active',
      [IDS.enrollment.tegus]: 'pending',
    });

    const prefs = await rows<Record<string, unknown>>(
      db,
      `SELECT user_id, theme::text, expanded_projects, column_widths, panel_sizing FROM expert_network.user_ui_preferences ORDER BY user_id`,
    );
    expect(prefs).toEqual([
      {
        user_id: ORIGINAL_USERS.ada.id,
        theme: 'dark',
        expanded_projects: [IDS.project.atlas, IDS.project.boreal],
        column_widths: { campaigns: { industry: 180, campaignName: 400 } },
        panel_sizing: {},
      },
      {
        user_id: ORIGINAL_USERS.ben.id,
        theme: 'light',
        expanded_projects: [],
        column_widths: { campaigns: { industry: 180, campaignName: 400 } },
        panel_sizing: {},
      },
    ]);
  });

  it('keeps both histories, and db:status lists them', async () => {
    const db = await originalDatabase();
    const before = formatDatabaseStatus(await databaseStatus(db));
    expect(before).toContain("The original app's database, not yet upgraded");
    for (const name of ORIGINAL_MIGRATIONS) expect(before).toContain(`✓ APPLIED  ${name}`);
    const ours = readMigrations().map((m) => m.name);
    expect(before).toContain(`  PENDING  ${ours[0]}`);

    await migrate(db);
    const after = formatDatabaseStatus(await databaseStatus(db));
    expect(after).toContain('Upgraded from the original app');
    // The two histories under their own headings, the original app's first.
    expect(after).toContain(
      `The original app's (${ORIGINAL_TRACKING_TABLE}):\n✓ APPLIED  ${ORIGINAL_MIGRATIONS[0]}`,
    );
    expect(after).toContain(`This app's (public.schema_migrations):\n✓ APPLIED  ${ours[0]}`);
    for (const name of [...ORIGINAL_MIGRATIONS, ...ours])
      expect(after).toContain(`✓ APPLIED  ${name}`);
    expect(after).toContain(
      `Total: ${ours.length} migrations, ${ours.length} applied, 0 pending (and 4 of the original app's, applied)`,
    );
    const kept = await rows<{ migration_name: string }>(
      db,
      `SELECT migration_name FROM ${ORIGINAL_TRACKING_TABLE} ORDER BY id`,
    );
    expect(kept.map((r) => r.migration_name)).toEqual(ORIGINAL_MIGRATIONS);
  });

  it('changes nothing the second time', async () => {
    const db = await originalDatabase();
    await migrate(db);
    const first = await db.withSession(everything);
    const again = await migrate(db);
    expect(again).toEqual({ applied: [], total: 0, upgrade: undefined });
    expect(await db.withSession(everything)).toEqual(first);
  });

  it('dry run: reports the same upgrade and writes nothing', async () => {
    const db = await originalDatabase();
    const before = await db.withSession(everything);
    const lines: string[] = [];
    const dry = await migrate(db, { dryRun: true, log: (line) => lines.push(line) });
    expect(await db.withSession(everything)).toEqual(before);
    const output = lines.join('\n');
    expect(output).toContain(db.url ? 'pg_dump "$DATABASE_URL"' : 'cp -r .data/pglite');
    expect(output).toContain('Dry run: nothing was written.');
    expect(output).toMatch(/interviews\s+10\s+6\s+4/);
    const real = await migrate(db);
    expect(dry.upgrade).toEqual(real.upgrade);
  });

  it('runs the migrations after the baseline on the converted data', async () => {
    const db = await originalDatabase();
    const later = {
      name: '9999_later_change',
      createdAt: Number.MAX_SAFE_INTEGER,
      hash: 'later',
      statements: [
        'ALTER TABLE expert_network.campaigns ADD COLUMN region_count integer',
        'UPDATE expert_network.campaigns SET region_count = cardinality(custom_regions)',
      ],
    };
    const result = await migrate(db, { migrations: [...readMigrations(), later] });
    expect(result.applied).toEqual([...migrationsAfterBaseline(), '9999_later_change']);
    const [row] = await rows<{ region_count: number }>(
      db,
      'SELECT region_count FROM expert_network.campaigns WHERE id = $1',
      [IDS.campaign.cloud],
    );
    expect(row?.region_count).toBe(3);
    const recorded = await rows<{ name: string }>(
      db,
      'SELECT name FROM public.schema_migrations ORDER BY id',
    );
    expect(recorded.map((r) => r.name)).toEqual([
      ...BASELINE_MIGRATIONS,
      ...migrationsAfterBaseline(),
      '9999_later_change',
    ]);
  });

  it('leaves the adopted experts to the matcher, which places each once', async () => {
    const db = await originalDatabase();
    await migrate(db);
    const placed = () =>
      rows<{ placed: boolean }>(db, 'SELECT person_placed AS placed FROM expert_network.experts');
    const before = await placed();
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((r) => !r.placed)).toBe(true);
    await placeUnplacedExperts(db.db);
    expect((await placed()).every((r) => r.placed)).toBe(true);
  });

  it('upgrades once when two runs start together', async () => {
    const db = await originalDatabase();
    const second: DbClient = db.url ? await createDbClient({ url: db.url }) : db;
    try {
      const results = await Promise.all([migrate(db), migrate(second)]);
      expect(results.filter((r) => r.upgrade).length).toBe(1);
      const [aside] = await rows<{ n: number }>(
        db,
        'SELECT count(*)::int AS n FROM expert_network.adoption_set_aside',
      );
      expect(aside?.n).toBe(results.find((r) => r.upgrade)?.upgrade?.records.length);
      const recorded = await rows(db, 'SELECT name FROM public.schema_migrations');
      expect(recorded).toHaveLength(readMigrations().length);
    } finally {
      if (second !== db) await second.close();
    }
  });

  it('refuses, changing nothing, when the original schema holds something it does not know', async () => {
    const db = await originalDatabase();
    await db.withSession(async (q) => {
      await q('ALTER TABLE expert_network.experts ADD COLUMN linkedin_url text');
      await q('CREATE TABLE expert_network.call_notes (id serial PRIMARY KEY, body text)');
    });
    const before = await db.withSession(everything);
    await expect(migrate(db)).rejects.toThrow(
      /nothing was changed:\n {2}- expert_network\.experts\.linkedin_url is not one of the original app's columns\n {2}- expert_network\.call_notes is not one of the original app's tables/,
    );
    expect(await db.withSession(everything)).toEqual(before);
  });
});

describe('db:status on databases it did not make', () => {
  it('says what it found, and migrate refuses a tracking table it does not know', async () => {
    const db = await createTestDatabase({ migrated: false });
    opened.push(db);
    expect(formatDatabaseStatus(await databaseStatus(db))).toContain('No tables of this app yet');

    await db.withSession((q) =>
      q('CREATE TABLE public.schema_migrations (version text PRIMARY KEY)'),
    );
    const unknown = formatDatabaseStatus(await databaseStatus(db));
    expect(unknown).toContain(
      'made neither by this app nor by the original app (its columns: version)',
    );
    expect(unknown).toContain(`  PENDING  ${readMigrations()[0]?.name}`);
    // Refused before anything is created, in the words db:status uses.
    await expect(migrate(db)).rejects.toThrow(
      '(its columns: version). Rename it if it belongs to something else.\nNothing was changed.',
    );

    await db.withSession(async (q) => {
      await q('DROP TABLE public.schema_migrations');
      await q('CREATE SCHEMA expert_network');
      await q('CREATE TABLE expert_network.notes (id int)');
    });
    expect(formatDatabaseStatus(await databaseStatus(db))).toContain(
      'The schema expert_network exists (1 tables: notes) but no public.schema_migrations',
    );
    await expect(migrate(db)).rejects.toThrow(
      'migrations cannot tell what it has.\nNothing was changed.',
    );
    const [tracking] = await rows<{ found: string | null }>(
      db,
      "SELECT to_regclass('public.schema_migrations')::text AS found",
    );
    expect(tracking?.found).toBeNull();
  });
});
