/**
 * Issue 11 item 3: a campaign's experts list shows each person once, led by
 * the contract's `leadingOffer` among the offers its filters match, with the
 * count of offers and the cheapest rate; a split makes two rows again; keyset
 * pages cross group boundaries without repeats or skips in every sort; the
 * export (one line per offer, by construction) and "select all matching" see every offer.
 */
import { leadingOffer } from '@expert-network/contract/rules';
import { EXPERT_SORT_KEYS } from '@expert-network/contract/values';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestUser } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;
let vendors: { id: string; name: string }[];

beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp('Grouper');
  vendors = (await user.caller.vendor.list()).slice(0, 3);
});
afterAll(() => api?.dispose());

async function newCampaign(name: string) {
  const campaign = await user.caller.campaign.create({
    campaignName: name,
    industryVertical: 'Technology',
    vendorPlatformIds: vendors.map((v) => v.id),
  });
  return campaign.id;
}

/** Surnames the matcher never takes for one another: the tests link people themselves. */
const SURNAMES = [
  'Abbott',
  'Bergstrom',
  'Castellano',
  'Dimitrov',
  'Eklund',
  'Fairbanks',
  'Gallagher',
  'Hoshino',
  'Ibarra',
  'Jankowski',
  'Kowalski',
  'Lindgren',
];

function offer(campaignId: string, who: number, vendor: number, callRateCents: number | null) {
  return user.caller.expert.create({
    campaignId,
    vendorPlatformId: vendors[vendor]?.id,
    name: `Sam ${SURNAMES[who]}`,
    title: `Director ${vendor}`,
    company: `Company ${who}`,
    rating: 3 + ((who + vendor) % 5) / 5,
    callRateCents,
  });
}

/** The user says these offers are one person. */
async function samePerson(first: { id: string }, ...others: { id: string }[]) {
  for (const other of others) {
    await user.caller.person.merge({ expertId: other.id, sameAsExpertId: first.id });
  }
}

const listIds = async (campaignId: string, filter: Record<string, unknown> = {}) =>
  (await user.caller.expert.list({ campaignId, limit: 100, ...filter })).items.map((e) => e.id);

