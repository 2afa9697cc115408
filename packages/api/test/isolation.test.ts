/**
 * User B calls every procedure with user A's ids. Each must answer NOT_FOUND
 * (exactly as for a missing id) or leak nothing of A's, and A's rows must be
 * unchanged afterwards. A procedure added to the router without a case here
 * fails the first test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_PROCEDURES } from '../src';
import { buildWorkspace } from './fixtures';
import { createTestApi, errorCodeOf, procedureAt, type TestUser } from './harness';
import { ALL_PROCEDURES } from './procedures';

type Workspace = Awaited<ReturnType<typeof buildWorkspace>>;
/** NOT_FOUND: must fail so. NO_LEAK: may succeed, but shows none of A's rows. */
type Case = { input?: unknown; expect: 'NOT_FOUND' | 'NO_LEAK' };

const notFound = (...inputs: unknown[]): Case[] =>
  inputs.map((input) => ({ input, expect: 'NOT_FOUND' }));
const noLeak = (...inputs: unknown[]): Case[] =>
  (inputs.length ? inputs : [undefined]).map((input) => ({ input, expect: 'NO_LEAK' }));
const at = new Date(Date.now() + 7 * 86_400_000);

const CASES: Record<string, (a: Workspace, b: Workspace) => Case[]> = {
  'vendor.list': () => noLeak(),
  'vendor.byId': (a) => noLeak({ id: a.vendors[0]!.id }),
  // (Shared vendors; the figures are the caller's own: vendor-scorecards.test counts them.)
  'vendor.scorecards': () => noLeak(),
  'vendor.scorecard': (a) => noLeak({ id: a.vendors[0]!.id }),
  'vendor.enroll': (a) =>
    notFound({ campaignId: a.campaign.id, vendorPlatformId: a.vendors[2]!.id }),
  'vendor.enrollments': (a) => notFound({ campaignId: a.campaign.id }),
  'vendor.updateEnrollment': (a) => notFound({ id: a.enrollments[0]!.id, notes: 'mine now' }),
  'vendor.unenroll': (a) => notFound({ id: a.enrollments[0]!.id }),
  'vendor.requestMoreExperts': (a) => notFound({ id: a.enrollments[0]!.id }),

  'project.list': () => noLeak(),
  'project.byId': (a) => notFound({ id: a.project.id }),
  // (Both workspaces use the code ATLAS: codes are unique per user, not globally.)
  'project.create': () => noLeak({ projectName: 'B copy' }),
  'project.update': (a) => notFound({ id: a.project.id, projectName: 'Hijacked' }),
  'project.delete': (a) => notFound({ id: a.project.id }),
  'project.reorder': (a, b) =>
    notFound({ ids: [a.project.id] }, { ids: [b.project.id, a.project.id] }),

  'campaign.list': (a) => noLeak(undefined, { projectId: a.project.id }, { projectId: null }),
  'campaign.byId': (a) => notFound({ id: a.campaign.id }),
  'campaign.create': (a) =>
    notFound(
      { campaignName: 'X', industryVertical: 'Y', projectId: a.project.id },
      { campaignName: 'X', industryVertical: 'Y', teamMemberIds: [a.member.id] },
    ),
  'campaign.update': (a, b) =>
    notFound(
      { id: a.campaign.id, campaignName: 'Hijacked' },
      { id: b.campaign.id, projectId: a.project.id },
    ),
  'campaign.delete': (a) => notFound({ id: a.campaign.id }),
  'campaign.reorder': (a, b) =>
    notFound({ ids: [a.campaign.id] }, { ids: [b.campaign.id, a.campaign.id] }),

  'screening.list': (a) => notFound({ campaignId: a.campaign.id }),
  'screening.create': (a, b) =>
    notFound(
      { campaignId: a.campaign.id, questionText: 'Injected?' },
      { campaignId: b.campaign.id, parentQuestionId: a.questions[0]!.id, questionText: 'Follow?' },
    ),
  'screening.update': (a) => notFound({ id: a.questions[0]!.id, questionText: 'Changed' }),
  'screening.delete': (a) => notFound({ id: a.questions[0]!.id }),
  'screening.reorder': (a, b) =>
    notFound(
      { campaignId: a.campaign.id, ids: a.questions.map((q) => q.id) },
      { campaignId: b.campaign.id, ids: [a.questions[0]!.id] },
    ),
  'screening.responses': (a) => notFound({ expertId: a.expert.id }),

  'expert.list': (a) => notFound({ campaignId: a.campaign.id }),
  'expert.statusCounts': (a) => notFound({ campaignId: a.campaign.id }),
  'expert.byId': (a) => notFound({ id: a.expert.id }),
  'expert.create': (a, b) =>
    notFound(
      { campaignId: a.campaign.id, name: 'Planted' },
      {
        campaignId: b.campaign.id,
        name: 'Cross answer',
        responses: [{ screeningQuestionId: a.questions[0]!.id, responseText: 'x' }],
      },
    ),
  'expert.update': (a) => notFound({ id: a.expert.id, status: 'rejected' }),
  'expert.markViewed': (a) => notFound({ id: a.expert.id }),
  'expert.search': () => noLeak({ search: 'Dana Whitfield CISO' }),
  'expert.matchingIds': (a) => notFound({ campaignId: a.campaign.id }),
  'expert.bulkUpdate': (a, b) =>
    notFound(
      { ids: [a.expert.id], status: 'rejected', rejectionReason: 'mine now' },
      { ids: [b.expert.id, a.expert.id], isNew: true },
    ),
  'expert.delete': (a) => notFound({ id: a.expert.id }),

  'person.ofExpert': (a) => notFound({ expertId: a.expert.id }),
  'person.split': (a) => notFound({ expertId: a.expert.id }),
  'person.merge': (a, b) =>
    notFound(
      { expertId: a.expert.id, sameAsExpertId: b.expert.id },
      { expertId: b.expert.id, sameAsExpertId: a.expert.id },
    ),
  'person.savings': (a) => [...noLeak(), ...notFound({ campaignId: a.campaign.id })],

  'interview.list': (a) => noLeak(undefined, { campaignId: a.campaign.id }),
  'interview.byId': (a) => notFound({ id: a.interview.id }),
  'interview.schedule': (a, b) =>
    notFound(
      { expertId: a.expert.id, scheduledAt: at, timezone: 'UTC' },
      { expertId: b.expert.id, scheduledAt: at, timezone: 'UTC', teamMemberId: a.member.id },
    ),
  'interview.reschedule': (a, b) =>
    notFound(
      { id: a.interview.id, scheduledAt: at },
      { id: b.interview.id, scheduledAt: at, teamMemberId: a.member.id },
    ),
  'interview.complete': (a) => notFound({ id: a.interview.id, actualMinutes: 60, rating: 4 }),
  'interview.noShow': (a) => notFound({ id: a.interview.id }),
  'interview.cancel': (a) => notFound({ id: a.interview.id }),
  'interview.correct': (a) => notFound({ id: a.interview.id, costCents: 0, reason: 'Mine now' }),
  'interview.delete': (a) => notFound({ id: a.interview.id }),

  'team.list': () => noLeak(),
  'team.create': (a) => noLeak({ name: 'Same email, other team', email: a.member.email }),
  'team.update': (a) => notFound({ id: a.member.id, name: 'Renamed' }),
  'team.delete': (a) => notFound({ id: a.member.id }),
  'team.assign': (a, b) =>
    notFound(
      { campaignId: a.campaign.id, teamMemberId: b.member.id },
      { campaignId: b.campaign.id, teamMemberId: a.member.id },
    ),
  'team.unassign': (a) => notFound({ campaignId: a.campaign.id, teamMemberId: a.member.id }),
  'team.forCampaign': (a) => notFound({ campaignId: a.campaign.id }),

  'preferences.get': () => noLeak(),
  'preferences.update': () => noLeak({ theme: 'light' }),

  'dashboard.summary': () => noLeak(),

  'notification.list': () => noLeak(),
  'notification.markRead': () => noLeak({}),

  'calendar.invite': (a) => notFound({ id: a.interview.id }),
  'calendar.feedStatus': () => noLeak(),
  // B's own feed: a token of B's, holding B's calls.
  'calendar.enableFeed': () => noLeak(),
  'calendar.revokeFeed': () => noLeak(),

  'compliance.rules': (a) => notFound({ projectId: a.project.id }),
  'compliance.updateRules': (a) =>
    notFound({ projectId: a.project.id, targetCompany: 'Northwind Bank' }),
  'compliance.doNotContact': () => noLeak(),
  // B's list re-checks B's experts only: A's Dana (at Northwind Bank) stays clear.
  'compliance.addDoNotContact': () => noLeak({ kind: 'company', name: 'Northwind Bank' }),
  'compliance.removeDoNotContact': (a) => notFound({ id: a.doNotContact.id }),
  'compliance.approve': (a) => notFound({ expertId: a.expert.id, reason: 'Looks fine to me' }),
  'compliance.approvals': (a) => notFound({ expertId: a.expert.id }),

  'audit.campaign': (a) => notFound({ campaignId: a.campaign.id }),
  'audit.expert': (a) => notFound({ expertId: a.expert.id }),
  'audit.campaignCsv': (a) => notFound({ campaignId: a.campaign.id }),

  // (A's ids would come back in the report as the keys B sent, so the file names A's code and member.)
  'browserImport.preview': (a) => noLeak({ items: storageNaming(a) }),
  'browserImport.commit': (a) => noLeak({ items: storageNaming(a) }),

  // A stream: what it yields is covered by live.test.ts (only the caller's own changes).
  'live.changes': () => noLeak(),
};

