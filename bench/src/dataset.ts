/**
 * The benchmark's dataset: users with real Better Auth sessions, and their
 * projects, campaigns, screening questions, vendors, experts, answers and
 * interviews, spread unevenly (a few heavy users, a few big campaigns), as
 * real accounts are. Generated from a fixed seed and loaded with COPY.
 */
import type postgres from 'postgres';
import { withoutSecondaryStructures } from './bulk-load';
import { copyRows, type Value } from './copy';
import { apportion, type Random, seededRandom } from './random';

export type DatasetSize = {
  /** Users with data; the benchmark signs in as them. */
  users: number;
  /** Users who signed up and did nothing yet (the auth tables' real size). */
  idleUsers: number;
  /** Per user: one the benchmark uses, the others as if from other devices. */
  sessionsPerUser: number;
  campaigns: number;
  experts: number;
  /** Per campaign; every expert answers each, so responses = experts × this. */
  questionsPerCampaign: number;
  interviews: number;
  /** The experts of one campaign of the heaviest user: the deep pages' list. */
  bigCampaignExperts: number;
};

/** BENCH_SCALE=1: the size below; 10: ten times every count (1,000,000 experts, 20,000 users). */
const DEFAULT_SIZE: DatasetSize = {
  users: 200,
  idleUsers: 1_800,
  sessionsPerUser: 5,
  campaigns: 4_000,
  experts: 100_000,
  questionsPerCampaign: 4,
  interviews: 20_000,
  bigCampaignExperts: 12_000,
};

export function scaledSize(scale: number, size: DatasetSize = DEFAULT_SIZE): DatasetSize {
  return {
    ...size,
    users: size.users * scale,
    idleUsers: size.idleUsers * scale,
    campaigns: size.campaigns * scale,
    experts: size.experts * scale,
    interviews: size.interviews * scale,
    // The "a campaign with 50,000 experts" at x10; deep pages start at 10,000 either way.
    bigCampaignExperts: Math.min(50_000, size.bigCampaignExperts * scale),
  };
}

type BenchCampaign = { id: string; status: string; expertCount: number };
type BenchUser = {
  id: string;
  /** The session token: the cookie carries it, signed. */
  token: string;
  campaigns: BenchCampaign[];
};
/** An expert whose status the user may set by hand (the mutation's targets). */
type EditableExpert = { userId: string; id: string };

export type Dataset = {
  users: BenchUser[];
  /** The index in `users` of the user with the most campaigns. */
  heaviestUser: number;
  /** The campaign with the most experts (the heaviest user's first), and its user. */
  biggestCampaign: { userIndex: number; campaignId: string };
  editableExperts: EditableExpert[];
  counts: Record<string, number>;
};

