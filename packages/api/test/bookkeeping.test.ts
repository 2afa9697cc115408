/**
 * What the API records alongside a status change: costs, review marks, notes,
 * the vendor's open requests, the order lists come in, and the words of a
 * NOT_FOUND. Each test has its own user.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestApi, procedureAt } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api?.dispose());

const HOUR = 3_600_000;
const MISSING = '00000000-0000-4000-8000-000000000000';

async function setup() {
  const caller = (await api.signUp()).caller;
  const campaign = await caller.campaign.create({
    campaignName: 'Bookkeeping',
    industryVertical: 'Retail',
  });
  return { caller, campaign };
}

const book = (caller: Caller, expertId: string, inHours: number, durationMinutes = 60) =>
  caller.interview.schedule({
    expertId,
    scheduledAt: new Date(Date.now() + inHours * HOUR),
    timezone: 'UTC',
    durationMinutes,
  });

function sql<Row>(text: string, params: unknown[] = []) {
  return api.db.withSession((q) => q<Row>(text, params));
}

describe('calls', () => {
  it("cost the expert's hourly rate for their length, rounded to the cent, and nothing without a rate", async () => {
    const { caller, campaign } = await setup();
    const rated = await caller.expert.create({
      campaignId: campaign.id,
      name: 'Rated',
      callRateCents: 100_001,
    });
    const call = await book(caller, rated.id, 24, 45);
    expect(call.costCents).toBe(75_001); // 100001 * 45 / 60 = 75000.75
    const moved = await caller.interview.reschedule({
      id: call.id,
      scheduledAt: new Date(Date.now() + 30 * HOUR),
      durationMinutes: 90,
    });
    expect(moved.costCents).toBe(150_002); // 150001.5
    const unrated = await caller.expert.create({ campaignId: campaign.id, name: 'Unrated' });
    expect((await book(caller, unrated.id, 24)).costCents).toBeNull();
  });

  it('booking a vendor-proposed expert marks them reviewed', async () => {
    const { caller, campaign } = await setup();
    const expert = await caller.expert.create({ campaignId: campaign.id, name: 'Fresh' });
    await sql('UPDATE expert_network.experts SET is_new = true, reviewed_at = NULL WHERE id = $1', [
      expert.id,
    ]);
    await book(caller, expert.id, 24);
    const after = await caller.expert.byId({ id: expert.id });
    expect(after.isNew).toBe(false);
    expect(after.reviewedAt).toBeInstanceOf(Date);
  });

  it('booking an expert reviewed before keeps the time of that review', async () => {
    const { caller, campaign } = await setup();
    const expert = await caller.expert.create({ campaignId: campaign.id, name: 'Seen' });
    const reviewedAt = new Date('2026-01-15T10:00:00Z');
    await sql('UPDATE expert_network.experts SET reviewed_at = $2 WHERE id = $1', [
      expert.id,
      reviewedAt,
    ]);
    await book(caller, expert.id, 24);
    expect((await caller.expert.byId({ id: expert.id })).reviewedAt).toEqual(reviewedAt);
  });

  it('cancelling and no-shows add their reason to the notes, keeping what was there', async () => {
    const { caller, campaign } = await setup();
    const expert = await caller.expert.create({ campaignId: campaign.id, name: 'Noted' });
    const cancelled = await book(caller, expert.id, 24);
    expect((await caller.interview.cancel({ id: cancelled.id })).notes).toBeNull();
    const withNotes = await book(caller, expert.id, -1);
    await api.db.withSession((q) =>
      q("UPDATE expert_network.interviews SET notes = 'Agenda: budgets' WHERE id = $1", [
        withNotes.id,
      ]),
    );
    expect((await caller.interview.noShow({ id: withNotes.id, notes: 'No answer' })).notes).toBe(
      'Agenda: budgets\nNo show: No answer',
    );
    const reasoned = await book(caller, expert.id, 24);
    expect((await caller.interview.cancel({ id: reasoned.id, reason: 'Conflict' })).notes).toBe(
      'Cancelled: Conflict',
    );
    const done = await book(caller, expert.id, -2);
    expect(
      (await caller.interview.complete({ id: done.id, actualMinutes: 60, rating: 4 })).notes,
    ).toBeNull();
  });

  it('a missed call without notes gets just its reason', async () => {
    const { caller, campaign } = await setup();
    const expert = await caller.expert.create({ campaignId: campaign.id, name: 'Absent' });
    const missed = await caller.interview.noShow({
      id: (await book(caller, expert.id, -1)).id,
      notes: 'never dialled in',
    });
    expect(missed.notes).toBe('No show: never dialled in');
  });

  it('a rejected expert stays rejected when an old call of theirs is deleted', async () => {
    const { caller, campaign } = await setup();
    const expert = await caller.expert.create({ campaignId: campaign.id, name: 'Let go' });
    const call = await book(caller, expert.id, 24);
    await caller.interview.cancel({ id: call.id });
    await caller.expert.update({ id: expert.id, status: 'rejected' });
    await caller.interview.delete({ id: call.id });
    expect((await caller.expert.byId({ id: expert.id })).status).toBe('rejected');
  });
});

describe('refusals say why', () => {
  it('names the call status, the rejection and the start time', async () => {
    const { caller, campaign } = await setup();
    const expert = await caller.expert.create({ campaignId: campaign.id, name: 'Told' });
    const upcoming = await book(caller, expert.id, 24);
    await expect(
      caller.interview.complete({ id: upcoming.id, actualMinutes: 60, rating: 4 }),
    ).rejects.toThrow('This call has not started yet: complete it once it has taken place');
    await expect(caller.interview.noShow({ id: upcoming.id })).rejects.toThrow(
      'This call has not started yet: mark it once it has taken place',
    );
    const missed = await caller.interview.noShow({ id: (await book(caller, expert.id, -1)).id });
    await expect(caller.interview.cancel({ id: missed.id })).rejects.toThrow(
      'This interview is no show, not scheduled',
    );
    const other = await caller.expert.update({
      id: (await caller.expert.create({ campaignId: campaign.id, name: 'Out' })).id,
      status: 'rejected',
    });
    await expect(book(caller, other.id, 24)).rejects.toThrow(
      'This expert was rejected: shortlist them before scheduling',
    );
  });
});

describe('refusals name the field they are about', () => {
  it("a booking's expert, a call's id, an enrollment's status or id", async () => {
    const { caller, campaign } = await setup();
    const rejected = await caller.expert.update({
      id: (await caller.expert.create({ campaignId: campaign.id, name: 'Out' })).id,
      status: 'rejected',
    });
    await expect(book(caller, rejected.id, 24)).rejects.toThrow(
      /^expertId: This expert was rejected: shortlist them before scheduling$/,
    );
    const draft = await caller.campaign.create({
      campaignName: 'Draft',
      industryVertical: 'Retail',
      status: 'draft',
    });
    const waiting = await caller.expert.create({ campaignId: draft.id, name: 'Waiting' });
    await expect(book(caller, waiting.id, 24)).rejects.toThrow(
      /^expertId: This campaign is a draft: activate it before booking calls$/,
    );
    const expert = await caller.expert.create({ campaignId: campaign.id, name: 'Called' });
    const upcoming = await book(caller, expert.id, 48);
    await expect(
      caller.interview.correct({ id: upcoming.id, costCents: 0, reason: 'Free' }),
    ).rejects.toThrow(/^id: This interview is scheduled: only a completed call is corrected$/);
    const done = await caller.interview.complete({
      id: (await book(caller, expert.id, -2)).id,
      actualMinutes: 60,
      rating: 4,
    });
    await expect(caller.interview.delete({ id: done.id })).rejects.toThrow(
      /^id: A completed call is part of the spend: correct it instead of deleting it$/,
    );

    const [vendor] = await caller.vendor.list();
    const enrollment = await caller.vendor.enroll({
      campaignId: campaign.id,
      vendorPlatformId: vendor!.id,
    });
    await caller.vendor.updateEnrollment({ id: enrollment.id, status: 'paused' });
    await expect(caller.vendor.requestMoreExperts({ id: enrollment.id })).rejects.toThrow(
      `id: ${vendor!.name} is paused: resume the enrollment first`,
    );
    await sql(
      "UPDATE expert_network.campaign_vendor_enrollments SET status = 'declined' WHERE id = $1",
      [enrollment.id],
    );
    await expect(
      caller.vendor.updateEnrollment({ id: enrollment.id, status: 'active' }),
    ).rejects.toThrow(/^status: This vendor declined the campaign; its answer stands$/);
  });
});

describe('team members on calls', () => {
  it('a call with a team member that is not one of yours: NOT_FOUND naming the team member', async () => {
    const { caller, campaign } = await setup();
    const expert = await caller.expert.create({ campaignId: campaign.id, name: 'Staffed' });
    const scheduledAt = new Date(Date.now() + 24 * HOUR);
    await expect(
      caller.interview.schedule({
        expertId: expert.id,
        scheduledAt,
        timezone: 'UTC',
        teamMemberId: MISSING,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Team member not found' });
    const call = await book(caller, expert.id, 24);
    await expect(
      caller.interview.reschedule({ id: call.id, scheduledAt, teamMemberId: MISSING }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Team member not found' });
  });
});

describe('notes and results', () => {
  it('completing or cancelling with words adds them to notes already there; delete answers with the id', async () => {
    const { caller, campaign } = await setup();
    const expert = await caller.expert.create({ campaignId: campaign.id, name: 'Wordy' });
    const withAgenda = async (inHours: number) => {
      const call = await book(caller, expert.id, inHours);
      await sql("UPDATE expert_network.interviews SET notes = 'Agenda' WHERE id = $1", [call.id]);
      return call;
    };
    const done = await withAgenda(-1);
    expect(
      (
        await caller.interview.complete({
          id: done.id,
          actualMinutes: 60,
          rating: 4,
          notes: 'Went well',
        })
      ).notes,
    ).toBe('Went well');
    const kept = await withAgenda(-3);
    expect(
      (await caller.interview.complete({ id: kept.id, actualMinutes: 60, rating: 4 })).notes,
    ).toBe('Agenda');
    const cancelled = await withAgenda(24);
    expect((await caller.interview.cancel({ id: cancelled.id, reason: 'Moved' })).notes).toBe(
      'Agenda\nCancelled: Moved',
    );
    expect(await caller.interview.delete({ id: cancelled.id })).toEqual({ id: cancelled.id });
  });
});

describe('vendors', () => {
  it('lists active vendors, best score first, then by name; an inactive one cannot be enrolled', async () => {
    const { caller, campaign } = await setup();
    const vendors = await caller.vendor.list();
    const sorted = vendors.toSorted(
      (a, b) => Number(b.overallScore) - Number(a.overallScore) || a.name.localeCompare(b.name),
    );
    expect(vendors.map((v) => v.id)).toEqual(sorted.map((v) => v.id));
    const retired = vendors.at(-1)!;
    await sql('UPDATE expert_network.vendor_platforms SET is_active = false WHERE id = $1', [
      retired.id,
    ]);
    try {
      expect((await caller.vendor.list()).map((v) => v.id)).not.toContain(retired.id);
      await expect(
        caller.vendor.enroll({ campaignId: campaign.id, vendorPlatformId: retired.id }),
      ).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: `vendorPlatformId: ${retired.name} does not take new campaigns at the moment`,
      });
    } finally {
      await sql('UPDATE expert_network.vendor_platforms SET is_active = true WHERE id = $1', [
        retired.id,
      ]);
    }
  });

  it('an enrollment asks its vendor for experts when it becomes active, and for more on request', async () => {
    const { caller, campaign } = await setup();
    const [vendor] = await caller.vendor.list();
    const enrollment = await caller.vendor.enroll({
      campaignId: campaign.id,
      vendorPlatformId: vendor!.id,
    });
    const open = async () =>
      (
        await sql<{ kind: string }>(
          `SELECT kind FROM expert_network.sourcing_requests
           WHERE enrollment_id = $1 AND status IN ('pending', 'running') ORDER BY kind`,
          [enrollment.id],
        )
      ).map((r) => r.kind);
    expect(await open()).toEqual(['initial']);
    expect(enrollment.sourcingSince).toBeInstanceOf(Date);
    // The vendor answered: nothing is open, and an active enrollment asked again asks nothing.
    await sql(
      "UPDATE expert_network.sourcing_requests SET status = 'done' WHERE enrollment_id = $1",
      [enrollment.id],
    );
    const idle = await caller.vendor.updateEnrollment({ id: enrollment.id, status: 'active' });
    expect(idle.sourcingSince).toBeNull();
    expect(await open()).toEqual([]);
    // Nothing sent: nothing changes.
    expect(await caller.vendor.updateEnrollment({ id: enrollment.id })).toEqual(idle);
    // Notes alone do not set the vendor to work again.
    await caller.vendor.updateEnrollment({ id: enrollment.id, notes: 'Prefers email' });
    expect(await open()).toEqual([]);
    // Paused, then resumed: the vendor is asked again.
    await caller.vendor.updateEnrollment({ id: enrollment.id, status: 'paused' });
    expect(await open()).toEqual([]);
    await caller.vendor.updateEnrollment({ id: enrollment.id, status: 'active' });
    expect(await open()).toEqual(['initial']);
    await caller.vendor.requestMoreExperts({ id: enrollment.id });
    expect(await open()).toEqual(['initial', 'more']);
  });

  it("lists a campaign's enrollments in the order the vendors were enrolled", async () => {
    const { caller, campaign } = await setup();
    const vendors = (await caller.vendor.list()).slice(0, 3).reverse();
    for (const v of vendors) {
      await caller.vendor.enroll({ campaignId: campaign.id, vendorPlatformId: v.id });
    }
    expect(
      (await caller.vendor.enrollments({ campaignId: campaign.id })).map((e) => e.vendorPlatformId),
    ).toEqual(vendors.map((v) => v.id));
  });
});

describe('lists of ids', () => {
  it('one missing among ones that exist is enough to refuse, naming what is missing', async () => {
    const { caller } = await setup();
    const [vendor] = await caller.vendor.list();
    const member = await caller.team.create({ name: 'Real', email: `real.${Math.random()}@x.com` });
    const create = (fields: object) =>
      caller.campaign.create({ campaignName: 'Mixed', industryVertical: 'Retail', ...fields });
    await expect(create({ vendorPlatformIds: [vendor!.id, MISSING] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Vendor not found',
    });
    await expect(create({ teamMemberIds: [member.id, MISSING] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Team member not found',
    });
  });
});

describe('not found', () => {
  it.each([
    ['campaign.byId', { id: MISSING }, 'Campaign not found'],
    ['project.byId', { id: MISSING }, 'Project not found'],
    ['expert.byId', { id: MISSING }, 'Expert not found'],
    ['vendor.byId', { id: MISSING }, 'Vendor not found'],
    ['interview.byId', { id: MISSING }, 'Interview not found'],
    ['interview.cancel', { id: MISSING }, 'Interview not found'],
    ['team.update', { id: MISSING, name: 'X' }, 'Team member not found'],
    ['vendor.unenroll', { id: MISSING }, 'Enrollment not found'],
    ['vendor.updateEnrollment', { id: MISSING, notes: 'x' }, 'Enrollment not found'],
    ['vendor.requestMoreExperts', { id: MISSING }, 'Enrollment not found'],
    ['vendor.enrollments', { campaignId: MISSING }, 'Campaign not found'],
    [
      'campaign.create',
      { campaignName: 'X', industryVertical: 'Y', projectId: MISSING },
      'Project not found',
    ],
    [
      'campaign.create',
      { campaignName: 'X', industryVertical: 'Y', vendorPlatformIds: [MISSING] },
      'Vendor not found',
    ],
    [
      'campaign.create',
      { campaignName: 'X', industryVertical: 'Y', teamMemberIds: [MISSING] },
      'Team member not found',
    ],
    [
      'interview.schedule',
      { expertId: MISSING, scheduledAt: new Date(), timezone: 'UTC' },
      'Expert not found',
    ],
  ])('%s names what is missing', async (path, input, message) => {
    const { caller } = await setup();
    await expect(procedureAt(caller, path)(input)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message,
    });
  });
});
