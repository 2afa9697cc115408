/**
 * What a list shows and what a delete takes with it: the dashboard's filters,
 * list filters (interviews by time, experts by status), team roles, and the
 * cascades of campaign.delete and screening.delete. Each test has its own user.
 */
import { AWAITING_REVIEW_COUNT_LIMIT } from '@expert-network/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_ACTIVE_CAMPAIGNS } from '../src/queries/dashboard';
import { buildWorkspace } from './fixtures';
import { type Caller, createTestApi, errorCodeOf } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api?.dispose());

const HOUR = 3_600_000;
const newUser = async () => (await api.signUp()).caller;

const campaignIn = (caller: Caller, status: 'draft' | 'active' | 'paused' | 'archived') =>
  caller.campaign.create({
    campaignName: `A ${status} campaign`,
    industryVertical: 'Retail',
    status,
    minCalls: 2,
    maxCalls: 4,
  });

async function callAt(caller: Caller, campaignId: string, inHours: number, rateCents = 60_000) {
  const expert = await caller.expert.create({
    campaignId,
    name: 'Caller',
    callRateCents: rateCents,
  });
  return caller.interview.schedule({
    expertId: expert.id,
    scheduledAt: new Date(Date.now() + inHours * HOUR),
    timezone: 'UTC',
  });
}

/** How many rows of `table` belong to the campaign. */
async function rowsOf(table: string, campaignId: string) {
  const [row] = await api.db.withSession((q) =>
    q<{ n: number }>(
      `SELECT count(*)::int AS n FROM expert_network.${table} WHERE campaign_id = $1`,
      [campaignId],
    ),
  );
  return row!.n;
}