describe('the experts list shows each person once', () => {
  it('two networks’ offers of one person are one row: the cheaper, counting both', async () => {
    const campaignId = await newCampaign('Grouped pair');
    const dear = await offer(campaignId, 0, 0, 90_000);
    const cheap = await offer(campaignId, 0, 1, 60_000);
    const alone = await offer(campaignId, 1, 2, 70_000);
    await samePerson(dear, cheap);
    const { items } = await user.caller.expert.list({ campaignId, limit: 100 });
    expect(items.map((e) => e.id).sort()).toEqual([cheap.id, alone.id].sort());
    const row = items.find((e) => e.id === cheap.id);
    expect(row).toMatchObject({ offers: 2, cheapestRateCents: 60_000 });
    expect(items.find((e) => e.id === alone.id)).toMatchObject({
      offers: 1,
      cheapestRateCents: 70_000,
    });
  });

  it('a split makes them two rows again', async () => {
    const campaignId = await newCampaign('Split pair');
    const dear = await offer(campaignId, 2, 0, 90_000);
    const cheap = await offer(campaignId, 2, 1, 60_000);
    await samePerson(dear, cheap);
    expect(await listIds(campaignId)).toEqual([cheap.id]);
    await user.caller.person.split({ expertId: dear.id });
    const { items } = await user.caller.expert.list({ campaignId, limit: 100 });
    expect(items.map((e) => e.id).sort()).toEqual([dear.id, cheap.id].sort());
    expect(items.every((e) => e.offers === 1)).toBe(true);
  });

  it('a shortlisted offer leads; the filters pick among the offers they match', async () => {
    const campaignId = await newCampaign('Filtered pair');
    const dear = await offer(campaignId, 3, 0, 90_000);
    const cheap = await offer(campaignId, 3, 1, 60_000);
    await samePerson(dear, cheap);
    // The user shortlisted the dearer offer: the row shows it, with its status.
    await user.caller.expert.update({ id: dear.id, status: 'shortlisted' });
    expect(await listIds(campaignId)).toEqual([dear.id]);
    // Each filter shows the person through the offer it matches, never both.
    expect(await listIds(campaignId, { status: 'proposed' })).toEqual([cheap.id]);
    expect(await listIds(campaignId, { vendorPlatformId: vendors[1]?.id })).toEqual([cheap.id]);
    expect(await listIds(campaignId, { vendorPlatformId: vendors[0]?.id })).toEqual([dear.id]);
    expect(await listIds(campaignId, { maxRateCents: 70_000 })).toEqual([cheap.id]);
    expect(await listIds(campaignId, { maxRateCents: 50_000 })).toEqual([]);
    // The row's figures are the person's in the campaign, whatever the filter.
    const [row] = (await user.caller.expert.list({ campaignId, status: 'proposed' })).items;
    expect(row).toMatchObject({ offers: 2, cheapestRateCents: 60_000 });
  });

  it('pages across group boundaries without repeats or skips, in every sort', async () => {
    const campaignId = await newCampaign('Paged people');
    // Ten people: some offered by one network, some by two or three, rates apart and alike.
    const offers = [];
    for (let who = 0; who < 10; who++) {
      const networks = 1 + (who % 3);
      const mine = [];
      for (let n = 0; n < networks; n++) {
        mine.push(await offer(campaignId, who, n, who === 4 && n === 1 ? null : 50_000 + n * 1000));
      }
      const [first, ...rest] = mine;
      if (first) await samePerson(first, ...rest);
      offers.push(...mine);
    }
    await user.caller.expert.update({ id: offers[4]?.id ?? '', status: 'shortlisted' });
    await user.caller.expert.update({
      id: offers[7]?.id ?? '',
      status: 'rejected',
      rejectionReason: 'Not senior enough',
    });
    // The rows expected: each person's leading offer by the contract's rule.
    const people = new Map<string, string[]>();
    for (const o of offers) {
      const { personId } = await user.caller.person.ofExpert({ expertId: o.id });
      people.set(personId, [...(people.get(personId) ?? []), o.id]);
    }
    expect(people.size).toBe(10);
    const leads = await Promise.all(
      [...people.keys()].map(async (personId) => {
        const anyOffer = people.get(personId)?.[0] ?? '';
        const person = await user.caller.person.ofExpert({ expertId: anyOffer });
        return leadingOffer(person.offers);
      }),
    );

    for (const sort of EXPERT_SORT_KEYS.filter((k) => k !== 'relevance')) {
      for (const order of ['asc', 'desc'] as const) {
        const whole = await listIds(campaignId, { sort, order });
        expect(whole.slice().sort(), `${sort} ${order}`).toEqual(leads.slice().sort());
        const paged: string[] = [];
        let cursor: string | null = null;
        do {
          const page: { items: { id: string }[]; nextCursor: string | null } =
            await user.caller.expert.list({ campaignId, sort, order, limit: 3, cursor });
          paged.push(...page.items.map((e) => e.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(paged, `${sort} ${order}`).toEqual(whole);
      }
    }
  });

  it('"select all matching" keeps every network’s offer (acting on a person acts on each)', async () => {
    const campaignId = await newCampaign('Every offer');
    const dear = await offer(campaignId, 5, 0, 90_000);
    const cheap = await offer(campaignId, 5, 1, 60_000);
    await samePerson(dear, cheap);
    expect(await listIds(campaignId)).toEqual([cheap.id]);
    const { ids } = await user.caller.expert.matchingIds({ campaignId });
    expect(ids.slice().sort()).toEqual([dear.id, cheap.id].sort());
  });
});
