/**
 * Money and clashes through the API on a real database: the vendors' billing
 * rules decide a call's cost, completing a call records its real length and a
 * rating, spent and committed are kept apart, budgets warn before a booking
 * passes them and notify at 80% and 100%, and the clash rules (expert refused,
 * interviewer and campaign dates confirmed) hold for bookings and moves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayFromNow } from './fixtures';
import { createTestApi, type TestUser, warningsOf } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;
let glgId: string;
let tegusId: string;
beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp('Treasurer');
  const vendors = await user.caller.vendor.list();
  glgId = vendors.find((v) => v.name === 'GLG')!.id;
  tegusId = vendors.find((v) => v.name === 'Tegus')!.id;
});
afterAll(() => api?.dispose());

const HOUR = 3_600_000;
/** A round hour `hours` from now, so calls booked by hours never half-overlap by accident. */
const hoursFromNow = (hours: number) =>
  new Date(Math.ceil(Date.now() / HOUR) * HOUR + hours * HOUR);

async function campaign(fields: { budgetCents?: number; projectId?: string } = {}) {
  return user.caller.campaign.create({
    campaignName: `Money ${Math.random()}`,
    industryVertical: 'Healthcare',
    startDate: dayFromNow(-10),
    targetCompletionDate: dayFromNow(30),
    ...fields,
  });
}

async function expert(campaignId: string, vendorPlatformId = glgId, callRateCents = 105_000) {
  return user.caller.expert.create({
    campaignId,
    vendorPlatformId,
    name: `Expert ${Math.random()}`,
    callRateCents,
  });
}