describe('the dashboard', () => {
  it('counts campaigns by status, and sums calls and targets over active campaigns only', async () => {
    const caller = await newUser();
    const active = [await campaignIn(caller, 'active'), await campaignIn(caller, 'active')];
    const paused = await campaignIn(caller, 'paused');
    await campaignIn(caller, 'draft');
    await campaignIn(caller, 'archived');
    await callAt(caller, active[0]!.id, 24);
    await callAt(caller, paused.id, 24);
    const done = await callAt(caller, active[1]!.id, -1);
    await caller.interview.complete({ id: done.id, actualMinutes: 60, rating: 4 });

    const summary = await caller.dashboard.summary();
    expect(summary.campaignsByStatus).toEqual({
      draft: 1,
      active: 2,
      paused: 1,
      completed: 0,
      archived: 1,
    });
    expect(summary.activeCampaigns.map((c) => c.id).sort()).toEqual(active.map((c) => c.id).sort());
    expect(summary.calls).toEqual({
      completed: 1,
      scheduled: 1,
      target: active.reduce((n, c) => n + (c.maxCalls ?? 0), 0),
    });
  });

  it('lists the newest active campaigns only, and sums calls and targets over all of them', async () => {
    const caller = await newUser();
    const active = [];
    for (let i = 0; i < DASHBOARD_ACTIVE_CAMPAIGNS + 2; i++) {
      active.push(await campaignIn(caller, 'active'));
    }
    const done = await callAt(caller, active[0]!.id, -1);
    await caller.interview.complete({ id: done.id, actualMinutes: 60, rating: 4 });

    const summary = await caller.dashboard.summary();
    expect(summary.campaignsByStatus.active).toBe(active.length);
    const newest = [...active]
      .sort((a, b) => +b.createdAt - +a.createdAt || b.id.localeCompare(a.id))
      .slice(0, DASHBOARD_ACTIVE_CAMPAIGNS);
    expect(summary.activeCampaigns.map((c) => c.id)).toEqual(newest.map((c) => c.id));
    // The oldest campaign's completed call counts, though it is not listed.
    expect(summary.activeCampaigns.map((c) => c.id)).not.toContain(active[0]!.id);
    expect(summary.calls).toEqual({
      completed: 1,
      scheduled: 0,
      target: active.reduce((n, c) => n + (c.maxCalls ?? 0), 0),
    });
  });

  it('lists upcoming booked calls only, soonest first', async () => {
    const caller = await newUser();
    const campaign = await campaignIn(caller, 'active');
    const later = await callAt(caller, campaign.id, 48);
    const sooner = await callAt(caller, campaign.id, 24);
    await callAt(caller, campaign.id, -1); // started: no longer upcoming
    const cancelled = await callAt(caller, campaign.id, 12);
    await caller.interview.cancel({ id: cancelled.id });
    const { upcomingInterviews } = await caller.dashboard.summary();
    expect(upcomingInterviews.map((i) => i.id)).toEqual([sooner.id, later.id]);
  });

  it('counts spend from completed calls only, and booked ones as committed, by vendor', async () => {
    const caller = await newUser();
    const campaign = await campaignIn(caller, 'active');
    const done = await callAt(caller, campaign.id, -1, 60_000);
    await caller.interview.complete({ id: done.id, actualMinutes: 60, rating: 4 });
    const missed = await callAt(caller, campaign.id, -2, 90_000);
    await caller.interview.noShow({ id: missed.id });
    const booked = await callAt(caller, campaign.id, 24, 120_000);
    const summary = await caller.dashboard.summary();
    expect(summary.totalSpendCents).toBe(done.costCents);
    expect(summary.totalCommittedCents).toBe(booked.costCents);
    expect(summary.spendByVendor).toEqual([
      {
        vendorPlatformId: null,
        vendorName: 'Added by hand',
        spendCents: done.costCents,
        committedCents: booked.costCents,
        completedCalls: 1,
        scheduledCalls: 1,
      },
    ]);
  });

  it('awaits review of new proposed experts only: not once opened, shortlisted or rejected', async () => {
    const caller = await newUser();
    const campaign = await campaignIn(caller, 'active');
    // As a vendor delivers them: new (experts added by hand are reviewed already).
    const make = async (name: string) => {
      const expert = await caller.expert.create({ campaignId: campaign.id, name });
      await api.db.withSession((q) =>
        q('UPDATE expert_network.experts SET is_new = true, reviewed_at = NULL WHERE id = $1', [
          expert.id,
        ]),
      );
      return expert;
    };
    await caller.expert.create({ campaignId: campaign.id, name: 'Added by hand' });
    const waiting = [await make('Waiting 1'), await make('Waiting 2')];
    await caller.expert.markViewed({ id: (await make('Opened')).id });
    await caller.expert.update({ id: (await make('Shortlisted')).id, status: 'shortlisted' });
    await caller.expert.update({ id: (await make('Rejected')).id, status: 'rejected' });
    const { awaitingReview } = await caller.dashboard.summary();
    expect(awaitingReview.count).toBe(2);
    expect(awaitingReview.experts.map((e) => e.id).sort()).toEqual(waiting.map((e) => e.id).sort());
  });

  it('counts those awaiting review up to the limit it shows, and the eight newest', async () => {
    const caller = await newUser();
    const campaign = await campaignIn(caller, 'active');
    const { userId } = (await caller.campaign.byId({ id: campaign.id })) as { userId: string };
    // As a vendor would deliver them: one more than the count goes to.
    await api.db.withSession((q) =>
      q(
        `INSERT INTO expert_network.experts (user_id, campaign_id, name, is_new, created_at)
         SELECT $1, $2, 'Waiting ' || n, true, now() - n * interval '1 minute'
         FROM generate_series(1, $3::int) n`,
        [userId, campaign.id, AWAITING_REVIEW_COUNT_LIMIT + 1],
      ),
    );
    const { awaitingReview } = await caller.dashboard.summary();
    expect(awaitingReview.count).toBe(AWAITING_REVIEW_COUNT_LIMIT);
    expect(awaitingReview.experts.map((e) => e.name)).toEqual(
      Array.from({ length: 8 }, (_, i) => `Waiting ${i + 1}`),
    );
  });
});

describe('list filters', () => {
  it('interview.list from/to: calls within the range, bounds included', async () => {
    const caller = await newUser();
    const campaign = await campaignIn(caller, 'active');
    const calls = [
      await callAt(caller, campaign.id, -48),
      await callAt(caller, campaign.id, 0),
      await callAt(caller, campaign.id, 48),
    ];
    // Another campaign's call at the same time: never in this campaign's list.
    await callAt(caller, (await campaignIn(caller, 'active')).id, 0);
    const ids = async (range: { from?: Date; to?: Date }) =>
      (await caller.interview.list({ campaignId: campaign.id, ...range })).items.map((i) => i.id);
    const [past, now, future] = calls.map((c) => c.scheduledAt);
    expect(await ids({})).toEqual(calls.map((c) => c.id));
    expect(await ids({ from: now })).toEqual([calls[1]!.id, calls[2]!.id]);
    expect(await ids({ to: now })).toEqual([calls[0]!.id, calls[1]!.id]);
    expect(await ids({ from: now, to: now })).toEqual([calls[1]!.id]);
    expect(
      await ids({ from: new Date(past!.getTime() + 1), to: new Date(future!.getTime() - 1) }),
    ).toEqual([calls[1]!.id]);
    expect(await errorCodeOf(caller.interview.list({ from: future!, to: past! }))).toBe(
      'BAD_REQUEST',
    );
  });

  it('expert.list status: only experts in that status', async () => {
    const caller = await newUser();
    const campaign = await campaignIn(caller, 'active');
    const make = (name: string) => caller.expert.create({ campaignId: campaign.id, name });
    const proposed = await make('Proposed');
    const shortlisted = await caller.expert.update({
      id: (await make('Shortlisted')).id,
      status: 'shortlisted',
    });
    const rejected = await caller.expert.update({
      id: (await make('Rejected')).id,
      status: 'rejected',
    });
    const ids = async (status?: 'proposed' | 'shortlisted' | 'rejected' | 'scheduled') =>
      (await caller.expert.list({ campaignId: campaign.id, status })).items.map((e) => e.id);
    expect(await ids('proposed')).toEqual([proposed.id]);
    expect(await ids('shortlisted')).toEqual([shortlisted.id]);
    expect(await ids('rejected')).toEqual([rejected.id]);
    expect(await ids('scheduled')).toEqual([]);
    expect((await ids()).sort()).toEqual([proposed.id, shortlisted.id, rejected.id].sort());
  });
});