/** A browser-storage file naming A's project code and team member: B gets rows of B's own. */
function storageNaming(a: Workspace): Record<string, string> {
  return {
    [`project_${a.project.projectCode}`]: JSON.stringify({ projectName: 'Same code' }),
    campaign_legacy1: JSON.stringify({
      campaignName: 'Imported',
      projectCode: a.project.projectCode,
      industryVertical: 'Technology',
      teamMembers: [{ id: 'tm-1', name: a.member.name }],
    }),
    required_members_legacy1: JSON.stringify(['tm-1']),
    timezone_legacy1: 'Europe/Paris',
  };
}

let api: Awaited<ReturnType<typeof createTestApi>>;
let alice: TestUser;
let bob: TestUser;
let a: Workspace;
let b: Workspace;

beforeAll(async () => {
  api = await createTestApi();
  alice = await api.signUp('Alice');
  bob = await api.signUp('Bob');
  a = await buildWorkspace(alice.caller);
  b = await buildWorkspace(bob.caller);
});
afterAll(() => api?.dispose());

const USER_TABLES = [
  'projects',
  'campaigns',
  'screening_questions',
  'campaign_vendor_enrollments',
  'experts',
  'expert_screening_responses',
  'interviews',
  'team_members',
  'campaign_team_assignments',
  'user_ui_preferences',
  'sourcing_requests',
  'project_compliance_rules',
  'do_not_contact_entries',
  'expert_approvals',
  // B's calls write no entry in A's history.
  'audit_log',
];

