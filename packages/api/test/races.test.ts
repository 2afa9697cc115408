/**
 * At most one winner: calls that race for the same row, started together behind
 * a table lock on a real PostgreSQL server (a server of the test's own when
 * DATABASE_URL is unset), so they overlap on any machine, every run.
 */
import { startTogether } from '@expert-network/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestUser } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;
beforeAll(async () => {
  api = await createTestApi({ concurrent: true });
  user = await api.signUp('Racer');
});
afterAll(() => api?.dispose());

const ROUNDS = 5;

/** The calls that succeeded, and the error code of each that failed (any other error fails the test). */
function tally<T>(settled: PromiseSettledResult<T>[]) {
  const won = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const refused = settled.flatMap((s) => {
    if (s.status === 'fulfilled') return [];
    if (!(s.reason instanceof TRPCError)) throw s.reason;
    return [s.reason.code];
  });
  return { won, refused };
}

async function newExpert(name: string) {
  const campaign = await user.caller.campaign.create({
    campaignName: `Race for ${name}`,
    industryVertical: 'Retail',
  });
  return user.caller.expert.create({ campaignId: campaign.id, name });
}

const inAnHour = () => new Date(Date.now() + 3_600_000);

it('runs on PostgreSQL, where calls really overlap', () => {
  expect(api.db.kind).toBe('postgres');
});

it('enrolling one vendor ten times at once: one enrollment is created, every call gets it', async () => {
  const campaign = await user.caller.campaign.create({
    campaignName: 'Enrollment race',
    industryVertical: 'Retail',
  });
  const [vendor] = await user.caller.vendor.list();
  const settled = await startTogether(
    api.db,
    'expert_network.campaign_vendor_enrollments',
    Array.from(
      { length: 10 },
      () => () =>
        user.caller.vendor.enroll({ campaignId: campaign.id, vendorPlatformId: vendor!.id }),
    ),
  );
  const { won, refused } = tally(settled);
  expect(refused).toEqual([]);
  expect(won.filter((e) => e.created)).toHaveLength(1);
  expect(new Set(won.map((e) => e.id)).size).toBe(1);
  const enrollments = await user.caller.vendor.enrollments({ campaignId: campaign.id });
  expect(enrollments).toHaveLength(1);
});

describe('booking and rejecting the same expert at once', () => {
  it('exactly one wins; the other is refused as a bad request, and the expert matches the winner', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const expert = await newExpert(`Contested ${round}`);
      const settled = await startTogether<unknown>(api.db, 'expert_network.experts', [
        () =>
          user.caller.interview.schedule({
            expertId: expert.id,
            scheduledAt: inAnHour(),
            timezone: 'UTC',
          }),
        () => user.caller.expert.update({ id: expert.id, status: 'rejected' }),
      ]);
      const { won, refused } = tally(settled);
      expect(won, `round ${round}`).toHaveLength(1);
      expect(refused).toEqual(['BAD_REQUEST']);
      const after = await user.caller.expert.byId({ id: expert.id });
      const booked = after.interviews.filter((i) => i.status === 'scheduled');
      expect(after.status).toBe(booked.length ? 'scheduled' : 'rejected');
      expect(booked.length).toBe(settled[0]!.status === 'fulfilled' ? 1 : 0);
    }
  });

  it('a cancellation racing a new booking leaves the expert scheduled exactly when a call is booked', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const expert = await newExpert(`Rebooked ${round}`);
      const first = await user.caller.interview.schedule({
        expertId: expert.id,
        scheduledAt: inAnHour(),
        timezone: 'UTC',
      });
      const settled = await startTogether<unknown>(api.db, 'expert_network.experts', [
        () => user.caller.interview.cancel({ id: first.id }),
        () =>
          user.caller.interview.schedule({
            expertId: expert.id,
            scheduledAt: inAnHour(),
            timezone: 'UTC',
          }),
      ]);
      expect(settled[0]!.status).toBe('fulfilled');
      const after = await user.caller.expert.byId({ id: expert.id });
      const booked = after.interviews.filter((i) => i.status === 'scheduled');
      expect(after.status).toBe(booked.length ? 'scheduled' : 'shortlisted');
    }
  });
});

// Each of them locks the expert, as a booking does: without that lock its new status for the
// expert (from the calls it counted before the booking committed) overwrites 'scheduled'.
const ENDINGS = {
  completing: (id: string) => user.caller.interview.complete({ id, actualMinutes: 60, rating: 4 }),
  deleting: (id: string) => user.caller.interview.delete({ id }),
  cancelling: (id: string) => user.caller.interview.cancel({ id }),
  'marking missed': (id: string) => user.caller.interview.noShow({ id }),
};

it.each(Object.keys(ENDINGS) as (keyof typeof ENDINGS)[])(
  '%s one call while another is booked leaves the expert scheduled',
  async (ending) => {
    for (let round = 0; round < ROUNDS; round++) {
      const expert = await newExpert(`Busy ${ending} ${round}`);
      const past = await user.caller.interview.schedule({
        expertId: expert.id,
        scheduledAt: new Date(Date.now() - 3_600_000),
        timezone: 'UTC',
      });
      const { refused } = tally(
        await startTogether<unknown>(api.db, 'expert_network.experts', [
          () => ENDINGS[ending](past.id),
          () =>
            user.caller.interview.schedule({
              expertId: expert.id,
              scheduledAt: inAnHour(),
              timezone: 'UTC',
            }),
        ]),
      );
      expect(refused).toEqual([]);
      expect((await user.caller.expert.byId({ id: expert.id })).status, `round ${round}`).toBe(
        'scheduled',
      );
    }
  },
);

