/**
 * Every (status, action) pair of interviews, experts and vendor enrollments,
 * through the API: each pair is its own test on its own rows, allowed (and
 * what it leads to) or refused (and with which error).
 */
import type { EnrollmentStatus, ExpertStatus, InterviewStatus } from '@expert-network/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestApi, errorCodeOf } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let caller: Caller;
let campaignId: string;
let vendorIds: string[];
beforeAll(async () => {
  api = await createTestApi();
  caller = (await api.signUp('State machines')).caller;
  vendorIds = (await caller.vendor.list()).map((v) => v.id);
  campaignId = (
    await caller.campaign.create({ campaignName: 'States', industryVertical: 'Retail' })
  ).id;
});
afterAll(() => api?.dispose());

const HOUR = 3_600_000;
const REFUSED = 'BAD_REQUEST';

let experts = 0;
const newExpert = () =>
  caller.expert.create({ campaignId, name: `Expert ${++experts}`, callRateCents: 60_000 });

const book = (expertId: string, inHours: number) =>
  caller.interview.schedule({
    expertId,
    scheduledAt: new Date(Date.now() + inHours * HOUR),
    timezone: 'UTC',
  });

/** Every (status, action) pair of a rule table, with its outcome: one test each. */
function pairs<S extends string, A extends string, O>(rules: Record<S, Record<A, O>>) {
  return (Object.entries(rules) as [S, Record<A, O>][]).flatMap(([start, byAction]) =>
    (Object.entries(byAction) as [A, O][]).map(([action, outcome]) => ({ start, action, outcome })),
  );
}

/** The stage an expert's calls put them in (they started out proposed, then were booked). */
function stageOf(calls: { status: string }[]) {
  if (calls.some((c) => c.status === 'scheduled')) return 'scheduled';
  if (calls.some((c) => c.status === 'completed')) return 'completed';
  return 'shortlisted';
}

describe('interviews', () => {
  /** Starting points: a booked call not yet started, one that has started, and the three ends. */
  type Start = 'upcoming' | 'started' | Exclude<InterviewStatus, 'scheduled'>;
  const starts: Record<Start, () => Promise<{ id: string; expertId: string }>> = {
    upcoming: async () => book((await newExpert()).id, 24),
    started: async () => book((await newExpert()).id, -1),
    completed: async () =>
      caller.interview.complete({ id: (await starts.started()).id, actualMinutes: 60, rating: 4 }),
    cancelled: async () => caller.interview.cancel({ id: (await starts.upcoming()).id }),
    no_show: async () => caller.interview.noShow({ id: (await starts.started()).id }),
  };
  const actions = {
    reschedule: (id: string) =>
      caller.interview.reschedule({ id, scheduledAt: new Date(Date.now() + 48 * HOUR) }),
    complete: (id: string) =>
      caller.interview.complete({ id, actualMinutes: 60, rating: 4, notes: 'Good call' }),
    noShow: (id: string) => caller.interview.noShow({ id }),
    cancel: (id: string) => caller.interview.cancel({ id, reason: 'Conflict' }),
    delete: (id: string) => caller.interview.delete({ id }),
    correct: (id: string) =>
      caller.interview.correct({ id, durationMinutes: 30, reason: 'Ended early' }),
  };
  type Action = keyof typeof actions;
  /** The call's status after an allowed action (null: it is gone), or REFUSED. */
  const rules: Record<Start, Record<Action, InterviewStatus | null | typeof REFUSED>> = {
    upcoming: {
      reschedule: 'scheduled',
      complete: REFUSED, // not started yet
      noShow: REFUSED,
      cancel: 'cancelled',
      delete: null,
      correct: REFUSED,
    },
    started: {
      reschedule: 'scheduled',
      complete: 'completed',
      noShow: 'no_show',
      cancel: 'cancelled',
      delete: null,
      correct: REFUSED,
    },
    completed: {
      reschedule: REFUSED,
      complete: REFUSED,
      noShow: REFUSED,
      cancel: REFUSED, // would silently remove its spend
      delete: REFUSED, // part of the spend: corrected, not deleted
      correct: 'completed',
    },
    cancelled: {
      reschedule: REFUSED,
      complete: REFUSED,
      noShow: REFUSED,
      cancel: REFUSED,
      delete: null,
      correct: REFUSED,
    },
    no_show: {
      reschedule: REFUSED,
      complete: REFUSED,
      noShow: REFUSED,
      cancel: REFUSED,
      delete: null,
      correct: REFUSED,
    },
  };
  const cases = pairs(rules);

  it.each(cases)('$start call, $action: $outcome', async ({ start, action, outcome }) => {
    const call = await starts[start]();
    const before = await caller.interview.byId({ id: call.id });
    if (outcome === REFUSED) {
      expect(await errorCodeOf(actions[action](call.id))).toBe(REFUSED);
      expect(await caller.interview.byId({ id: call.id })).toEqual(before);
      return;
    }
    await actions[action](call.id);
    const expert = await caller.expert.byId({ id: call.expertId });
    if (outcome === null) {
      expect(await errorCodeOf(caller.interview.byId({ id: call.id }))).toBe('NOT_FOUND');
    } else {
      expect((await caller.interview.byId({ id: call.id })).status).toBe(outcome);
    }
    // The expert's stage follows their calls, whatever happened to this one.
    expect(expert.status).toBe(stageOf(expert.interviews));
  });
});

