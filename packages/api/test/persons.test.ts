/**
 * Issue 11: one person offered by two networks is grouped, the cheaper offer
 * marked; booking one makes the other a duplicate and a second booking needs
 * the user's confirmation; the user's split and merge win over the matcher,
 * also after later arrivals; earlier calls with the person show up.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace } from './fixtures';
import { createTestApi, type TestUser, warningsOf } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;
let w: Awaited<ReturnType<typeof buildWorkspace>>;
let vendors: { id: string; name: string }[];
const at = (days: number) => new Date(Date.now() + days * 86_400_000);

beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp('Deduper');
  w = await buildWorkspace(user.caller);
  vendors = await user.caller.vendor.list();
});
afterAll(() => api?.dispose());

const history = (company: string) => [
  { company, title: 'VP Operations', from: '2019-04', to: null },
  { company: 'Globex Inc', title: 'Director of Operations', from: '2014-02', to: '2019-03' },
];

/** The same person as two networks write them. */
async function offeredTwice(campaignId: string, surname: string) {
  const first = await user.caller.expert.create({
    campaignId,
    vendorPlatformId: vendors[0]!.id,
    name: `Dr. Robert A. ${surname}`,
    title: 'VP, Operations',
    company: 'Acme Corp.',
    geography: 'Chicago, Illinois, USA',
    workHistory: history('Acme Corp.'),
    callRateCents: 90_000,
    attestationReceived: true,
  });
  const second = await user.caller.expert.create({
    campaignId,
    vendorPlatformId: vendors[1]!.id,
    name: `Bob ${surname}`,
    title: 'Vice President of Operations',
    company: 'Acme Corporation',
    geography: 'Chicago, Illinois, USA',
    workHistory: history('Acme Corporation'),
    callRateCents: 60_000,
    attestationReceived: true,
  });
  return { first, second };
}

const book = (expertId: string, days: number, confirmSecondBooking?: boolean) =>
  user.caller.interview.schedule({
    expertId,
    scheduledAt: at(days),
    timezone: 'UTC',
    ...(confirmSecondBooking ? { confirm: ['second_booking_of_person' as const] } : {}),
  });

describe('one person, several offers', () => {
  it('groups two networks’ offers of one person, the cheaper marked', async () => {
    const { first, second } = await offeredTwice(w.campaign.id, 'Kowalczyk');
    expect(second.personId).toBe(first.personId);
    const person = await user.caller.person.ofExpert({ expertId: first.id });
    expect(person.offers.map((o) => o.id).sort()).toEqual([first.id, second.id].sort());
    expect(person.offers.find((o) => o.cheapest)?.id).toBe(second.id);
    expect(person.offers.every((o) => !o.duplicate)).toBe(true);
    const { items } = await user.caller.expert.list({ campaignId: w.campaign.id, limit: 100 });
    // The list shows the person once, led by the cheaper offer, with both counted.
    expect(items.some((e) => e.id === first.id)).toBe(false);
    const row = items.find((e) => e.id === second.id);
    expect(row?.offers).toBe(2);
    expect(row?.cheapestRateCents).toBe(60_000);
  });

  it('booking one offer makes the other a duplicate; booking it too needs confirming', async () => {
    const { first, second } = await offeredTwice(w.campaign.id, 'Abernathy');
    await book(second.id, 3);
    const person = await user.caller.person.ofExpert({ expertId: first.id });
    expect(person.offers.find((o) => o.id === first.id)?.duplicate).toBe(true);
    expect(await warningsOf(book(first.id, 4))).toEqual(['confirm.second_booking_of_person']);
    const savings = await user.caller.person.savings({ campaignId: w.campaign.id });
    // An hour at $600 instead of $900.
    expect(savings.spendAvoidedCents).toBe(30_000);
    expect(savings.duplicateOffersCaught).toBeGreaterThanOrEqual(1);
    const twice = await book(first.id, 4, true);
    expect(twice.expertId).toBe(first.id);
  });

  it('keeps the user’s split and merge when more offers arrive', async () => {
    const { first, second } = await offeredTwice(w.campaign.id, 'Okonkwo');
    const split = await user.caller.person.split({ expertId: second.id });
    expect(split.offers.map((o) => o.id)).toEqual([second.id]);
    // A third network's offer joins one of them; the split pair stays apart.
    const third = await user.caller.expert.create({
      campaignId: w.campaign.id,
      vendorPlatformId: vendors[2]!.id,
      name: `Robert Okonkwo`,
      title: 'VP Operations',
      company: 'Acme',
      geography: 'Chicago',
      workHistory: history('Acme'),
    });
    const a = await user.caller.person.ofExpert({ expertId: first.id });
    const b = await user.caller.person.ofExpert({ expertId: second.id });
    expect(a.personId).not.toBe(b.personId);
    expect([a.personId, b.personId]).toContain(third.personId);
    const merged = await user.caller.person.merge({
      expertId: second.id,
      sameAsExpertId: first.id,
    });
    expect(merged.offers.map((o) => o.id)).toContain(first.id);
  });

  it('tells a namesake at another company apart', async () => {
    const { first } = await offeredTwice(w.campaign.id, 'Lindqvist');
    const namesake = await user.caller.expert.create({
      campaignId: w.campaign.id,
      vendorPlatformId: vendors[2]!.id,
      name: 'Robert Lindqvist',
      title: 'Senior Product Manager',
      company: 'Initech',
      geography: 'London, England, UK',
    });
    expect(namesake.personId).not.toBe(first.personId);
  });
});

describe('spoken before', () => {
  it('lists earlier campaigns and paid calls with the same person, and flags them', async () => {
    const { second } = await offeredTwice(w.campaign.id, 'Haldane');
    const call = await book(second.id, 5);
    // The call took place yesterday.
    await api.db.db.execute(
      sql`UPDATE expert_network.interviews SET scheduled_at = now() - interval '1 day' WHERE id = ${call.id}`,
    );
    await user.caller.interview.complete({
      id: call.id,
      actualMinutes: 60,
      rating: 5,
      notes: 'Sharp on pricing',
    });
    const later = await user.caller.campaign.create({
      campaignName: 'Follow-up study',
      industryVertical: 'Technology',
    });
    const again = await user.caller.expert.create({
      campaignId: later.id,
      name: 'Robert Haldane',
      title: 'Vice President, Operations',
      company: 'Acme Inc.',
      geography: 'Chicago, Illinois, USA',
      workHistory: history('Acme Inc.'),
    });
    const person = await user.caller.person.ofExpert({ expertId: again.id });
    const earlier = person.earlier.find((e) => e.id === second.id);
    expect(earlier?.paidCents).toBeGreaterThan(0);
    expect(earlier?.calls[0]?.notes).toBe('Sharp on pricing');
    const { items } = await user.caller.expert.list({ campaignId: later.id, limit: 10 });
    expect(items.find((e) => e.id === again.id)?.spokenBefore).toBe(true);
  });
});