describe('team roles', () => {
  it('team.assign sets the role, changes it, keeps it when none is sent, and leaves one assignment', async () => {
    const caller = await newUser();
    const campaign = await campaignIn(caller, 'active');
    const member = await caller.team.create({ name: 'Role Player' });
    const roleOf = async () => {
      const team = await caller.team.forCampaign({ campaignId: campaign.id });
      expect(team).toHaveLength(1);
      return team[0]!.role;
    };
    const assign = (role?: string | null) =>
      caller.team.assign({ campaignId: campaign.id, teamMemberId: member.id, role });
    expect((await assign('Lead')).role).toBe('Lead');
    expect(await roleOf()).toBe('Lead');
    await assign('Reviewer');
    expect(await roleOf()).toBe('Reviewer');
    await assign();
    expect(await roleOf()).toBe('Reviewer');
    await assign(null);
    expect(await roleOf()).toBe('Reviewer');
    expect((await caller.team.list()).items[0]!.campaignCount).toBe(1);
  });
});

describe('cascades', () => {
  const CAMPAIGN_TABLES = [
    'screening_questions',
    'campaign_vendor_enrollments',
    'experts',
    'expert_screening_responses',
    'interviews',
    'campaign_team_assignments',
  ];

  it("campaign.delete removes everything of the campaign and nothing of another's", async () => {
    const caller = await newUser();
    const doomed = await buildWorkspace(caller);
    const kept = await caller.campaign.create({
      projectId: doomed.project.id,
      campaignName: 'Kept',
      industryVertical: 'Retail',
      vendorPlatformIds: [doomed.vendors[0]!.id],
      teamMemberIds: [doomed.member.id],
    });
    await callAt(caller, kept.id, 24);
    const keptBefore = await Promise.all(CAMPAIGN_TABLES.map((t) => rowsOf(t, kept.id)));
    for (const table of CAMPAIGN_TABLES)
      expect(await rowsOf(table, doomed.campaign.id)).toBeGreaterThan(0);

    await caller.campaign.delete({ id: doomed.campaign.id });

    for (const table of CAMPAIGN_TABLES)
      expect(await rowsOf(table, doomed.campaign.id), table).toBe(0);
    const [requests] = await api.db.withSession((q) =>
      q<{ n: number }>(
        `SELECT count(*)::int AS n FROM expert_network.sourcing_requests
         WHERE enrollment_id = ANY($1::uuid[])`,
        [doomed.enrollments.map((e) => e.id)],
      ),
    );
    expect(requests!.n).toBe(0);
    expect(await Promise.all(CAMPAIGN_TABLES.map((t) => rowsOf(t, kept.id)))).toEqual(keptBefore);
    // The project and the team stay.
    expect((await caller.project.byId({ id: doomed.project.id })).campaignCount).toBe(1);
    expect((await caller.team.list()).items.map((m) => m.id)).toContain(doomed.member.id);
  });

  it('screening.delete of a question removes its follow-ups and their answers, nothing else', async () => {
    const caller = await newUser();
    const w = await buildWorkspace(caller);
    const parent = w.questions.find((q) => !q.parentQuestionId && q.questionType === 'yes_no')!;
    const followUp = w.questions.find((q) => q.parentQuestionId === parent.id)!;
    const other = w.questions.find((q) => !q.parentQuestionId && q.id !== parent.id)!;
    const answered = async () =>
      (await caller.screening.responses({ expertId: w.expert.id })).map((r) => r.questionId);
    expect(await answered()).toEqual(expect.arrayContaining([parent.id, followUp.id, other.id]));

    await caller.screening.delete({ id: parent.id });

    expect((await caller.screening.list({ campaignId: w.campaign.id })).map((q) => q.id)).toEqual([
      other.id,
    ]);
    expect(await answered()).toEqual([other.id]);
  });
});
