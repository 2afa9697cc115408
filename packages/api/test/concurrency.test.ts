import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApi, type TestUser } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;
beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp('Racer');
});
afterAll(() => api?.dispose());

it('50 concurrent enrollments of one vendor in one campaign leave one row', async () => {
  const campaign = await user.caller.campaign.create({
    campaignName: 'Race',
    industryVertical: 'Retail',
  });
  const [vendor] = await user.caller.vendor.list();
  const results = await Promise.all(
    Array.from({ length: 50 }, () =>
      user.caller.vendor.enroll({ campaignId: campaign.id, vendorPlatformId: vendor!.id }),
    ),
  );
  expect(new Set(results.map((r) => r.id)).size).toBe(1);
  expect(results.filter((r) => r.created)).toHaveLength(1);
  const rows = await api.db.withSession((q) =>
    q<{ n: number }>(
      'SELECT count(*)::int AS n FROM expert_network.campaign_vendor_enrollments WHERE campaign_id = $1',
      [campaign.id],
    ),
  );
  expect(rows[0]?.n).toBe(1);
});

it('concurrent project creations without a code all succeed, each with its own code', async () => {
  const created = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      user.caller.project.create({ projectName: `Parallel ${i}` }),
    ),
  );
  expect(new Set(created.map((p) => p.projectCode)).size).toBe(8);
});

it("an expert's stage stays true to their calls when a booking races a rejection or a cancellation", async () => {
  const campaign = await user.caller.campaign.create({
    campaignName: 'Races',
    industryVertical: 'Retail',
  });
  const inAnHour = () => new Date(Date.now() + 3_600_000);
  for (let round = 0; round < 10; round++) {
    const expert = await user.caller.expert.create({
      campaignId: campaign.id,
      name: `Racer ${round}`,
    });
    await Promise.allSettled([
      user.caller.interview.schedule({
        expertId: expert.id,
        scheduledAt: inAnHour(),
        timezone: 'UTC',
      }),
      user.caller.expert.update({ id: expert.id, status: 'rejected' }),
    ]);
    const first = await user.caller.expert.byId({ id: expert.id });
    const booked = first.interviews.filter((i) => i.status === 'scheduled');
    expect(first.status).toBe(booked.length ? 'scheduled' : 'rejected');

    if (booked.length) {
      await Promise.allSettled([
        user.caller.interview.cancel({ id: booked[0]!.id }),
        user.caller.interview.schedule({
          expertId: expert.id,
          scheduledAt: inAnHour(),
          timezone: 'UTC',
        }),
      ]);
      const after = await user.caller.expert.byId({ id: expert.id });
      const stillBooked = after.interviews.some((i) => i.status === 'scheduled');
      expect(after.status).toBe(stillBooked ? 'scheduled' : 'shortlisted');
    }
  }
});