describe("vendors' billing rules", () => {
  it('each vendor carries its minimum and increment, from the seed', async () => {
    const vendors = await user.caller.vendor.list();
    expect(vendors.find((v) => v.name === 'GLG')).toMatchObject({
      minimumBillableMinutes: 60,
      billingIncrementMinutes: 15,
    });
    expect(vendors.find((v) => v.name === 'Tegus')).toMatchObject({
      minimumBillableMinutes: 30,
      billingIncrementMinutes: 15,
    });
    for (const v of vendors) {
      expect(v.minimumBillableMinutes).toBeGreaterThanOrEqual(30);
      expect([15, 30]).toContain(v.billingIncrementMinutes);
    }
  });

  it('a booked call costs the billable minutes of its length; a completed one those of its real length', async () => {
    const c = await campaign();
    const glg = await expert(c.id);
    const tegus = await expert(c.id, tegusId, 60_000);
    // 30 minutes booked with GLG: the hour is the minimum.
    const short = await user.caller.interview.schedule({
      expertId: glg.id,
      scheduledAt: new Date(Date.now() - 3 * HOUR),
      timezone: 'UTC',
      durationMinutes: 30,
    });
    expect(short.costCents).toBe(105_000);
    // 70 minutes in fact: 75 billed.
    const done = await user.caller.interview.complete({
      id: short.id,
      actualMinutes: 70,
      rating: 5,
      notes: 'Ran over',
    });
    expect(done).toMatchObject({
      status: 'completed',
      actualMinutes: 70,
      rating: 5,
      durationMinutes: 30,
      costCents: 131_250,
    });
    // Tegus bills 30 minutes at least, then quarters: 20 minutes cost half an hour.
    const brief = await user.caller.interview.schedule({
      expertId: tegus.id,
      scheduledAt: new Date(Date.now() - 2 * HOUR),
      timezone: 'UTC',
      durationMinutes: 30,
    });
    const briefDone = await user.caller.interview.complete({
      id: brief.id,
      actualMinutes: 20,
      rating: 3,
    });
    expect(briefDone.costCents).toBe(30_000);
  });

  it('completing needs the real length and a rating from 1 to 5', async () => {
    const c = await campaign();
    const e = await expert(c.id);
    const call = await user.caller.interview.schedule({
      expertId: e.id,
      scheduledAt: new Date(Date.now() - HOUR),
      timezone: 'UTC',
    });
    for (const bad of [
      { actualMinutes: 0, rating: 3 },
      { actualMinutes: 60, rating: 6 },
      { actualMinutes: 60, rating: 0 },
      { actualMinutes: 60.5, rating: 3 },
    ]) {
      await expect(user.caller.interview.complete({ id: call.id, ...bad })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    }
    expect((await user.caller.interview.byId({ id: call.id })).status).toBe('scheduled');
  });
});

describe('moving and correcting a call', () => {
  it('a move keeps the length and time zone not given, recosts the call, and weighs only what it adds against the budget', async () => {
    const c = await campaign({ budgetCents: 250_000 });
    const first = await user.caller.interview.schedule({
      expertId: (await expert(c.id)).id,
      scheduledAt: hoursFromNow(24),
      timezone: 'Europe/London',
    });
    await user.caller.interview.schedule({
      expertId: (await expert(c.id)).id,
      scheduledAt: hoursFromNow(26),
      timezone: 'UTC',
    }); // $2,100 of $2,500
    // Moved as it is: it adds nothing, so nothing to confirm.
    const moved = await user.caller.interview.reschedule({
      id: first.id,
      scheduledAt: hoursFromNow(30),
    });
    expect(moved).toMatchObject({
      scheduledAt: hoursFromNow(30),
      durationMinutes: 60,
      timezone: 'Europe/London',
      costCents: 105_000,
    });
    // 90 minutes instead: $525 more passes the budget, so the move asks first.
    const longer = { id: first.id, scheduledAt: hoursFromNow(30), durationMinutes: 90 };
    expect(await warningsOf(user.caller.interview.reschedule(longer))).toEqual([
      'confirm.over_budget',
    ]);
    const confirmed = await user.caller.interview.reschedule({
      ...longer,
      confirm: ['over_budget'],
    });
    expect(confirmed.costCents).toBe(157_500);
    expect((await user.caller.campaign.byId({ id: c.id })).committedCents).toBe(262_500);
  });

  it('correcting the cost alone keeps the real length the call had', async () => {
    const c = await campaign();
    const call = await user.caller.interview.schedule({
      expertId: (await expert(c.id)).id,
      scheduledAt: new Date(Date.now() - 3 * HOUR),
      timezone: 'UTC',
    });
    await user.caller.interview.complete({ id: call.id, actualMinutes: 70, rating: 4 });
    const corrected = await user.caller.interview.correct({
      id: call.id,
      costCents: 100_000,
      reason: 'The vendor gave a discount',
    });
    expect(corrected).toMatchObject({ durationMinutes: 60, actualMinutes: 70, costCents: 100_000 });
  });
});

describe('spent and committed', () => {
  it('a booked call is committed, a completed one spent, in the campaign and the dashboard', async () => {
    const c = await campaign({ budgetCents: 500_000 });
    const e = await expert(c.id);
    const call = await user.caller.interview.schedule({
      expertId: e.id,
      scheduledAt: new Date(Date.now() - HOUR),
      timezone: 'UTC',
    });
    expect(await user.caller.campaign.byId({ id: c.id })).toMatchObject({
      budgetCents: 500_000,
      spendCents: 0,
      committedCents: 105_000,
    });
    const before = await user.caller.dashboard.summary();
    const glgBefore = before.spendByVendor.find((v) => v.vendorPlatformId === glgId)!;
    expect(glgBefore.committedCents).toBeGreaterThanOrEqual(105_000);
    expect(before.activeCampaigns.find((a) => a.id === c.id)).toMatchObject({
      budgetCents: 500_000,
      spendCents: 0,
      committedCents: 105_000,
    });
    await user.caller.interview.complete({ id: call.id, actualMinutes: 45, rating: 4 });
    expect(await user.caller.campaign.byId({ id: c.id })).toMatchObject({
      spendCents: 105_000,
      committedCents: 0,
    });
    const after = await user.caller.dashboard.summary();
    const glgAfter = after.spendByVendor.find((v) => v.vendorPlatformId === glgId)!;
    expect(glgAfter.committedCents).toBe(glgBefore.committedCents - 105_000);
    expect(glgAfter.spendCents).toBe(glgBefore.spendCents + 105_000);
  });
});

describe('budgets', () => {
  it('warn before a booking passes them, and notify once at 80% and at 100%', async () => {
    const c = await campaign({ budgetCents: 250_000 });
    const notices = async () =>
      (await user.caller.notification.list()).items.filter((n) => n.link === `/campaigns/${c.id}`);
    const book = async (hours: number, confirm?: ('over_budget' | 'interviewer_clash')[]) =>
      user.caller.interview.schedule({
        expertId: (await expert(c.id)).id,
        scheduledAt: hoursFromNow(hours),
        timezone: 'UTC',
        confirm,
      });
    await book(24); // $1,050 of $2,500: 42%
    expect(await notices()).toEqual([]);
    await book(26); // $2,100: 84%
    const at80 = await notices();
    expect(at80).toHaveLength(1);
    expect(at80[0]).toMatchObject({ kind: 'budget', readAt: null });
    expect(at80[0]!.title).toMatch(/80% of the budget/);
    expect(at80[0]!.body).toContain('$2,100 of $2,500');
    // A third call would make $3,150: the booking waits for the user's word.
    const third = await expert(c.id);
    const attempt = () =>
      user.caller.interview.schedule({
        expertId: third.id,
        scheduledAt: hoursFromNow(28),
        timezone: 'UTC',
      });
    expect(await warningsOf(attempt())).toEqual(['confirm.over_budget']);
    expect((await user.caller.campaign.byId({ id: c.id })).committedCents).toBe(210_000);
    await user.caller.interview.schedule({
      expertId: third.id,
      scheduledAt: hoursFromNow(28),
      timezone: 'UTC',
      confirm: ['over_budget'],
    });
    const all = await notices();
    expect(all.map((n) => n.title)).toEqual([
      expect.stringMatching(/budget used up/),
      expect.stringMatching(/80% of the budget/),
    ]);
    // Crossing again adds nothing: each threshold notifies once.
    await book(30, ['over_budget']);
    expect(await notices()).toHaveLength(2);
    const { unreadCount } = await user.caller.notification.list();
    expect(unreadCount).toBeGreaterThanOrEqual(2);
    const read = await user.caller.notification.markRead({ ids: [all[0]!.id] });
    expect(read.unreadCount).toBe(unreadCount - 1);
    expect((await user.caller.notification.markRead({})).unreadCount).toBe(0);
  });

  it("a project's budget counts every one of its campaigns", async () => {
    const project = await user.caller.project.create({
      projectName: 'Budgeted',
      budgetCents: 200_000,
    });
    expect(project.budgetCents).toBe(200_000);
    const first = await campaign({ projectId: project.id });
    const second = await campaign({ projectId: project.id });
    await user.caller.interview.schedule({
      expertId: (await expert(first.id)).id,
      scheduledAt: hoursFromNow(40),
      timezone: 'UTC',
    });
    const next = await expert(second.id);
    const booking = {
      expertId: next.id,
      scheduledAt: hoursFromNow(42),
      timezone: 'UTC',
    };
    expect(await warningsOf(user.caller.interview.schedule(booking))).toEqual([
      'confirm.over_budget',
    ]);
    // Without a budget, nothing to pass.
    await user.caller.project.update({ id: project.id, budgetCents: null });
    await user.caller.interview.schedule(booking);
    const summary = await user.caller.dashboard.summary();
    expect(summary.projectBudgets.find((p) => p.id === project.id)).toBeUndefined();
    await user.caller.project.update({ id: project.id, budgetCents: 300_000 });
    expect(
      (await user.caller.dashboard.summary()).projectBudgets.find((p) => p.id === project.id),
    ).toMatchObject({ budgetCents: 300_000, spentCents: 0, committedCents: 210_000 });
  });

  it('a budget is more than nothing, in whole cents', async () => {
    for (const budgetCents of [0, -5, 10.5]) {
      await expect(campaign({ budgetCents })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
  });
});

describe('clashes', () => {
  it('an expert cannot hold two overlapping calls, even when the user confirms', async () => {
    const c = await campaign();
    const e = await expert(c.id);
    await user.caller.interview.schedule({
      expertId: e.id,
      scheduledAt: hoursFromNow(50),
      timezone: 'UTC',
    });
    const overlapping = user.caller.interview.schedule({
      expertId: e.id,
      scheduledAt: new Date(hoursFromNow(50).getTime() + 30 * 60_000),
      timezone: 'UTC',
      confirm: ['interviewer_clash', 'outside_campaign_dates', 'over_budget'],
    });
    await expect(overlapping).rejects.toMatchObject({ code: 'CONFLICT' });
    // Back to back is no clash.
    await user.caller.interview.schedule({
      expertId: e.id,
      scheduledAt: hoursFromNow(51),
      timezone: 'UTC',
    });
  });

  it('an interviewer may hold two, once the user confirms; booking and moving alike', async () => {
    const c = await campaign();
    const member = await user.caller.team.create({
      name: 'Busy Bee',
      email: `bee.${Math.random()}@fund.com`,
    });
    const at = hoursFromNow(60);
    const first = await user.caller.interview.schedule({
      expertId: (await expert(c.id)).id,
      scheduledAt: at,
      timezone: 'UTC',
      teamMemberId: member.id,
    });
    const other = await expert(c.id);
    const booking = {
      expertId: other.id,
      scheduledAt: at,
      timezone: 'UTC',
      teamMemberId: member.id,
    };
    expect(await warningsOf(user.caller.interview.schedule(booking))).toEqual([
      'confirm.interviewer_clash',
    ]);
    const second = await user.caller.interview.schedule({
      ...booking,
      confirm: ['interviewer_clash'],
    });
    expect(second.teamMemberId).toBe(member.id);
    // A third call, elsewhere in time, then moved onto the first: the move asks too.
    const third = await user.caller.interview.schedule({
      expertId: (await expert(c.id)).id,
      scheduledAt: hoursFromNow(70),
      timezone: 'UTC',
      teamMemberId: member.id,
    });
    const move = { id: third.id, scheduledAt: first.scheduledAt };
    expect(await warningsOf(user.caller.interview.reschedule(move))).toEqual([
      'confirm.interviewer_clash',
    ]);
    const moved = await user.caller.interview.reschedule({
      ...move,
      confirm: ['interviewer_clash'],
    });
    expect(moved.scheduledAt).toEqual(first.scheduledAt);
  });

  it('the same start with another length is a clash, not a repeat of the first booking', async () => {
    const e = await expert((await campaign()).id);
    const first = await user.caller.interview.schedule({
      expertId: e.id,
      scheduledAt: hoursFromNow(90),
      timezone: 'UTC',
      durationMinutes: 60,
    });
    const shorter = user.caller.interview.schedule({
      expertId: e.id,
      scheduledAt: hoursFromNow(90),
      timezone: 'UTC',
      durationMinutes: 30,
    });
    await expect(shorter).rejects.toMatchObject({ code: 'CONFLICT' });
    const repeated = await user.caller.interview.schedule({
      expertId: e.id,
      scheduledAt: hoursFromNow(90),
      timezone: 'UTC',
      durationMinutes: 60,
    });
    expect(repeated.id).toBe(first.id);
  });

  it('handing a call to an interviewer who is busy then asks first', async () => {
    const c = await campaign();
    const member = await user.caller.team.create({
      name: 'Booked Solid',
      email: `solid.${Math.random()}@fund.com`,
    });
    await user.caller.interview.schedule({
      expertId: (await expert(c.id)).id,
      scheduledAt: hoursFromNow(100),
      timezone: 'UTC',
      teamMemberId: member.id,
    });
    const call = await user.caller.interview.schedule({
      expertId: (await expert(c.id)).id,
      scheduledAt: hoursFromNow(100),
      timezone: 'UTC',
    });
    const handOver = { id: call.id, scheduledAt: hoursFromNow(100), teamMemberId: member.id };
    expect(await warningsOf(user.caller.interview.reschedule(handOver))).toEqual([
      'confirm.interviewer_clash',
    ]);
    const handed = await user.caller.interview.reschedule({
      ...handOver,
      confirm: ['interviewer_clash'],
    });
    expect(handed.teamMemberId).toBe(member.id);
  });

  it("a call outside the campaign's dates asks first, booked or moved", async () => {
    const c = await user.caller.campaign.create({
      campaignName: 'Later',
      industryVertical: 'Retail',
      startDate: dayFromNow(10),
      targetCompletionDate: dayFromNow(20),
    });
    const e = await expert(c.id);
    const tooEarly = { expertId: e.id, scheduledAt: hoursFromNow(48), timezone: 'UTC' };
    expect(await warningsOf(user.caller.interview.schedule(tooEarly))).toEqual([
      'confirm.outside_campaign_dates',
    ]);
    const inside = await user.caller.interview.schedule({
      ...tooEarly,
      scheduledAt: hoursFromNow(15 * 24),
    });
    const tooLate = { id: inside.id, scheduledAt: hoursFromNow(25 * 24) };
    expect(await warningsOf(user.caller.interview.reschedule(tooLate))).toEqual([
      'confirm.outside_campaign_dates',
    ]);
    await user.caller.interview.reschedule({ ...tooLate, confirm: ['outside_campaign_dates'] });
    const early = await user.caller.interview.schedule({
      ...tooEarly,
      confirm: ['outside_campaign_dates'],
    });
    expect(early.status).toBe('scheduled');
  });

  it('every warning raised is named at once', async () => {
    const c = await user.caller.campaign.create({
      campaignName: 'All at once',
      industryVertical: 'Retail',
      startDate: dayFromNow(10),
      targetCompletionDate: dayFromNow(20),
      budgetCents: 50_000,
    });
    const member = await user.caller.team.create({
      name: 'Double',
      email: `double.${Math.random()}@fund.com`,
    });
    const at = hoursFromNow(80);
    await user.caller.interview.schedule({
      expertId: (await expert(c.id)).id,
      scheduledAt: at,
      timezone: 'UTC',
      teamMemberId: member.id,
      confirm: ['outside_campaign_dates', 'over_budget'],
    });
    const warnings = await warningsOf(
      user.caller.interview.schedule({
        expertId: (await expert(c.id)).id,
        scheduledAt: at,
        timezone: 'UTC',
        teamMemberId: member.id,
      }),
    );
    expect(warnings.sort()).toEqual([
      'confirm.interviewer_clash',
      'confirm.outside_campaign_dates',
      'confirm.over_budget',
    ]);
  });
});