/** Every row A owns, in every user-owned table. */
function snapshotOf(userId: string) {
  return api.db.withSession(async (q) => {
    const tables: Record<string, unknown[]> = {};
    for (const table of USER_TABLES) {
      tables[table] = await q(
        `SELECT * FROM expert_network.${table} WHERE user_id = $1 ORDER BY 1`,
        [userId],
      );
    }
    return tables;
  });
}

/** Every id of A's the workspace holds, and A's user id. */
function idsOf(w: Workspace, userId: string): string[] {
  return [
    userId,
    w.project.id,
    w.campaign.id,
    w.expert.id,
    w.interview.id,
    w.member.id,
    ...w.questions.map((q) => q.id),
    ...w.enrollments.map((e) => e.id),
    w.doNotContact.id,
  ];
}

describe("user B with user A's ids", () => {
  it('every procedure has a case', () => {
    const covered = Object.keys(CASES).sort();
    const needed = ALL_PROCEDURES.filter(
      (p) => !(PUBLIC_PROCEDURES as readonly string[]).includes(p),
    );
    expect(covered).toEqual(needed);
  });

  // One test per procedure, so that one failing hides none of the others.
  it.each(Object.keys(CASES))(
    '%s: NOT_FOUND or nothing of A, and nothing of A changed',
    async (path) => {
      const before = await snapshotOf(alice.userId);
      expect(before.experts).toHaveLength(1);
      const secrets = idsOf(a, alice.userId);
      const call = procedureAt(bob.caller, path);
      for (const { input, expect: expected } of CASES[path]!(a, b)) {
        if (expected === 'NOT_FOUND') {
          expect(await errorCodeOf(call(input)), JSON.stringify(input)).toBe('NOT_FOUND');
        } else {
          const text = JSON.stringify(await call(input));
          for (const id of secrets) expect(text, `leaks ${id}`).not.toContain(id);
        }
      }
      expect(await snapshotOf(alice.userId)).toEqual(before);
    },
  );

  it("an id that does not exist answers exactly like another user's id", async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const errorOf = async (id: string) => {
      try {
        await bob.caller.campaign.byId({ id });
      } catch (error) {
        return { code: (error as { code: string }).code, message: (error as Error).message };
      }
    };
    expect(await errorOf(a.campaign.id)).toEqual(await errorOf(missing));
  });
});