describe('experts', () => {
  const reach: Record<ExpertStatus, () => Promise<{ id: string }>> = {
    proposed: newExpert,
    shortlisted: async () =>
      caller.expert.update({ id: (await newExpert()).id, status: 'shortlisted' }),
    rejected: async () => caller.expert.update({ id: (await newExpert()).id, status: 'rejected' }),
    scheduled: async () => {
      const expert = await newExpert();
      await book(expert.id, 24);
      return expert;
    },
    completed: async () => {
      const expert = await newExpert();
      await caller.interview.complete({
        id: (await book(expert.id, -1)).id,
        actualMinutes: 60,
        rating: 4,
      });
      return expert;
    },
  };
  const setTo = (status: ExpertStatus) => (id: string) =>
    // scheduled and completed are not in the input schema: the calls decide them.
    caller.expert.update({ id, status: status as 'proposed' });
  const actions = {
    'set proposed': setTo('proposed'),
    'set shortlisted': setTo('shortlisted'),
    'set rejected': setTo('rejected'),
    'set scheduled': setTo('scheduled'),
    'set completed': setTo('completed'),
    // A second call two days out (another slot than any booked above).
    'book a call': (id: string) => book(id, 48),
  };
  type Action = keyof typeof actions;
  const manual = (to: ExpertStatus) => ({
    'set proposed': 'proposed',
    'set shortlisted': 'shortlisted',
    'set rejected': 'rejected',
    'set scheduled': REFUSED,
    'set completed': REFUSED,
    'book a call': to,
  });
  // Scheduled and completed experts follow their calls: only a booking moves them.
  const followsCalls = {
    'set proposed': REFUSED,
    'set shortlisted': REFUSED,
    'set rejected': REFUSED,
    'set scheduled': REFUSED,
    'set completed': REFUSED,
    'book a call': 'scheduled',
  };
  const rules: Record<ExpertStatus, Record<Action, string>> = {
    proposed: manual('scheduled'),
    shortlisted: manual('scheduled'),
    rejected: { ...manual('scheduled'), 'book a call': REFUSED },
    scheduled: followsCalls,
    completed: followsCalls,
  };
  const cases = pairs(rules);

  it.each(cases)('$start expert, $action: $outcome', async ({ start, action, outcome }) => {
    const { id } = await reach[start]();
    expect((await caller.expert.byId({ id })).status).toBe(start);
    if (outcome === REFUSED) {
      expect(await errorCodeOf(actions[action](id))).toBe(REFUSED);
      expect((await caller.expert.byId({ id })).status).toBe(start);
    } else {
      await actions[action](id);
      expect((await caller.expert.byId({ id })).status).toBe(outcome);
    }
  });
});

describe('vendor enrollments', () => {
  let vendorIndex = 0;
  /** A new enrollment moved to `status` (pending and declined are the vendor's doing). */
  async function enrollmentIn(status: EnrollmentStatus) {
    const vendorPlatformId = vendorIds[vendorIndex++ % vendorIds.length]!;
    const campaign = await caller.campaign.create({
      campaignName: `Enrollment ${vendorIndex}`,
      industryVertical: 'Retail',
    });
    const { id } = await caller.vendor.enroll({ campaignId: campaign.id, vendorPlatformId });
    if (status === 'paused') await caller.vendor.updateEnrollment({ id, status: 'paused' });
    if (status === 'pending' || status === 'declined') {
      await api.db.withSession((q) =>
        q('UPDATE expert_network.campaign_vendor_enrollments SET status = $1 WHERE id = $2', [
          status,
          id,
        ]),
      );
    }
    return { id, campaignId: campaign.id };
  }
  const actions = {
    activate: (id: string) => caller.vendor.updateEnrollment({ id, status: 'active' }),
    pause: (id: string) => caller.vendor.updateEnrollment({ id, status: 'paused' }),
    'edit notes': (id: string) => caller.vendor.updateEnrollment({ id, notes: 'Call Tuesday' }),
    'request more experts': (id: string) => caller.vendor.requestMoreExperts({ id }),
    unenroll: (id: string) => caller.vendor.unenroll({ id }),
  };
  type Action = keyof typeof actions;
  /** The enrollment's status after an allowed action (null: it is gone), or REFUSED. */
  const rules: Record<
    EnrollmentStatus,
    Record<Action, EnrollmentStatus | null | typeof REFUSED>
  > = {
    pending: {
      activate: 'active',
      pause: 'paused',
      'edit notes': 'pending',
      'request more experts': REFUSED,
      unenroll: null,
    },
    active: {
      activate: 'active',
      pause: 'paused',
      'edit notes': 'active',
      'request more experts': 'active',
      unenroll: null,
    },
    paused: {
      activate: 'active',
      pause: 'paused',
      'edit notes': 'paused',
      'request more experts': REFUSED,
      unenroll: null,
    },
    // The vendor's answer stands.
    declined: {
      activate: REFUSED,
      pause: REFUSED,
      'edit notes': 'declined',
      'request more experts': REFUSED,
      unenroll: null,
    },
  };
  const cases = pairs(rules);

  const statusOf = async (campaignId: string, id: string) =>
    (await caller.vendor.enrollments({ campaignId })).find((e) => e.id === id)?.status ?? null;

  it.each(cases)('$start enrollment, $action: $outcome', async ({ start, action, outcome }) => {
    const { id, campaignId } = await enrollmentIn(start);
    if (outcome === REFUSED) {
      expect(await errorCodeOf(actions[action](id))).toBe(REFUSED);
      expect(await statusOf(campaignId, id)).toBe(start);
      return;
    }
    await actions[action](id);
    expect(await statusOf(campaignId, id)).toBe(outcome);
    // An active vendor is at work: it has an open request for experts.
    if (outcome === 'active') {
      const [enrollment] = await caller.vendor.enrollments({ campaignId });
      expect(enrollment?.sourcingSince).not.toBeNull();
    }
  });
});
