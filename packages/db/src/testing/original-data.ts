/**
 * A realistic original deployment's rows: three users who sign in with a
 * password, a user deleted from Better Auth whose rows stayed behind, every
 * table populated, and the odd values a free-text schema collects over time.
 */
import { readFileSync } from 'node:fs';
import { VENDORS_REFERENCE_FILE } from './reference-files';

export const ORIGINAL_PASSWORD = 'original app password';
/** Better Auth's scrypt hash of ORIGINAL_PASSWORD, as its sign-up stored it. */
const PASSWORD_HASH =
  '47d925de2d00779dfcd45902d2613bdf:ed64f6a624e85a886888c34635b6d4acda4f077780facfa11c115e4b11c39dfc5c2abaf8719961dada17890742959279ff3d8667929ee9d05da3abc05d7c5ad6';

export const ORIGINAL_USERS = {
  ada: { id: 'usr_ada', name: 'Ada Moreau', email: 'ada@northfund.example' },
  ben: { id: 'usr_ben', name: 'Ben Okafor', email: 'ben@northfund.example' },
  chen: { id: 'usr_chen', name: 'Chen Wei', email: 'chen@eastcap.example' },
} as const;
/** Deleted from Better Auth; the original had no foreign key, so its rows stayed. */
export const GONE_USER = 'usr_gone';

const uuid = (prefix: string, n: number) =>
  `${prefix.padEnd(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ids = <K extends string>(prefix: string, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k, i) => [k, uuid(prefix, i + 1)])) as Record<K, string>;

/** Fixed ids, so tests can name rows. */
export const ORIGINAL_IDS = {
  project: ids('aa', ['atlas', 'boreal', 'benAtlas', 'ghost']),
  campaign: ids('cc', ['cloud', 'payments', 'odd', 'health', 'crossProject', 'semis', 'ghost']),
  member: ids('dd', ['priya', 'tom', 'lena', 'sam', 'samAgain']),
  enrollment: ids('ee', ['glg', 'alpha', 'guide', 'acme', 'tegus']),
  expert: ids('ef', ['dana', 'marco', 'ines', 'luis', 'hana', 'benX', 'chenX', 'ghostX']),
  question: ids('ab', ['cspm', 'which', 'accounts', 'rate', 'strayFollowUp', 'essay']),
  response: ids('ad', ['r1', 'r2', 'r3', 'r4', 'r5', 'crossQuestion']),
  interview: ids('ba', [
    'newYork',
    'london',
    'noZone',
    'canceled',
    'tokyo',
    'crossExpert',
    'dstGap',
    'badZone',
    'kolkata',
    'ghost',
  ]),
};

const P = ORIGINAL_IDS.project;
const C = ORIGINAL_IDS.campaign;
const M = ORIGINAL_IDS.member;
const E = ORIGINAL_IDS.enrollment;
const X = ORIGINAL_IDS.expert;
const Q = ORIGINAL_IDS.question;
const R = ORIGINAL_IDS.response;
const I = ORIGINAL_IDS.interview;
const { ada, ben, chen } = ORIGINAL_USERS;

/** Its 002 seed: the 18 vendors, costs in whole dollars, with random ids. */
function vendorSeed(): string {
  const rows = readFileSync(VENDORS_REFERENCE_FILE, 'utf8').trim().split('\n').slice(1);
  const text = (s: string) => `'${s.replaceAll("'", "''")}'`;
  const values = rows.map((line) => {
    const [name = '', , location = '', score = '', min = '', max = '', tags = ''] =
      line.split('\t');
    const tagArray = `ARRAY[${tags
      .split(',')
      .map((t) => text(t.trim()))
      .join(', ')}]`;
    return `(${text(name)}, ${text(location)}, ${score}, ${min}, ${max}, ${tagArray}, '2024-11-02T09:00:00Z')`;
  });
  return `INSERT INTO expert_network.vendor_platforms
    (name, location, overall_score, avg_cost_per_call_min, avg_cost_per_call_max, tags, created_at)
    VALUES ${values.join(',\n')}`;
}

const vendor = (name: string) =>
  `(SELECT id FROM expert_network.vendor_platforms WHERE name = '${name}')`;

