/**
 * The campaign workflow through the API, as the web app drives it. Each test
 * has a user and workspace of its own, so it stands alone: any order, any subset.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildWorkspace } from './fixtures';
import { createTestApi, errorCodeOf, type TestUser } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;
let w: Awaited<ReturnType<typeof buildWorkspace>>;

beforeAll(async () => {
  api = await createTestApi();
});
beforeEach(async () => {
  user = await api.signUp('Associate');
  w = await buildWorkspace(user.caller);
});
afterAll(() => api?.dispose());

describe('campaigns', () => {
  it('the wizard writes the campaign with its questions, follow-ups, vendors and team', async () => {
    const questions = await user.caller.screening.list({ campaignId: w.campaign.id });
    expect(questions).toHaveLength(3);
    const followUp = questions.find((q) => q.parentQuestionId);
    expect(followUp).toMatchObject({
      questionText: 'Which vendor did you pick?',
      followUpTrigger: 'Yes',
    });
    expect(w.enrollments.map((e) => e.vendor.name).sort()).toEqual(
      [w.vendors[0]!.name, w.vendors[1]!.name].sort(),
    );
    expect(w.enrollments.every((e) => e.status === 'active')).toBe(true);
    expect(
      (await user.caller.team.forCampaign({ campaignId: w.campaign.id })).map((m) => m.id),
    ).toEqual([w.member.id]);
  });

  it("counts each project's campaigns, each member's campaigns and each vendor's experts", async () => {
    const other = await user.caller.project.create({ projectName: 'Empty project' });
    const { items: projects } = await user.caller.project.list();
    expect(projects.find((p) => p.id === w.project.id)?.campaignCount).toBe(1);
    expect(projects.find((p) => p.id === other.id)?.campaignCount).toBe(0);
    expect((await user.caller.project.byId({ id: w.project.id })).campaignCount).toBe(1);
    await user.caller.project.delete({ id: other.id });

    const idle = await user.caller.team.create({ name: 'Idle Ian' });
    const { items: team } = await user.caller.team.list();
    expect(team.find((m) => m.id === w.member.id)?.campaignCount).toBe(1);
    expect(team.find((m) => m.id === idle.id)?.campaignCount).toBe(0);
    await user.caller.team.delete({ id: idle.id });

    const enrollments = await user.caller.vendor.enrollments({ campaignId: w.campaign.id });
    const byVendor = Object.fromEntries(
      enrollments.map((e) => [e.vendorPlatformId, e.expertCount]),
    );
    expect(byVendor).toEqual({ [w.vendors[0]!.id]: 1, [w.vendors[1]!.id]: 0 });
    expect(enrollments.every((e) => e.sourcingSince instanceof Date)).toBe(true);
  });

  it("lists in the user's order (new ones last), with project name and counts", async () => {
    const second = await user.caller.campaign.create({
      campaignName: 'Second',
      industryVertical: 'Retail',
    });
    const { items, nextCursor } = await user.caller.campaign.list();
    const list = [...items].reverse();
    expect(nextCursor).toBeNull();
    expect(list.map((c) => c.id)).toEqual([second.id, w.campaign.id]);
    expect(list[1]).toMatchObject({
      projectName: 'Project Atlas',
      expertCount: 1,
      interviewCount: 1,
      scheduledCalls: 1,
      completedCalls: 0,
      targetCalls: 8, // the estimate
    });
    expect(list[1]!.createdAt).toBeInstanceOf(Date);
    expect(list[0]).toMatchObject({
      projectName: null,
      expertCount: 0,
      interviewCount: 0,
      targetCalls: 0,
    });
    expect(await user.caller.campaign.byId({ id: w.campaign.id })).toEqual(list[1]);
    // No estimate: the maximum, else the minimum.
    await user.caller.campaign.update({ id: second.id, minCalls: 2, maxCalls: 6 });
    expect((await user.caller.campaign.byId({ id: second.id })).targetCalls).toBe(6);
    await user.caller.campaign.update({ id: second.id, maxCalls: null });
    expect((await user.caller.campaign.byId({ id: second.id })).targetCalls).toBe(2);
  });

  it('reorders projects and moves campaigns out of a deleted project', async () => {
    const other = await user.caller.project.create({ projectName: 'Project Borealis' });
    expect(other.projectCode).toMatch(/^PRJ-\d+$/);
    await user.caller.project.reorder({ ids: [other.id, w.project.id] });
    expect((await user.caller.project.list()).items.map((p) => p.id)).toEqual([
      other.id,
      w.project.id,
    ]);

    const moved = await user.caller.campaign.create({
      campaignName: 'Under Borealis',
      industryVertical: 'Energy',
      projectId: other.id,
    });
    await user.caller.project.delete({ id: other.id });
    expect((await user.caller.campaign.byId({ id: moved.id })).projectId).toBeNull();
  });

  it('names a clashing project code', async () => {
    expect(
      await errorCodeOf(user.caller.project.create({ projectName: 'Dup', projectCode: 'ATLAS' })),
    ).toBe('CONFLICT');
  });
});

describe('experts and interviews', () => {
  it('pages through experts with a stable cursor', async () => {
    for (let i = 0; i < 20; i++) {
      await user.caller.expert.create({ campaignId: w.campaign.id, name: `Expert ${i}` });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof user.caller.expert.list>> =
        await user.caller.expert.list({
          campaignId: w.campaign.id,
          limit: 6,
          cursor,
          direction: 'forward', // as the web app's infinite query sends it
        });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(21);
    expect(new Set(seen).size).toBe(21);
    const counts = await user.caller.expert.statusCounts({ campaignId: w.campaign.id });
    expect(counts.total).toBe(21);
    expect(counts.byStatus.scheduled).toBe(1);
  });

  it("counts each vendor's experts, including a vendor since removed", async () => {
    const [, , third] = w.vendors;
    const enrolled = await user.caller.vendor.enroll({
      campaignId: w.campaign.id,
      vendorPlatformId: third!.id,
    });
    await user.caller.expert.create({
      campaignId: w.campaign.id,
      vendorPlatformId: third!.id,
      name: 'Removed Vendor Expert',
    });
    await user.caller.vendor.unenroll({ id: enrolled.id });
    const { byVendor } = await user.caller.expert.statusCounts({ campaignId: w.campaign.id });
    // Experts added by hand have no vendor and are not listed.
    expect(byVendor).toEqual(
      [
        { vendorPlatformId: w.vendors[0]!.id, vendorName: w.vendors[0]!.name, count: 1 },
        { vendorPlatformId: third!.id, vendorName: third!.name, count: 1 },
      ].sort((a, b) => a.vendorName.localeCompare(b.vendorName)),
    );
    const expert = await user.caller.expert.list({
      campaignId: w.campaign.id,
      vendorPlatformId: third!.id,
    });
    await user.caller.expert.delete({ id: expert.items[0]!.id });
  });

  it('moves an expert along the pipeline, and refuses illegal moves', async () => {
    const expert = await user.caller.expert.create({ campaignId: w.campaign.id, name: 'Jo Park' });
    expect((await user.caller.expert.update({ id: expert.id, status: 'shortlisted' })).status).toBe(
      'shortlisted',
    );
    expect((await user.caller.expert.update({ id: expert.id, status: 'rejected' })).status).toBe(
      'rejected',
    );
    expect(
      await errorCodeOf(
        user.caller.interview.schedule({
          expertId: expert.id,
          scheduledAt: new Date(),
          timezone: 'UTC',
        }),
      ),
    ).toBe('BAD_REQUEST');
    // A scheduled expert's status follows the interview.
    expect(
      await errorCodeOf(user.caller.expert.update({ id: w.expert.id, status: 'rejected' })),
    ).toBe('BAD_REQUEST');
  });

  it('shows every screening answer of an expert, follow-ups after their parent', async () => {
    const expert = await user.caller.expert.byId({ id: w.expert.id });
    expect(expert.responses).toHaveLength(3);
    expect(expert.vendorPlatform?.name).toBe(w.vendors[0]!.name);
    const answers = await user.caller.screening.responses({ expertId: w.expert.id });
    expect(answers.map((a) => a.questionText)).toEqual([
      'Have you bought a CSPM tool in the last two years?',
      'Which vendor did you pick?',
      'How many cloud accounts do you run?',
    ]);
  });

  it('marks an expert viewed once', async () => {
    const fresh = await api.db.withSession((q) =>
      q<{ id: string }>(
        `INSERT INTO expert_network.experts (user_id, campaign_id, name) VALUES ($1, $2, 'New arrival') RETURNING id`,
        [user.userId, w.campaign.id],
      ),
    );
    const id = fresh[0]!.id;
    const viewed = await user.caller.expert.markViewed({ id });
    expect(viewed.isNew).toBe(false);
    const again = await user.caller.expert.markViewed({ id });
    expect(again.reviewedAt).toEqual(viewed.reviewedAt);
  });

  it('completes a call: the expert is completed and the dashboard counts the call and its cost', async () => {
    const before = await user.caller.dashboard.summary();
    expect(before.calls.scheduled).toBe(1);
    // Booked, the call is committed money, not yet spent.
    expect(before.spendByVendor).toEqual([
      {
        vendorPlatformId: w.vendors[0]!.id,
        vendorName: w.vendors[0]!.name,
        spendCents: 0,
        committedCents: 90_000,
        completedCalls: 0,
        scheduledCalls: 1,
      },
    ]);
    expect(before).toMatchObject({ totalSpendCents: 0, totalCommittedCents: 90_000 });
    await user.caller.interview.complete({
      id: w.interview.id,
      actualMinutes: 60,
      rating: 4,
      notes: 'Great on budgets',
    });
    expect((await user.caller.expert.byId({ id: w.expert.id })).status).toBe('completed');
    const after = await user.caller.dashboard.summary();
    expect(after.calls).toMatchObject({ completed: 1, scheduled: 0 });
    expect(after.spendByVendor).toEqual([
      {
        vendorPlatformId: w.vendors[0]!.id,
        vendorName: w.vendors[0]!.name,
        spendCents: 90_000,
        committedCents: 0,
        completedCalls: 1,
        scheduledCalls: 0,
      },
    ]);
    expect(after).toMatchObject({ totalSpendCents: 90_000, totalCommittedCents: 0 });
    expect(
      await errorCodeOf(
        user.caller.interview.complete({ id: w.interview.id, actualMinutes: 60, rating: 4 }),
      ),
    ).toBe('BAD_REQUEST');
  });

  it('cancelling the only call puts the expert back on the shortlist', async () => {
    const expert = await user.caller.expert.create({
      campaignId: w.campaign.id,
      name: 'Lee Chen',
      callRateCents: 120_000,
    });
    const call = await user.caller.interview.schedule({
      expertId: expert.id,
      scheduledAt: new Date(Date.now() + 86_400_000),
      timezone: 'Asia/Singapore',
      durationMinutes: 30,
    });
    expect(call.costCents).toBe(60_000);
    expect((await user.caller.dashboard.summary()).upcomingInterviews.map((i) => i.id)).toContain(
      call.id,
    );
    const moved = await user.caller.interview.reschedule({
      id: call.id,
      scheduledAt: new Date(Date.now() + 2 * 86_400_000),
      durationMinutes: 45,
    });
    expect(moved.costCents).toBe(90_000);
    await user.caller.interview.cancel({ id: call.id, reason: 'Conflict of interest' });
    expect((await user.caller.expert.byId({ id: expert.id })).status).toBe('shortlisted');
  });

  it('deleting an interviewer keeps their interviews', async () => {
    await user.caller.team.delete({ id: w.member.id });
    expect((await user.caller.interview.byId({ id: w.interview.id })).teamMemberId).toBeNull();
  });
});

describe('screening questions', () => {
  it('refuses a follow-up trigger its parent cannot give, and nested follow-ups', async () => {
    const [parent] = await user.caller.screening.list({ campaignId: w.campaign.id });
    expect(
      await errorCodeOf(
        user.caller.screening.create({
          campaignId: w.campaign.id,
          parentQuestionId: parent!.id,
          questionText: 'Why?',
          followUpTrigger: 'Maybe',
        }),
      ),
    ).toBe('BAD_REQUEST');
    const followUp = await user.caller.screening.create({
      campaignId: w.campaign.id,
      parentQuestionId: parent!.id,
      questionText: 'Why not?',
      followUpTrigger: 'no',
    });
    expect(
      await errorCodeOf(
        user.caller.screening.create({
          campaignId: w.campaign.id,
          parentQuestionId: followUp.id,
          questionText: 'Deeper?',
        }),
      ),
    ).toBe('BAD_REQUEST');
  });

  it('reorders questions', async () => {
    const top = (await user.caller.screening.list({ campaignId: w.campaign.id })).filter(
      (q) => !q.parentQuestionId,
    );
    const reversed = top.map((q) => q.id).reverse();
    await user.caller.screening.reorder({ campaignId: w.campaign.id, ids: reversed });
    const after = (await user.caller.screening.list({ campaignId: w.campaign.id })).filter(
      (q) => !q.parentQuestionId,
    );
    expect(after.map((q) => q.id)).toEqual(reversed);
  });
});

describe('preferences', () => {
  it('updates only the fields sent', async () => {
    const fresh = await api.signUp('Newcomer');
    expect((await fresh.caller.preferences.get()).theme).toBe('system');
    await fresh.caller.preferences.update({ theme: 'dark' });
    await fresh.caller.preferences.update({ sidebarCollapsed: true });
    expect(await fresh.caller.preferences.get()).toMatchObject({
      theme: 'dark',
      sidebarCollapsed: true,
    });
  });
});

describe('updates', () => {
  it('sending only the id (or undefined fields) changes nothing and answers with the row', async () => {
    const before = await user.caller.campaign.byId({ id: w.campaign.id });
    expect(await user.caller.campaign.update({ id: w.campaign.id, minCalls: undefined })).toEqual(
      before,
    );
    expect((await user.caller.project.update({ id: w.project.id })).id).toBe(w.project.id);
    expect((await user.caller.expert.update({ id: w.expert.id })).id).toBe(w.expert.id);
    expect((await user.caller.screening.update({ id: w.questions[0]!.id })).id).toBe(
      w.questions[0]!.id,
    );
    const member = await user.caller.team.create({ name: 'Unchanged' });
    expect(await user.caller.team.update({ id: member.id })).toEqual(member);
    expect((await user.caller.vendor.updateEnrollment({ id: w.enrollments[0]!.id })).id).toBe(
      w.enrollments[0]!.id,
    );
  });

  it('checks a partial update against what is stored', async () => {
    const other = await user.caller.campaign.create({
      campaignName: 'Niche',
      industryVertical: 'Other',
      customIndustry: 'Funeral services',
      subIndustry: 'Pre-need plans',
    });
    expect(other.subIndustry).toBe('Pre-need plans');
    expect(
      (await user.caller.campaign.update({ id: other.id, subIndustry: null })).subIndustry,
    ).toBeNull();
    expect(
      (await user.caller.campaign.update({ id: other.id, industryVertical: 'Other' }))
        .customIndustry,
    ).toBe('Funeral services');
    const choice = w.questions.find((q) => q.questionType === 'single_choice')!;
    expect(
      (await user.caller.screening.update({ id: choice.id, questionType: 'multi_choice' }))
        .questionType,
    ).toBe('multi_choice');
    // A parent whose follow-up is asked on "Yes" cannot become a choice without "Yes".
    const parent = w.questions.find((q) => q.questionType === 'yes_no')!;
    expect(
      await errorCodeOf(
        user.caller.screening.update({
          id: parent.id,
          questionType: 'single_choice',
          options: { choices: ['Often', 'Never'] },
        }),
      ),
    ).toBe('BAD_REQUEST');
  });

  it('a declined vendor stays declined', async () => {
    const enrollment = w.enrollments[1]!;
    await api.db.withSession((q) =>
      q(`UPDATE expert_network.campaign_vendor_enrollments SET status = 'declined' WHERE id = $1`, [
        enrollment.id,
      ]),
    );
    expect(
      await errorCodeOf(
        user.caller.vendor.updateEnrollment({ id: enrollment.id, status: 'active' }),
      ),
    ).toBe('BAD_REQUEST');
  });

  it("deleting an expert's only booked call puts them back on the shortlist", async () => {
    const expert = await user.caller.expert.create({
      campaignId: w.campaign.id,
      name: 'Once booked',
    });
    const call = await user.caller.interview.schedule({
      expertId: expert.id,
      scheduledAt: new Date(Date.now() + 3_600_000),
      timezone: 'UTC',
    });
    expect((await user.caller.expert.byId({ id: expert.id })).status).toBe('scheduled');
    // (A completed call cannot be deleted: see interview-rules.test.ts.)
    await user.caller.interview.delete({ id: call.id });
    expect((await user.caller.expert.byId({ id: expert.id })).status).toBe('shortlisted');
  });

  it('marks a call the expert missed: not charged, and the expert can be booked again', async () => {
    const expert = await user.caller.expert.create({
      campaignId: w.campaign.id,
      name: 'Never joined',
      callRateCents: 50_000,
    });
    const upcoming = await user.caller.interview.schedule({
      expertId: expert.id,
      scheduledAt: new Date(Date.now() + 86_400_000),
      timezone: 'UTC',
    });
    expect(await errorCodeOf(user.caller.interview.noShow({ id: upcoming.id }))).toBe(
      'BAD_REQUEST',
    );
    const spendBefore = (await user.caller.dashboard.summary()).totalSpendCents;
    const missed = await user.caller.interview.reschedule({
      id: upcoming.id,
      scheduledAt: new Date(Date.now() - 3_600_000),
    });
    const marked = await user.caller.interview.noShow({ id: missed.id, notes: 'Line was dead' });
    expect(marked).toMatchObject({ status: 'no_show', notes: 'No show: Line was dead' });
    expect((await user.caller.expert.byId({ id: expert.id })).status).toBe('shortlisted');
    expect((await user.caller.dashboard.summary()).totalSpendCents).toBe(spendBefore);
    expect(
      await errorCodeOf(
        user.caller.interview.complete({ id: missed.id, actualMinutes: 60, rating: 4 }),
      ),
    ).toBe('BAD_REQUEST');
  });
});
