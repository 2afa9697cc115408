/** Importing the original app's browser storage, on a real database. */
import { MAX_BROWSER_IMPORT_BYTES, REQUIRED_INTERVIEWER_ROLE } from '@expert-network/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../src/queries/browser-import';
import { sampleBrowserStorage } from './browser-storage-sample';
import { createTestApi, errorCodeOf, type TestUser } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;
const items = sampleBrowserStorage();

beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp('Importer');
});
afterAll(() => api?.dispose());

/** The report's lines of one kind, as `name (detail)`. */
const lines = (list: ImportReport['create'], kind: string) =>
  list.filter((l) => l.kind === kind).map((l) => (l.detail ? `${l.name} (${l.detail})` : l.name));
const keysOf = (list: { key: string }[]) => [...new Set(list.map((p) => p.key))].sort();

/** How many rows the user has in each table the import writes. */
function rowCounts(userId: string) {
  return api.db.withSession(async (q) => {
    const counts: Record<string, number> = {};
    for (const table of ['projects', 'campaigns', 'team_members', 'campaign_team_assignments']) {
      const [row] = await q<{ n: number }>(
        `SELECT count(*)::int AS n FROM expert_network.${table} WHERE user_id = $1`,
        [userId],
      );
      counts[table] = row!.n;
    }
    return counts;
  });
}

describe('preview', () => {
  let report: ImportReport;
  beforeAll(async () => {
    report = await user.caller.browserImport.preview({ items });
  });

  it('lists what it would create, and writes nothing', async () => {
    expect(report.applied).toBe(false);
    expect(lines(report.create, 'project')).toEqual([
      'Project Atlas (ATLAS)',
      'Helios solar roll-up (HELIOS)',
      'GRID (GRID · named after its code: the file has no project_GRID entry)',
    ]);
    expect(lines(report.create, 'campaign')).toEqual([
      'Cloud security buyers (ATLAS · Technology · 8 calls estimated)',
      'CISO budget survey Europe (ATLAS · Technology · 5–12 calls)',
      'Residential solar installers (HELIOS · Energy · 6–10 calls, 7 calls estimated)',
      'Grid storage channel checks (GRID · Energy · 4–8 calls)',
      'Ad hoc: dental chains (Other campaigns · Unspecified · 3 calls estimated)',
    ]);
    expect(lines(report.create, 'teamMember')).toEqual([
      'Priya Shah (Associate)',
      'Marcus Webb (Vice President)',
      'Lena Okafor (Analyst)',
    ]);
    expect(lines(report.create, 'requiredInterviewer')).toEqual([
      'Priya Shah (Cloud security buyers)',
      'Lena Okafor (CISO budget survey Europe)',
    ]);
    expect(lines(report.create, 'timeZone')).toEqual([
      'America/New_York (Cloud security buyers)',
      'America/Los_Angeles (CISO budget survey Europe)',
    ]);
    expect(lines(report.create, 'theme')).toEqual(['dark (instead of system)']);
    expect(lines(report.create, 'columnWidths')).toEqual([
      'industry 180 px, campaignName 400 px (the campaign list)',
    ]);
    expect(await rowCounts(user.userId)).toEqual({
      projects: 0,
      campaigns: 0,
      team_members: 0,
      campaign_team_assignments: 0,
    });
  });

  it('names every entry it cannot use, with the reason', () => {
    const reasons = Object.fromEntries(
      keysOf(report.problems).map((key) => [
        key,
        report.problems.filter((p) => p.key === key).map((p) => p.reason),
      ]),
    );
    expect(reasons).toEqual({
      'ally-supports-cache': ['Not one of the keys the original app stored'],
      campaign_1709000000001: [
        'The avatar of Priya Shah is not a web address: imported without it',
      ],
      campaign_1713000000003: [
        'startDate "next week" is not a date: left empty',
        'minCalls 10 is more than maxCalls 6: swapped',
      ],
      campaign_1715000000005: ['No industry: imported as "Unspecified"'],
      campaign_1716000000006: ['The campaign has no name: not imported'],
      campaign_broken: ['Not a campaign: the value is not a JSON object'],
      columnWidths: ['Column "dragHandle": 16 is not a width of 20-2000 px'],
      'project_Q3 review': [
        'Project code "Q3 review" cannot be used: letters, digits, dot, dash or underscore, at most 40',
      ],
      required_members_1711000000002: [
        "Team member tm-9 is in no campaign's team in the file: not imported",
      ],
      timezone_1711000000002: [
        '"US/Pacific-New" is an obsolete name: imported as America/Los_Angeles',
      ],
      timezone_1713000000003: ['"Mars/Olympus_Mons" is not a known time zone'],
    });
  });

  it("says what it leaves out on purpose: the old app's call counts and keys that are not data", () => {
    expect(keysOf(report.notImported)).toEqual(['campaign_1709000000001', 'debug-ui', 'jwt']);
    expect(report.notImported.find((n) => n.key === 'campaign_1709000000001')?.reason).toMatch(
      /counted 3 completed, 2 scheduled calls: this app counts calls from the interviews you log/,
    );
    expect(report.skip.map((s) => `${s.kind} ${s.key}: ${s.reason}`)).toEqual([
      'requiredInterviewer required_members_1799000000099: The file has no campaign_1799000000099',
    ]);
  });
});