const CAMPAIGN_STATUS_MIX = [
  { value: 'active', weight: 45 },
  { value: 'completed', weight: 25 },
  { value: 'draft', weight: 10 },
  { value: 'paused', weight: 10 },
  { value: 'archived', weight: 10 },
] as const;
const INTERVIEW_STATUS_MIX = [
  { value: 'completed', weight: 55 },
  { value: 'scheduled', weight: 25 },
  { value: 'cancelled', weight: 12 },
  { value: 'no_show', weight: 8 },
] as const;
const UNINTERVIEWED_EXPERT_MIX = [
  { value: 'proposed', weight: 55 },
  { value: 'shortlisted', weight: 25 },
  { value: 'rejected', weight: 20 },
] as const;
const INDUSTRIES = ['Healthcare', 'Technology', 'Energy', 'Financial Services', 'Industrials'];
const REGIONS = ['North America', 'Europe', 'APAC', 'LATAM', 'Middle East'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Tyrell'];
const TITLES = ['VP Operations', 'Former CFO', 'Head of Procurement', 'Director, Strategy', 'CTO'];
const SKILLS = ['Pricing', 'Supply chain', 'M&A', 'Regulation', 'Go-to-market', 'Cloud'];
const DAY = 86_400_000;

type Table = { name: string; columns: string[]; rows: Value[][] };

/** Generates the whole dataset in memory (about 100 MB at the default size). */
function generate(
  size: DatasetSize,
  vendorNames: Map<string, string>,
  random: Random,
  now: number,
) {
  const vendorIds = [...vendorNames.keys()];
  const tables: Record<string, Table> = {};
  const table = (name: string, columns: string[]) => {
    tables[name] = { name, columns, rows: [] };
    return tables[name].rows;
  };
  const userRows = table('public."user"', [
    'id',
    'name',
    'email',
    'emailVerified',
    'createdAt',
    'updatedAt',
  ]);
  const sessionRows = table('public."session"', [
    'id',
    'token',
    'userId',
    'expiresAt',
    'createdAt',
    'updatedAt',
    'ipAddress',
    'userAgent',
  ]);
  const projectRows = table('expert_network.projects', [
    'id',
    'user_id',
    'project_code',
    'project_name',
    'display_order',
  ]);
  const memberRows = table('expert_network.team_members', [
    'id',
    'user_id',
    'name',
    'email',
    'designation',
  ]);
  const campaignRows = table('expert_network.campaigns', [
    'id',
    'user_id',
    'project_id',
    'campaign_name',
    'industry_vertical',
    'brief_description',
    'start_date',
    'target_completion_date',
    'target_regions',
    'min_calls',
    'max_calls',
    'estimated_calls',
    'status',
    'display_order',
    'created_at',
    'updated_at',
  ]);
  const enrollmentRows = table('expert_network.campaign_vendor_enrollments', [
    'id',
    'user_id',
    'campaign_id',
    'vendor_platform_id',
  ]);
  const questionRows = table('expert_network.screening_questions', [
    'id',
    'user_id',
    'campaign_id',
    'parent_question_id',
    'follow_up_trigger',
    'question_text',
    'question_type',
    'options',
    'display_order',
  ]);
  const expertRows = table('expert_network.experts', [
    'id',
    'user_id',
    'campaign_id',
    'vendor_platform_id',
    'external_ref',
    'name',
    'title',
    'company',
    'description',
    'work_history',
    'skills',
    'geography',
    'rating',
    'ai_fit_score',
    'call_rate_cents',
    'status',
    'is_new',
    'reviewed_at',
    'created_at',
    'updated_at',
    // Checked on arrival, as the API and the simulator do: the server's start-up
    // check of unchecked experts must find none (it would run during the loads).
    'compliance_status',
    'compliance_checked_at',
    // What the vendor-name trigger (off during the load) would set.
    'vendor_sort_name',
  ]);
  const interviewRows = table('expert_network.interviews', [
    'id',
    'user_id',
    'campaign_id',
    'expert_id',
    'team_member_id',
    'scheduled_at',
    'timezone',
    'duration_minutes',
    'status',
    'cost_cents',
    'completed_at',
    'cancelled_at',
    // What the call's vendor trigger (off during the load) would set: the expert's network.
    'vendor_platform_id',
  ]);

  // Zipf-like: the first users own most campaigns; every user has a few.
  const userWeights = Array.from({ length: size.users }, (_, i) => 1 / (i + 1) ** 0.9);
  const campaignsPerUser = apportion(size.campaigns, userWeights, 3);
  const campaignWeights = Array.from({ length: size.campaigns }, () => random.lognormal(0.9));
  // The first campaign (the heaviest user's first) is the big one.
  const expertsPerCampaign = [
    size.bigCampaignExperts,
    ...apportion(size.experts - size.bigCampaignExperts, campaignWeights.slice(1), 1),
  ];

  const addUser = (userId: string, u: number, joined: Date, token: string) => {
    userRows.push([
      userId,
      `Bench User ${u + 1}`,
      `bench.user${u + 1}@example.com`,
      true,
      joined,
      joined,
    ]);
    for (let i = 0; i < size.sessionsPerUser; i++) {
      // Fresh (updated half a day ago), so no request extends it: reads stay reads.
      const updated = new Date(now - DAY / 2 - i * DAY);
      const expires = new Date(updated.getTime() + 30 * DAY);
      const sessionToken = i === 0 ? token : random.token(32);
      sessionRows.push([
        random.token(32),
        sessionToken,
        userId,
        expires,
        updated,
        updated,
        '127.0.0.1',
        'bench',
      ]);
    }
  };
  for (let u = size.users; u < size.users + size.idleUsers; u++) {
    addUser(random.token(32), u, new Date(now - random.int(1, 400) * DAY), random.token(32));
  }

  const users: BenchUser[] = [];
  type ExpertRef = {
    row: Value[];
    id: string;
    userId: string;
    campaignId: string;
    vendorId: string | null;
    rate: number;
    createdAt: number;
    members: string[];
  };
  const experts: ExpertRef[] = [];
  let campaignIndex = 0;
  for (let u = 0; u < size.users; u++) {
    const userId = random.token(32);
    const token = random.token(32);
    const joined = new Date(now - random.int(200, 400) * DAY);
    addUser(userId, u, joined, token);
    const members = Array.from({ length: random.int(2, 6) }, (_, m) => {
      const id = random.uuid();
      memberRows.push([
        id,
        userId,
        `Analyst ${m + 1}`,
        `analyst${m + 1}.u${u + 1}@example.com`,
        'Associate',
      ]);
      return id;
    });
    const campaignCount = campaignsPerUser[u] ?? 0;
    const projects = Array.from({ length: Math.ceil(campaignCount / 6) }, (_, p) => {
      const id = random.uuid();
      projectRows.push([id, userId, `P-${p + 1}`, `Project ${p + 1}`, p]);
      return id;
    });
    const user: BenchUser = { id: userId, token, campaigns: [] };
    users.push(user);
    for (let c = 0; c < campaignCount; c++) {
      const campaignId = random.uuid();
      const status = random.weighted(CAMPAIGN_STATUS_MIX);
      const createdAt = now - random.int(1, 180) * DAY - random.int(0, DAY);
      const start = new Date(createdAt + random.int(0, 10) * DAY).toISOString().slice(0, 10);
      const target = new Date(createdAt + random.int(20, 90) * DAY).toISOString().slice(0, 10);
      const minCalls = random.int(2, 10);
      const expertCount = expertsPerCampaign[campaignIndex++] ?? 1;
      campaignRows.push([
        campaignId,
        userId,
        random.chance(0.8) ? random.pick(projects) : null,
        `Campaign ${c + 1} of user ${u + 1}`,
        random.pick(INDUSTRIES),
        'Calls with operators who have run the function at a mid-size company.',
        start,
        target,
        random.sample(REGIONS, random.int(1, 3)),
        minCalls,
        minCalls + random.int(0, 20),
        random.chance(0.7) ? minCalls + random.int(0, 10) : null,
        status,
        c,
        new Date(createdAt),
        new Date(createdAt),
      ]);
      user.campaigns.push({ id: campaignId, status, expertCount });

      const vendors = random.sample(vendorIds, 3);
      for (const vendorId of vendors) {
        enrollmentRows.push([random.uuid(), userId, campaignId, vendorId]);
      }
      const questions: string[] = [];
      for (let q = 0; q < size.questionsPerCampaign; q++) {
        const id = random.uuid();
        const followUp = q % 4 === 1;
        questionRows.push([
          id,
          userId,
          campaignId,
          followUp ? questions[q - 1] : null,
          followUp ? 'Yes' : null,
          `Screening question ${q + 1}`,
          q % 4 === 0 ? 'yes_no' : q % 4 === 2 ? 'single_choice' : 'text',
          JSON.stringify(
            q % 4 === 2 ? { choices: ['Under 1 year', '1-5 years', 'Over 5 years'] } : {},
          ),
          q,
        ]);
        questions.push(id);
      }
      for (let e = 0; e < expertCount; e++) {
        const id = random.uuid();
        const vendorId = random.chance(0.9) ? random.pick(vendors) : null;
        const rate = random.int(5, 25) * 5_000;
        const expertCreated = createdAt + random.int(0, Math.max(1, now - createdAt));
        const company = random.pick(COMPANIES);
        const row: Value[] = [
          id,
          userId,
          campaignId,
          vendorId,
          vendorId ? `ext-${campaignIndex}-${e}` : null,
          `Expert ${campaignIndex}-${e}`,
          random.pick(TITLES),
          company,
          'Twelve years in the industry, most recently running the function at a mid-size firm.',
          JSON.stringify([{ company, title: random.pick(TITLES), from: '2015-01', to: null }]),
          random.sample(SKILLS, 2),
          random.pick(REGIONS),
          random.int(30, 50) / 10,
          random.int(40, 100) / 10,
          rate,
          null, // status, set once interviews are drawn
          false,
          null,
          new Date(expertCreated),
          new Date(expertCreated),
          'clear',
          new Date(expertCreated),
          vendorId ? (vendorNames.get(vendorId) ?? '') : '',
        ];
        expertRows.push(row);
        experts.push({
          row,
          id,
          userId,
          campaignId,
          vendorId,
          rate,
          createdAt: expertCreated,
          members,
        });
      }
    }
  }

  // Interviews go to a random set of experts; their status follows the interview.
  const STATUS = 15;
  const IS_NEW = 16;
  const REVIEWED_AT = 17;
  const interviewed = random.sample(experts, size.interviews);
  for (const expert of interviewed) {
    const status = random.weighted(INTERVIEW_STATUS_MIX);
    const scheduledAt =
      status === 'scheduled'
        ? now + random.int(1, 30 * 24) * 3_600_000
        : expert.createdAt +
          random.int(1, Math.max(2, (now - expert.createdAt) / 3_600_000)) * 3_600_000;
    const duration = random.pick([30, 45, 60, 60, 90]);
    interviewRows.push([
      random.uuid(),
      expert.userId,
      expert.campaignId,
      expert.id,
      random.chance(0.8) ? random.pick(expert.members) : null,
      new Date(Math.min(scheduledAt, status === 'scheduled' ? Infinity : now - 60_000)),
      'America/New_York',
      duration,
      status,
      Math.round((expert.rate * duration) / 60),
      status === 'completed' ? new Date(Math.min(scheduledAt + duration * 60_000, now)) : null,
      status === 'cancelled' ? new Date(now - DAY) : null,
      expert.vendorId,
    ]);
    expert.row[STATUS] =
      status === 'completed' ? 'completed' : status === 'scheduled' ? 'scheduled' : 'shortlisted';
    expert.row[REVIEWED_AT] = new Date(expert.createdAt + DAY / 2);
  }
  const editableExperts: EditableExpert[] = [];
  for (const expert of experts) {
    if (expert.row[STATUS] !== null) continue;
    const status = random.weighted(UNINTERVIEWED_EXPERT_MIX);
    expert.row[STATUS] = status;
    const isNew = status === 'proposed' && random.chance(0.5);
    expert.row[IS_NEW] = isNew;
    expert.row[REVIEWED_AT] = isNew ? null : new Date(expert.createdAt + DAY / 2);
    editableExperts.push({ userId: expert.userId, id: expert.id });
  }
  return { tables, users, editableExperts };
}

/** Tables of 100,000 rows or more at x10: their indexes and keys are built after the load. */
const BIG_TABLES = [
  'public.session',
  'expert_network.campaign_vendor_enrollments',
  'expert_network.screening_questions',
  'expert_network.experts',
  'expert_network.expert_screening_responses',
  'expert_network.interviews',
];

/** The index of the user with the most campaigns. */
const heaviest = (users: BenchUser[]) =>
  users.reduce(
    (best, u, i) => (u.campaigns.length > (users[best]?.campaigns.length ?? 0) ? i : best),
    0,
  );

/**
 * Generates and loads the dataset into a migrated database, then VACUUMs and
 * ANALYZEs. `log` gets a line per table, with its row count and time.
 */
export async function loadDataset(
  sql: postgres.Sql,
  log: (line: string) => void,
  {
    size = DEFAULT_SIZE,
    alreadyLoaded = false,
  }: { size?: DatasetSize; alreadyLoaded?: boolean } = {},
): Promise<Dataset> {
  const vendors = await sql<{ id: string; name: string }[]>`
    SELECT id, name FROM expert_network.vendor_platforms ORDER BY slug`;
  const started = performance.now();
  const { tables, users, editableExperts } = generate(
    size,
    new Map(vendors.map((v) => [v.id, v.name])),
    seededRandom(20_260_601),
    Date.now(),
  );
  log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const heaviestUser = heaviest(users);
  const biggestCampaign = { userIndex: 0, campaignId: users[0]?.campaigns[0]?.id ?? '' };
  const counts: Record<string, number> = {};
  const RESPONSES = 'expert_network.expert_screening_responses';
  if (alreadyLoaded) {
    // Same seed, same rows: the database holds exactly what was generated.
    for (const t of Object.values(tables)) counts[t.name] = t.rows.length;
    counts[RESPONSES] = size.experts * size.questionsPerCampaign;
    return { users, heaviestUser, biggestCampaign, editableExperts, counts };
  }
  await withoutSecondaryStructures(sql, BIG_TABLES, log, async () => {
    for (const t of Object.values(tables)) {
      const tableStart = performance.now();
      const progress = (n: number) => {
        if (process.stdout.isTTY)
          process.stdout.write(`\r  ${t.name}: ${n.toLocaleString('en-US')} rows`);
      };
      counts[t.name] = await copyRows(sql, t.name, t.columns, t.rows, progress);
      if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
      log(
        `${t.name}: ${counts[t.name]?.toLocaleString('en-US')} rows in ${((performance.now() - tableStart) / 1000).toFixed(1)} s`,
      );
      if (t.name === 'expert_network.experts') {
        // Every expert answers each question of its campaign: made where the rows are.
        const answersStart = performance.now();
        // The answers' trigger rewrites each expert's search document, reading the answers:
        // without their indexes (built after the load) that is a scan per expert. Off
        // here; the documents are written once the indexes are back (below).
        await sql`ALTER TABLE expert_network.expert_screening_responses DISABLE TRIGGER responses_search_insert`;
        const inserted = await sql`
          INSERT INTO expert_network.expert_screening_responses
            (id, user_id, campaign_id, expert_id, screening_question_id, response_text)
          SELECT gen_random_uuid(), e.user_id, e.campaign_id, e.id, q.id, 'Yes, for six years'
          FROM expert_network.experts e
          JOIN expert_network.screening_questions q
            ON q.campaign_id = e.campaign_id AND q.user_id = e.user_id`;
        counts[RESPONSES] = inserted.count;
        log(
          `${RESPONSES}: ${inserted.count.toLocaleString('en-US')} rows in ${((performance.now() - answersStart) / 1000).toFixed(1)} s`,
        );
      }
    }
  });
  await sql`ALTER TABLE expert_network.expert_screening_responses ENABLE TRIGGER responses_search_insert`;
  // The experts' search documents stay empty: searching is not a case, and writing a
  // million of them (a function per expert over its answers, and the GIN index) took
  // 7 of the 12 minutes of a x10 load.
  // What autovacuum would have done by now: statistics and the visibility map.
  const vacuumStart = performance.now();
  await sql`VACUUM (ANALYZE)`;
  log(`vacuumed in ${((performance.now() - vacuumStart) / 1000).toFixed(1)} s`);
  // The load's gigabytes written out now, not by a timed checkpoint in the middle of a
  // case (the last case, a write, ran at a third of its speed under one). Needs
  // PostgreSQL 15's pg_checkpoint role (or a superuser); without it the run goes on.
  await sql`CHECKPOINT`.then(
    () => log('checkpoint written'),
    (error: Error) =>
      log(`no checkpoint (${error.message}): GRANT pg_checkpoint TO the role for steadier writes`),
  );
  log(`loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { users, heaviestUser, biggestCampaign, editableExperts, counts };
}