export function originalData(): string[] {
  return [
    `INSERT INTO public."user" VALUES
      ('${ada.id}', '${ada.name}', '${ada.email}', true, null, '2024-11-03T10:00:00Z', '2024-11-03T10:00:00Z'),
      ('${ben.id}', '${ben.name}', '${ben.email}', false, null, '2024-12-01T10:00:00Z', '2024-12-01T10:00:00Z'),
      ('${chen.id}', '${chen.name}', '${chen.email}', true, 'https://img.example/chen.png', '2025-01-15T10:00:00Z', '2025-01-15T10:00:00Z')`,
    `INSERT INTO public.account ("id", "accountId", "providerId", "userId", "password", "createdAt", "updatedAt") VALUES
      ('acc_ada', '${ada.id}', 'credential', '${ada.id}', '${PASSWORD_HASH}', '2024-11-03T10:00:00Z', '2024-11-03T10:00:00Z'),
      ('acc_ben', '${ben.id}', 'credential', '${ben.id}', '${PASSWORD_HASH}', '2024-12-01T10:00:00Z', '2024-12-01T10:00:00Z'),
      ('acc_chen', '${chen.id}', 'credential', '${chen.id}', '${PASSWORD_HASH}', '2025-01-15T10:00:00Z', '2025-01-15T10:00:00Z')`,
    `INSERT INTO public.session VALUES
      ('ses_ada', '2025-06-01T00:00:00Z', 'old-session-token', '2025-05-01T00:00:00Z', '2025-05-01T00:00:00Z', '10.0.0.7', 'Mozilla/5.0', '${ada.id}')`,
    `INSERT INTO public.verification VALUES
      ('ver_ben', '${ben.email}', 'verify-code', '2025-01-01T00:00:00Z', '2024-12-01T10:00:00Z', '2024-12-01T10:00:00Z')`,
    `INSERT INTO public.schema_migrations (migration_name, executed_at) VALUES
      ('001_create_expert_network_schema', '2024-11-02T08:59:58Z'),
      ('002_seed_vendor_platforms', '2024-11-02T08:59:59Z'),
      ('003_enhance_vendor_tags', '2025-01-10T12:00:00Z'),
      ('004_add_custom_regions', '2025-02-20T12:00:00Z')`,
    vendorSeed(),
    // A vendor someone added by hand: not one of ours, costs in dollars.
    `INSERT INTO expert_network.vendor_platforms (name, location, overall_score, avg_cost_per_call_min, avg_cost_per_call_max, description, tags, created_at)
      VALUES ('Acme Insights', null, null, 450, 900, 'Regional boutique', '{Boutique}', '2025-01-05T09:00:00Z')`,
    `INSERT INTO expert_network.projects (id, user_id, project_code, project_name, description, display_order, created_at, updated_at) VALUES
      ('${P.atlas}', '${ada.id}', 'ATLAS', 'Project Atlas', 'Cloud security roll-up', 0, '2025-01-06T09:00:00Z', '2025-01-07T09:00:00Z'),
      ('${P.boreal}', '${ada.id}', 'BOREAL', 'Boreal Diligence', null, 1, '2025-01-08T09:00:00Z', '2025-01-08T09:00:00Z'),
      ('${P.benAtlas}', '${ben.id}', 'ATLAS', 'Atlas (healthcare)', null, 0, '2025-01-09T09:00:00Z', '2025-01-09T09:00:00Z'),
      ('${P.ghost}', '${GONE_USER}', 'GHOST', 'Left behind', null, 0, '2025-01-10T09:00:00Z', '2025-01-10T09:00:00Z')`,
    `INSERT INTO expert_network.campaigns (id, user_id, project_id, campaign_name, industry_vertical, custom_industry,
        brief_description, start_date, target_completion_date, target_regions, custom_regions,
        min_calls, max_calls, estimated_calls, completed_calls, scheduled_calls, display_order, created_at, updated_at) VALUES
      ('${C.cloud}', '${ada.id}', '${P.atlas}', 'Cloud security diligence', 'Technology', null,
        'Speak with CISOs about cloud security budgets.', '2025-03-01', '2025-04-30', '{North America,Europe}',
        'Nordics; Benelux, DACH', 5, 12, 8, 1, 3, 0, '2025-01-06T10:00:00Z', '2025-03-02T10:00:00Z'),
      ('${C.payments}', '${ada.id}', '${P.atlas}', 'Payments in LatAm', 'Financial Services', null,
        null, '2025-03-15', '2025-05-31', '{}', null, null, null, 6, 0, 1, 1, '2025-01-07T10:00:00Z', '2025-01-07T10:00:00Z'),
      ('${C.odd}', '${ada.id}', null, 'Min above max', 'Other', 'Agritech',
        'A slip in the old form.', '2025-02-01', '2025-03-01', '{Asia}', '   ', 10, 4, null, 0, 0, 2, '2025-01-08T10:00:00Z', '2025-01-08T10:00:00Z'),
      ('${C.health}', '${ben.id}', '${P.benAtlas}', 'Hospital procurement', 'Healthcare', null,
        'Procurement heads at hospital groups.', '2025-03-01', '2025-06-30', '{Asia Pacific}', 'APAC', 3, 6, null, 0, 1, 0, '2025-01-09T10:00:00Z', '2025-01-09T10:00:00Z'),
      ('${C.crossProject}', '${ben.id}', '${P.atlas}', 'Filed under a colleague''s project', 'Technology', null,
        'Points at Ada''s project.', '2025-03-01', '2025-06-30', '{Europe}', null, null, null, 2, 0, 0, 1, '2025-01-10T10:00:00Z', '2025-01-10T10:00:00Z'),
      ('${C.semis}', '${chen.id}', null, 'Semiconductor supply', 'Technology', null,
        'Fab capacity in 2026.', '2025-06-01', '2025-05-01', '{Asia}', E'Taiwan\\nKorea\\n\\nJapan', null, null, 4, 1, 0, 0, '2025-01-15T10:00:00Z', '2025-01-15T10:00:00Z'),
      ('${C.ghost}', '${GONE_USER}', '${P.ghost}', 'Orphan', 'Other', null,
        null, '2025-01-01', '2025-02-01', '{}', null, null, null, null, 0, 0, 0, '2025-01-10T10:00:00Z', '2025-01-10T10:00:00Z')`,
    `INSERT INTO expert_network.team_members (id, user_id, name, email, designation, avatar_url, created_at) VALUES
      ('${M.priya}', '${ada.id}', 'Priya Shah', 'priya@northfund.example', 'VP', null, '2025-01-06T11:00:00Z'),
      ('${M.tom}', '${ada.id}', 'Tom Reyes', null, 'Associate', null, '2025-01-06T11:01:00Z'),
      ('${M.lena}', '${ben.id}', 'Lena Park', 'lena@northfund.example', 'Partner', null, '2025-01-09T11:00:00Z'),
      ('${M.sam}', '${chen.id}', 'Sam Osei', 'sam@eastcap.example', 'Analyst', null, '2025-01-15T11:00:00Z'),
      ('${M.samAgain}', '${chen.id}', 'Samuel Osei', 'sam@eastcap.example', 'Analyst', null, '2025-01-16T11:00:00Z')`,
    `INSERT INTO expert_network.campaign_team_assignments (campaign_id, team_member_id, assigned_at) VALUES
      ('${C.cloud}', '${M.priya}', '2025-01-06T12:00:00Z'),
      ('${C.cloud}', '${M.tom}', '2025-01-06T12:00:00Z'),
      ('${C.health}', '${M.lena}', '2025-01-09T12:00:00Z'),
      ('${C.cloud}', '${M.lena}', '2025-01-09T12:30:00Z'),
      ('${C.semis}', '${M.sam}', '2025-01-15T12:00:00Z')`,
    `INSERT INTO expert_network.campaign_vendor_enrollments (id, campaign_id, vendor_platform_id, status, enrolled_at, account_manager_name, created_at, updated_at) VALUES
      ('${E.glg}', '${C.cloud}', ${vendor('GLG')}, 'active', '2025-01-06T13:00:00Z', 'Jo at GLG', '2025-01-06T13:00:00Z', '2025-01-06T13:00:00Z'),
      ('${E.alpha}', '${C.cloud}', ${vendor('AlphaSights')}, 'Pending', null, null, '2025-01-06T13:00:00Z', '2025-01-06T13:00:00Z'),
      ('${E.guide}', '${C.health}', ${vendor('Guidepoint')}, 'on hold', '2025-01-09T13:00:00Z', null, '2025-01-09T13:00:00Z', '2025-01-09T13:00:00Z'),
      ('${E.acme}', '${C.payments}', ${vendor('Acme Insights')}, 'enrolled', '2025-01-07T13:00:00Z', null, '2025-01-07T13:00:00Z', '2025-01-07T13:00:00Z'),
      ('${E.tegus}', '${C.semis}', ${vendor('Tegus')}, 'awaiting contract', null, null, '2025-01-15T13:00:00Z', '2025-01-15T13:00:00Z')`,
    `INSERT INTO expert_network.experts (id, campaign_id, vendor_platform_id, name, title, company, description,
        work_history, skills, rating, ai_fit_score, status, is_new, created_at, updated_at, reviewed_at) VALUES
      ('${X.dana}', '${C.cloud}', ${vendor('GLG')}, 'Dana Whitfield', 'CISO', 'Northwind Bank', 'Runs security at a top-20 bank.',
        E'CISO, Northwind Bank (2019-04 - present)\\nHead of Security at Contoso, Feb 2014 – March 2019', '{Cloud security,Vendor selection}', 4.6, 8, 'shortlisted', false,
        '2025-01-20T09:00:00Z', '2025-01-21T09:00:00Z', '2025-01-21T09:00:00Z'),
      ('${X.marco}', '${C.cloud}', ${vendor('AlphaSights')}, 'Marco Bellini', 'Former CTO', 'Fabrikam', null,
        '[{"company":"Fabrikam","title":"CTO","startDate":"2016-04","endDate":"2021-12"},{"company":"Litware","title":"VP Engineering","startDate":"2011-01","endDate":"2016-03"}]',
        '{}', 4.2, 7, 'Scheduled', false, '2025-01-20T10:00:00Z', '2025-01-22T09:00:00Z', null),
      ('${X.ines}', '${C.cloud}', ${vendor('GLG')}, 'Ines Duarte', 'Chief Risk Officer', 'Banco Sol', 'Risk leader.',
        'Twenty years in banking, mostly risk and some audit.', '{Risk}', 4.9, 9, 'completed', false, '2025-01-20T11:00:00Z', '2025-03-11T09:00:00Z', null),
      ('${X.luis}', '${C.payments}', ${vendor('Acme Insights')}, 'Luis Ortega', 'Head of Payments', 'PagoYa', null,
        null, null, 4.75, 6, 'maybe later', true, '2025-01-25T09:00:00Z', '2025-01-25T09:00:00Z', null),
      ('${X.hana}', '${C.health}', ${vendor('Guidepoint')}, 'Hana Sato', 'Procurement Director', 'Kyoto Health', null,
        'Procurement at Kyoto Health since 2018', '{Procurement}', 4.4, 8, 'proposed', true, '2025-01-26T09:00:00Z', '2025-01-26T09:00:00Z', null),
      ('${X.benX}', '${C.crossProject}', ${vendor('GLG')}, 'Olga Berg', 'Head of IT', 'Nordstal', null,
        'Head of IT @ Nordstal 2020-01 – 2024-06', '{}', 3.9, 5, 'rejected', false, '2025-01-27T09:00:00Z', '2025-01-27T09:00:00Z', null),
      ('${X.chenX}', '${C.semis}', ${vendor('Tegus')}, 'Kenji Mori', 'Fab Director', 'Hoshi Semi', null,
        null, '{Lithography}', 4.7, 9, 'interviewed', false, '2025-01-28T09:00:00Z', '2025-01-28T09:00:00Z', null),
      ('${X.ghostX}', '${C.ghost}', ${vendor('GLG')}, 'Nobody', 'None', null, null,
        null, '{}', null, null, 'proposed', true, '2025-01-28T09:00:00Z', '2025-01-28T09:00:00Z', null)`,
    `INSERT INTO expert_network.screening_questions (id, campaign_id, parent_question_id, question_text, question_type, options, display_order, created_at) VALUES
      ('${Q.cspm}', '${C.cloud}', null, 'Have you bought a CSPM tool in the last two years?', 'yes_no', null, 0, '2025-01-06T14:00:00Z'),
      ('${Q.which}', '${C.cloud}', '${Q.cspm}', 'Which vendor did you pick?', 'text', null, 1, '2025-01-06T14:00:00Z'),
      ('${Q.accounts}', '${C.cloud}', null, 'How many cloud accounts do you run?', 'single_choice', '["Under 10", "10-100", "Over 100"]', 2, '2025-01-06T14:00:00Z'),
      ('${Q.rate}', '${C.health}', null, 'Rate the market''s maturity', 'rating', '{"min": 1, "max": 5}', 0, '2025-01-09T14:00:00Z'),
      ('${Q.strayFollowUp}', '${C.payments}', '${Q.cspm}', 'Follow-up filed under another campaign', null, null, 0, '2025-01-07T14:00:00Z'),
      ('${Q.essay}', '${C.semis}', null, 'Describe your fab''s roadmap', 'essay', null, 0, '2025-01-15T14:00:00Z')`,
    `INSERT INTO expert_network.expert_screening_responses (id, expert_id, screening_question_id, response_text, created_at) VALUES
      ('${R.r1}', '${X.dana}', '${Q.cspm}', 'Yes', '2025-01-20T09:30:00Z'),
      ('${R.r2}', '${X.dana}', '${Q.which}', 'Wiz', '2025-01-20T09:30:00Z'),
      ('${R.r3}', '${X.dana}', '${Q.accounts}', '10-100', '2025-01-20T09:30:00Z'),
      ('${R.r4}', '${X.marco}', '${Q.cspm}', 'No', '2025-01-20T10:30:00Z'),
      ('${R.r5}', '${X.hana}', '${Q.rate}', '4', '2025-01-26T09:30:00Z'),
      ('${R.crossQuestion}', '${X.ines}', '${Q.rate}', '5', '2025-01-26T09:31:00Z')`,
    `INSERT INTO expert_network.interviews (id, campaign_id, expert_id, scheduled_date, scheduled_time, duration_minutes,
        timezone, status, color_tag, created_at, updated_at, completed_at, cancelled_at) VALUES
      ('${I.newYork}', '${C.cloud}', '${X.marco}', '2025-03-20', '14:30', 45, 'America/New_York', 'scheduled', 'blue', '2025-01-22T09:00:00Z', '2025-01-22T09:00:00Z', null, null),
      ('${I.london}', '${C.cloud}', '${X.ines}', '2025-03-10', '09:00', 60, 'Europe/London', 'completed', null, '2025-01-23T09:00:00Z', '2025-03-10T10:05:00Z', '2025-03-10T10:05:00Z', null),
      ('${I.noZone}', '${C.cloud}', '${X.dana}', '2025-03-25', '10:00', 60, '', 'Rescheduled', null, '2025-01-24T09:00:00Z', '2025-01-24T09:00:00Z', null, null),
      ('${I.canceled}', '${C.payments}', '${X.luis}', '2025-04-02', '16:00', 30, 'UTC', 'Canceled', null, '2025-01-25T09:00:00Z', '2025-01-26T09:00:00Z', null, '2025-01-26T09:00:00Z'),
      ('${I.tokyo}', '${C.health}', '${X.hana}', '2025-03-12', '08:00', 60, 'asia/tokyo', 'scheduled', null, '2025-01-26T09:00:00Z', '2025-01-26T09:00:00Z', null, null),
      ('${I.crossExpert}', '${C.health}', '${X.dana}', '2025-03-13', '08:00', 60, 'Asia/Tokyo', 'scheduled', null, '2025-01-26T09:00:00Z', '2025-01-26T09:00:00Z', null, null),
      ('${I.dstGap}', '${C.cloud}', '${X.dana}', '2025-03-09', '02:30', 60, 'America/New_York', 'scheduled', null, '2025-01-27T09:00:00Z', '2025-01-27T09:00:00Z', null, null),
      ('${I.badZone}', '${C.semis}', '${X.chenX}', '2025-03-18', '11:00', 60, 'Mars/Olympus_Mons', 'scheduled', null, '2025-01-28T09:00:00Z', '2025-01-28T09:00:00Z', null, null),
      ('${I.kolkata}', '${C.semis}', '${X.chenX}', '2025-03-19', '11:00', 600, 'Asia/Kolkata', 'done', 'green', '2025-01-28T09:00:00Z', '2025-03-19T17:00:00Z', '2025-03-19T17:00:00Z', null),
      ('${I.ghost}', '${C.ghost}', '${X.ghostX}', '2025-02-01', '09:00', 60, 'UTC', 'scheduled', null, '2025-01-28T09:00:00Z', '2025-01-28T09:00:00Z', null, null)`,
    `INSERT INTO expert_network.user_ui_preferences (user_id, theme, expanded_projects, updated_at) VALUES
      ('${ada.id}', 'dark', '{${P.atlas},BOREAL,not-a-project}', '2025-02-01T09:00:00Z'),
      ('${ben.id}', 'light', null, '2025-02-01T09:00:00Z'),
      ('${GONE_USER}', 'dark', '{}', '2025-02-01T09:00:00Z')`,
  ];
}
