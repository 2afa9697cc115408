/**
 * Rules the queries compute in SQL (so lists can sum and sort them) must agree
 * with their pure function in @expert-network/contract.
 */
import { callTarget } from '@expert-network/contract/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestUser } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;

beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp('Associate');
});
afterAll(() => api?.dispose());

describe('call target', () => {
  it.each([
    [10, 12, 8],
    [null, 12, 8],
    [null, null, 8],
    [null, null, null],
    [0, 12, 8],
  ])(
    'estimated %s, max %s, min %s: SQL and callTarget agree',
    async (estimatedCalls, maxCalls, minCalls) => {
      const created = await user.caller.campaign.create({
        campaignName: 'Target check',
        industryVertical: 'Technology',
        estimatedCalls,
        maxCalls,
        minCalls,
      });
      const campaign = await user.caller.campaign.byId({ id: created.id });
      expect(campaign.targetCalls).toBe(callTarget({ estimatedCalls, maxCalls, minCalls }));
      const listed = (await user.caller.campaign.list()).find((c) => c.id === created.id);
      expect(listed?.targetCalls).toBe(campaign.targetCalls);
    },
  );
});