describe('apply', () => {
  let preview: ImportReport;
  let result: ImportReport;
  beforeAll(async () => {
    preview = await user.caller.browserImport.preview({ items });
    result = await user.caller.browserImport.commit({ items });
  });

  it('does what the preview said, and reports it the same way', () => {
    expect(result).toEqual({ ...preview, applied: true });
  });

  it('creates the projects, and the campaigns under them with their original ids and dates', async () => {
    const projects = await user.caller.project.list();
    expect(projects.map((p) => [p.projectCode, p.projectName, p.campaignCount])).toEqual([
      ['ATLAS', 'Project Atlas', 2],
      ['HELIOS', 'Helios solar roll-up', 1],
      ['GRID', 'GRID', 1],
    ]);
    expect(projects[0]!.createdAt.toISOString()).toBe('2024-02-26T09:30:00.000Z');
    const campaigns = await user.caller.campaign.list();
    const byLegacyId = Object.fromEntries(campaigns.map((c) => [c.legacyId, c]));
    expect(byLegacyId['1709000000001']).toMatchObject({
      campaignName: 'Cloud security buyers',
      projectName: 'Project Atlas',
      startDate: '2024-03-04',
      targetCompletionDate: '2024-04-12',
      estimatedCalls: 8,
      minCalls: null,
      targetCalls: 8,
      // Counted from interviews, not copied from the old app's numbers.
      completedCalls: 0,
      scheduledCalls: 0,
      defaultTimezone: 'America/New_York',
      status: 'active',
    });
    expect(byLegacyId['1711000000002']).toMatchObject({
      minCalls: 5,
      maxCalls: 12,
      targetRegions: ['Europe', 'Nordics'],
      defaultTimezone: 'America/Los_Angeles',
    });
    expect(byLegacyId['1713000000003']).toMatchObject({
      minCalls: 6,
      maxCalls: 10,
      estimatedCalls: 7,
      startDate: null,
      defaultTimezone: null,
    });
    expect(byLegacyId['1715000000005']).toMatchObject({
      projectId: null,
      industryVertical: 'Unspecified',
    });
    expect(byLegacyId['1709000000001']!.createdAt.toISOString()).toBe('2024-03-01T09:30:00.000Z');
  });

  it('creates each team member once, assigned to their campaigns, required ones marked', async () => {
    const team = await user.caller.team.list();
    expect(team.map((m) => [m.name, m.designation, m.campaignCount, m.avatarUrl])).toEqual([
      ['Lena Okafor', 'Analyst', 1, null],
      ['Marcus Webb', 'Vice President', 3, 'https://images.example.com/avatars/marcus.png'],
      ['Priya Shah', 'Associate', 2, null],
    ]);
    const campaigns = await user.caller.campaign.list();
    const idOf = (legacyId: string) => campaigns.find((c) => c.legacyId === legacyId)!.id;
    const roles = async (legacyId: string) =>
      (await user.caller.team.forCampaign({ campaignId: idOf(legacyId) })).map((m) => [
        m.name,
        m.role,
      ]);
    expect(await roles('1709000000001')).toEqual([
      ['Marcus Webb', null],
      ['Priya Shah', REQUIRED_INTERVIEWER_ROLE],
    ]);
    expect(await roles('1711000000002')).toEqual([
      ['Lena Okafor', REQUIRED_INTERVIEWER_ROLE],
      ['Priya Shah', null],
    ]);
  });

  it('sets the theme and keeps the column widths in the preferences', async () => {
    const prefs = await user.caller.preferences.get();
    expect(prefs.theme).toBe('dark');
    expect(prefs.columnWidths.campaigns).toEqual({ industry: 180, campaignName: 400 });
  });

  it('a second import creates nothing: every campaign, project and member is found', async () => {
    const before = await rowCounts(user.userId);
    const again = await user.caller.browserImport.preview({ items });
    expect(again.create).toEqual([]);
    expect(again.skip.filter((s) => s.kind === 'campaign')).toHaveLength(5);
    expect(again.skip.find((s) => s.key === 'project_ATLAS')?.reason).toBe(
      'You have a project with the code ATLAS',
    );
    expect(again.skip.find((s) => s.kind === 'theme')?.reason).toBe('Your theme is dark already');
    const applied = await user.caller.browserImport.commit({ items });
    expect(applied.create).toEqual([]);
    expect(await rowCounts(user.userId)).toEqual(before);
  });

  it('a campaign new to this workspace joins the members imported before, or made by hand', async () => {
    await user.caller.team.create({ name: 'Omar Haddad', designation: 'Partner' });
    const later = {
      campaign_1720000000007: JSON.stringify({
        id: '1720000000007',
        campaignName: 'Later campaign',
        projectCode: 'ATLAS',
        industryVertical: 'Technology',
        teamMembers: [
          { id: 'tm-1', name: 'Priya Shah', designation: 'Associate' },
          { id: 'tm-7', name: 'omar haddad', designation: 'Partner' },
        ],
      }),
    };
    const report = await user.caller.browserImport.commit({ items: later });
    expect(lines(report.create, 'campaign')).toEqual([
      'Later campaign (ATLAS · Technology · no call target)',
    ]);
    expect(report.skip.map((s) => `${s.name}: ${s.reason}`)).toEqual([
      'Priya Shah: Already in your team',
      'omar haddad: Already in your team',
    ]);
    const team = await user.caller.team.list();
    expect(team).toHaveLength(4);
    expect(team.find((m) => m.name === 'Omar Haddad')?.campaignCount).toBe(1);
  });
});