it('moving a call onto a slot another booking takes at once: one wins, the other is refused', async () => {
  const slot = inAnHour();
  for (let round = 0; round < ROUNDS; round++) {
    const expert = await newExpert(`Moved ${round}`);
    const call = await user.caller.interview.schedule({
      expertId: expert.id,
      scheduledAt: new Date(Date.now() + 5 * 3_600_000),
      timezone: 'UTC',
    });
    const { won, refused } = tally(
      await startTogether<unknown>(api.db, 'expert_network.experts', [
        () => user.caller.interview.reschedule({ id: call.id, scheduledAt: slot }),
        () =>
          // Half an hour: an overlap, not a repeat of the moved call.
          user.caller.interview.schedule({
            expertId: expert.id,
            scheduledAt: slot,
            timezone: 'UTC',
            durationMinutes: 30,
          }),
      ]),
    );
    expect(won, `round ${round}`).toHaveLength(1);
    expect(refused, `round ${round}`).toEqual(['CONFLICT']);
  }
});

it('the same booking sent twice at once books once, and both get that booking', async () => {
  // A double-click or a retry: the repeated request is answered with the first
  // booking, in turn as at once, and the expert never holds two calls.
  const booking = (expertId: string, scheduledAt: Date) => () =>
    user.caller.interview.schedule({ expertId, scheduledAt, timezone: 'UTC' });
  const slot = inAnHour();
  const inTurn = await newExpert('Booked in turn');
  const first = await booking(inTurn.id, slot)();
  expect((await booking(inTurn.id, slot)()).id).toBe(first.id);

  for (let round = 0; round < ROUNDS; round++) {
    const expert = await newExpert(`Double booked ${round}`);
    const { won, refused } = tally(
      await startTogether(api.db, 'expert_network.experts', [
        booking(expert.id, slot),
        booking(expert.id, slot),
      ]),
    );
    expect(refused, `round ${round}`).toEqual([]);
    expect(new Set(won.map((call) => call.id)).size, `round ${round}`).toBe(1);
    const after = await user.caller.expert.byId({ id: expert.id });
    expect(after.interviews.filter((i) => i.status === 'scheduled')).toHaveLength(1);
  }
});

it('overlapping bookings of one expert at once: one books, the other is refused', async () => {
  const slot = inAnHour();
  for (let round = 0; round < ROUNDS; round++) {
    const expert = await newExpert(`Overlap ${round}`);
    const { won, refused } = tally(
      await startTogether(api.db, 'expert_network.experts', [
        () =>
          user.caller.interview.schedule({
            expertId: expert.id,
            scheduledAt: slot,
            timezone: 'UTC',
          }),
        () =>
          user.caller.interview.schedule({
            expertId: expert.id,
            scheduledAt: new Date(slot.getTime() + 30 * 60_000),
            timezone: 'UTC',
          }),
      ]),
    );
    expect(won, `round ${round}`).toHaveLength(1);
    expect(refused).toEqual(['CONFLICT']);
  }
});

it('one interviewer booked twice at once without confirming: one books, the other asks first', async () => {
  const slot = inAnHour();
  for (let round = 0; round < ROUNDS; round++) {
    const member = await user.caller.team.create({
      name: `Interviewer ${round}`,
      email: `interviewer.${round}.${Math.random()}@fund.com`,
    });
    const experts = [await newExpert(`Left ${round}`), await newExpert(`Right ${round}`)];
    const { won, refused } = tally(
      await startTogether(
        api.db,
        'expert_network.team_members',
        experts.map(
          (expert) => () =>
            user.caller.interview.schedule({
              expertId: expert.id,
              scheduledAt: slot,
              timezone: 'UTC',
              teamMemberId: member.id,
            }),
        ),
      ),
    );
    expect(won, `round ${round}`).toHaveLength(1);
    expect(refused).toEqual(['CONFLICT']);
  }
});

it('projects created at once without a code all succeed, each with a code of its own', async () => {
  const settled = await startTogether(
    api.db,
    'expert_network.projects',
    Array.from(
      { length: 8 },
      (_, i) => () => user.caller.project.create({ projectName: `Parallel ${i}` }),
    ),
  );
  const { won, refused } = tally(settled);
  expect(refused).toEqual([]);
  expect(new Set(won.map((p) => p.projectCode)).size).toBe(8);
});

it('one person offered by two networks at once is one person, whichever lands first', async () => {
  const [first, second] = await user.caller.vendor.list();
  const surnames = [
    'Quellwasser',
    'Oberhollenzer',
    'Featherstonehaugh',
    'Wolstenholme',
    'Abercrombie',
  ];
  for (let round = 0; round < ROUNDS; round++) {
    const campaign = await user.caller.campaign.create({
      campaignName: `Two networks, one person ${round}`,
      industryVertical: 'Healthcare',
    });
    const offer = (vendorPlatformId: string, title: string) => () =>
      user.caller.expert.create({
        campaignId: campaign.id,
        vendorPlatformId,
        name: `Margarethe ${surnames[round]}`,
        title,
        company: 'Acme Corporation',
        geography: 'Chicago, Illinois, USA',
        workHistory: [{ title, company: 'Acme Corporation', from: '2015-01', to: null }],
      });
    const settled = await startTogether(api.db, 'expert_network.experts', [
      offer(first!.id, 'VP, Operations'),
      offer(second!.id, 'Vice President of Operations'),
    ]);
    const { won, refused } = tally(settled);
    expect(refused).toEqual([]);
    expect(won, `round ${round}`).toHaveLength(2);
    expect(won[0]!.personId, `round ${round}`).toBe(won[1]!.personId);
  }
});
