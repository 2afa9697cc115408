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
