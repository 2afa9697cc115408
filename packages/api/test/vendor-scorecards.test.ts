/**
 * Vendor scorecards over real rows: two campaigns, three vendors' experts,
 * completed, missed and cancelled calls; every figure checked by hand, and
 * another user's figures kept apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace } from './fixtures';
import { createTestApi, errorCodeOf, type TestUser } from './harness';

const HOUR = 3_600_000;
// One instant for every backdated row, so the intervals between them are exact.
const NOW = Date.now();
const hoursAgo = (h: number) => new Date(NOW - h * HOUR);

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;
let other: TestUser;
let w: Awaited<ReturnType<typeof buildWorkspace>>;

/** Sets when a row was made (enrollments: enrolled), as the vendor's timing is read from it. */
const backdate = (table: string, column: string, id: string, at: Date) =>
  api.db.withSession((q) =>
    q(`UPDATE expert_network.${table} SET ${column} = $1 WHERE id = $2`, [at.toISOString(), id]),
  );

beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp('Scorer');
  other = await api.signUp('Other');
  w = await buildWorkspace(user.caller);
  // The other user's own work with the same vendor must not show in the first user's figures.
  await buildWorkspace(other.caller);

  const [glg, alpha] = w.vendors;
  const c = user.caller;
  // Campaign 1: GLG enrolled 10 h ago, Dana (the fixture's) came 2 h later, Lee 5 h later.
  const [glgEnrollment, alphaEnrollment] = [glg!, alpha!].map(
    (v) => w.enrollments.find((e) => e.vendorPlatformId === v.id)!,
  );
  await backdate('campaign_vendor_enrollments', 'enrolled_at', glgEnrollment!.id, hoursAgo(10));
  await backdate('experts', 'created_at', w.expert.id, hoursAgo(8));
  const lee = await c.expert.create({
    campaignId: w.campaign.id,
    vendorPlatformId: glg!.id,
    name: 'Lee Park',
    callRateCents: 60_000,
  });
  await backdate('experts', 'created_at', lee.id, hoursAgo(5));
  // Sam is proposed and left there.
  await c.expert.create({
    campaignId: w.campaign.id,
    vendorPlatformId: glg!.id,
    name: 'Sam Idle',
    callRateCents: 30_000,
  });
  // AlphaSights: enrolled 10 h ago, its one expert 4 h later, then rejected.
  await backdate('campaign_vendor_enrollments', 'enrolled_at', alphaEnrollment!.id, hoursAgo(10));
  const ana = await c.expert.create({
    campaignId: w.campaign.id,
    vendorPlatformId: alpha!.id,
    name: 'Ana Ruiz',
    callRateCents: 50_000,
  });
  await backdate('experts', 'created_at', ana.id, hoursAgo(6));
  await c.expert.update({ id: ana.id, status: 'rejected' });

  // Campaign 2: GLG again, first expert 6 h after enrollment (median of 2 h and 6 h: 4 h).
  const second = await c.campaign.create({
    campaignName: 'Second look',
    industryVertical: 'Technology',
    vendorPlatformIds: [glg!.id],
  });
  await c.campaign.update({ id: second.id, status: 'active' });
  const [secondEnrollment] = await c.vendor.enrollments({ campaignId: second.id });
  await backdate('campaign_vendor_enrollments', 'enrolled_at', secondEnrollment!.id, hoursAgo(20));
  const kim = await c.expert.create({
    campaignId: second.id,
    vendorPlatformId: glg!.id,
    name: 'Kim Tan',
    callRateCents: 120_000,
  });
  await backdate('experts', 'created_at', kim.id, hoursAgo(14));
  // Fit scores come from the matching, not from input.
  await api.db.withSession((q) =>
    q('UPDATE expert_network.experts SET ai_fit_score = $1 WHERE id = ANY($2)', [
      7,
      [w.expert.id, lee.id],
    ]),
  );
  await api.db.withSession((q) =>
    q('UPDATE expert_network.experts SET ai_fit_score = 9.5 WHERE id = $1', [kim.id]),
  );

  // Calls with GLG's experts: Dana's (fixture, 60 min at $900/h) completed; Lee missed his;
  // Kim has one booked ahead and one cancelled.
  await c.interview.complete({ id: w.interview.id, actualMinutes: 60, rating: 4 });
  const missed = await c.interview.schedule({
    expertId: lee.id,
    scheduledAt: hoursAgo(3),
    timezone: 'Europe/London',
    durationMinutes: 30,
  });
  await c.interview.noShow({ id: missed.id });
  const ahead = new Date(Date.now() + 48 * HOUR);
  await c.interview.schedule({
    expertId: kim.id,
    scheduledAt: ahead,
    timezone: 'Asia/Singapore',
    durationMinutes: 60,
  });
  const dropped = await c.interview.schedule({
    expertId: kim.id,
    scheduledAt: new Date(ahead.getTime() + 24 * HOUR),
    timezone: 'Asia/Singapore',
    durationMinutes: 45,
  });
  await c.interview.cancel({ id: dropped.id });
});
afterAll(() => api?.dispose());