describe('a bad file', () => {
  it('is refused with BAD_REQUEST when too large, and nothing is written', async () => {
    const other = await api.signUp('Oversize');
    const huge = { ...items, padding: 'x'.repeat(MAX_BROWSER_IMPORT_BYTES) };
    expect(await errorCodeOf(other.caller.browserImport.commit({ items: huge }))).toBe(
      'BAD_REQUEST',
    );
    expect(await errorCodeOf(other.caller.browserImport.preview({ items: huge }))).toBe(
      'BAD_REQUEST',
    );
    const many = Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`k${i}`, '']));
    expect(await errorCodeOf(other.caller.browserImport.preview({ items: many }))).toBe(
      'BAD_REQUEST',
    );
    expect((await rowCounts(other.userId)).projects).toBe(0);
  });

  it('is refused when it is not keys with string values', async () => {
    for (const bad of [[], 'text', { theme: 1 }, { theme: null }, null]) {
      expect(
        await errorCodeOf(user.caller.browserImport.preview({ items: bad as never })),
        JSON.stringify(bad),
      ).toBe('BAD_REQUEST');
    }
  });

  it('an entry with a NUL character is reported, and the rest is imported', async () => {
    const other = await api.signUp('Nul');
    const report = await other.caller.browserImport.commit({
      items: {
        project_NUL: JSON.stringify({ projectName: 'Bad\u0000name' }),
        'campaign_x\u0000': JSON.stringify({ campaignName: 'Bad key', industryVertical: 'X' }),
        project_OK: JSON.stringify({ projectName: 'Fine' }),
      },
    });
    expect(report.problems.map((p) => p.key)).toEqual(['project_NUL', 'campaign_x\u0000']);
    expect(lines(report.create, 'project')).toEqual(['Fine (OK)']);
  });

  it('an empty file imports nothing and says so', async () => {
    const report = await user.caller.browserImport.commit({ items: {} });
    expect(report).toEqual({ applied: true, create: [], skip: [], problems: [], notImported: [] });
  });
});

describe('two imports at once', () => {
  it('the second waits for the first, then finds its rows: nothing is created twice', async () => {
    const other = await api.signUp('Double clicker');
    const reports = await Promise.all([
      other.caller.browserImport.commit({ items }),
      other.caller.browserImport.commit({ items }),
    ]);
    expect(reports.map((r) => lines(r.create, 'campaign').length).sort()).toEqual([0, 5]);
    expect((await rowCounts(other.userId)).campaigns).toBe(5);
  });
});

describe('between users', () => {
  it("one user's import neither sees nor touches another's rows", async () => {
    const other = await api.signUp('Other importer');
    const mine = await rowCounts(user.userId);
    const preview = await other.caller.browserImport.preview({ items });
    // The first user's ATLAS, campaigns and team are not this user's: all of it is new here.
    expect(preview.skip.filter((s) => s.kind !== 'requiredInterviewer')).toEqual([]);
    const result = await other.caller.browserImport.commit({ items });
    expect(lines(result.create, 'campaign')).toHaveLength(5);
    expect(await rowCounts(other.userId)).toEqual({
      projects: 3,
      campaigns: 5,
      team_members: 3,
      campaign_team_assignments: 6,
    });
    expect(await rowCounts(user.userId)).toEqual(mine);
  });
});