describe('vendor scorecards', () => {
  it("count each vendor's experts, timing, calls and spend over all the user's campaigns", async () => {
    const cards = await user.caller.vendor.scorecards();
    const glg = cards.find((c) => c.vendor.id === w.vendors[0]!.id)!.scorecard;
    expect(glg).toEqual({
      expertsProposed: 4,
      // Dana (completed), Kim (scheduled), Lee (back on the shortlist after his no-show); not Sam.
      expertsShortlisted: 3,
      shortlistedShare: 3 / 4,
      medianSecondsToFirstExpert: 4 * 3600,
      averageFitScore: (7 + 7 + 9.5) / 3,
      averageRateCents: (90_000 + 60_000 + 120_000 + 30_000) / 4,
      // Dana's call, the only one completed, was rated 4.
      averageRating: 4,
      callsCompleted: 1,
      callsNoShow: 1,
      callsCancelled: 1,
      callsScheduled: 1,
      noShowRate: 0.5,
      cancelledShare: 0.25,
      spendCents: 90_000,
    });
    const alpha = cards.find((c) => c.vendor.id === w.vendors[1]!.id)!.scorecard;
    expect(alpha).toMatchObject({
      expertsProposed: 1,
      expertsShortlisted: 0,
      shortlistedShare: 0,
      medianSecondsToFirstExpert: 4 * 3600,
      averageFitScore: null,
      averageRateCents: 50_000,
      callsCompleted: 0,
      noShowRate: null,
      cancelledShare: null,
      spendCents: 0,
    });
    // A vendor the user never worked with: empty figures, not zeros passed off as rates.
    const untouched = cards.find((c) => c.vendor.id === w.vendors[2]!.id)!.scorecard;
    expect(untouched).toMatchObject({ expertsProposed: 0, shortlistedShare: null, spendCents: 0 });
  });

  it('one vendor answers the same as the list, and an unknown id is NOT_FOUND', async () => {
    const cards = await user.caller.vendor.scorecards();
    const one = await user.caller.vendor.scorecard({ id: w.vendors[0]!.id });
    expect(one).toEqual(cards.find((c) => c.vendor.id === w.vendors[0]!.id));
    expect(
      await errorCodeOf(
        user.caller.vendor.scorecard({ id: '00000000-0000-4000-8000-000000000000' }),
      ),
    ).toBe('NOT_FOUND');
  });

  it("another user's figures are their own", async () => {
    const glg = (await other.caller.vendor.scorecard({ id: w.vendors[0]!.id })).scorecard;
    expect(glg).toMatchObject({
      expertsProposed: 1,
      callsCompleted: 0,
      callsScheduled: 1,
      spendCents: 0,
    });
  });
});
