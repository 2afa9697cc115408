/**
 * Invites and the private feed, read back with a real iCalendar parser
 * (ical.js): one UID per call whose SEQUENCE rises with each change, REQUEST
 * while booked and CANCEL once cancelled; the feed answers to its token only
 * while it is on.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedByToken } from '../src';
import { createTestApi, type TestUser } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;
let expertId: string;
beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp('Calendar keeper');
  const [vendor] = await user.caller.vendor.list();
  const campaign = await user.caller.campaign.create({
    campaignName: 'Invites',
    industryVertical: 'Energy',
  });
  const expert = await user.caller.expert.create({
    campaignId: campaign.id,
    vendorPlatformId: vendor!.id,
    name: 'Ines Ortega',
    title: 'COO',
    company: 'Solaris',
  });
  expertId = expert.id;
});
afterAll(() => api?.dispose());

/** The calendar's METHOD and its events' UID, SEQUENCE, STATUS, start and end, as parsed. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    method: calendar.getFirstPropertyValue('method'),
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        sequence: event.sequence,
        summary: event.summary,
        status: vevent.getFirstPropertyValue('status'),
        start: event.startDate.toJSDate(),
        end: event.endDate.toJSDate(),
      };
    }),
  };
}

describe('a call invite', () => {
  it('updates the same event on a move and removes it on a cancellation', async () => {
    const start = new Date(Date.now() + 5 * 86_400_000);
    start.setUTCMinutes(0, 0, 0);
    const call = await user.caller.interview.schedule({
      expertId,
      scheduledAt: start,
      timezone: 'Europe/Madrid',
      durationMinutes: 45,
    });
    const booked = await user.caller.calendar.invite({ id: call.id });
    expect(booked.filename).toBe('call-ines-ortega.ics');
    const first = parse(booked.content);
    expect(first.method).toBe('REQUEST');
    expect(first.events).toHaveLength(1);
    expect(first.events[0]).toMatchObject({
      uid: `${call.id}@expert-network.app`,
      sequence: 0,
      summary: 'Expert call: Ines Ortega (COO, Solaris)',
      status: 'CONFIRMED',
    });
    expect(first.events[0]!.start.getTime()).toBe(start.getTime());
    expect(first.events[0]!.end.getTime() - start.getTime()).toBe(45 * 60_000);

    const later = new Date(start.getTime() + 86_400_000);
    await user.caller.interview.reschedule({ id: call.id, scheduledAt: later });
    const moved = parse((await user.caller.calendar.invite({ id: call.id })).content);
    expect(moved.method).toBe('REQUEST');
    expect(moved.events[0]).toMatchObject({ uid: first.events[0]!.uid, sequence: 1 });
    expect(moved.events[0]!.start.getTime()).toBe(later.getTime());

    await user.caller.interview.cancel({ id: call.id });
    const cancelled = parse((await user.caller.calendar.invite({ id: call.id })).content);
    expect(cancelled.method).toBe('CANCEL');
    expect(cancelled.events[0]).toMatchObject({
      uid: first.events[0]!.uid,
      sequence: 2,
      status: 'CANCELLED',
    });
  });
});

describe('the private calendar feed', () => {
  it("serves the user's calls to its token while on; a new token or turning it off revokes the old", async () => {
    expect(await user.caller.calendar.feedStatus()).toMatchObject({ enabled: false });
    const { token, path } = await user.caller.calendar.enableFeed();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(path).toBe(`/api/calendar/${token}.ics`);
    expect(await user.caller.calendar.feedStatus()).toMatchObject({ enabled: true });

    const start = new Date(Date.now() + 9 * 86_400_000);
    start.setUTCMinutes(0, 0, 0);
    const call = await user.caller.interview.schedule({
      expertId,
      scheduledAt: start,
      timezone: 'UTC',
    });
    const feed = parse((await feedByToken(api.db.db, token))!);
    expect(feed.method).toBe('PUBLISH');
    const event = feed.events.find((e) => e.uid === `${call.id}@expert-network.app`);
    expect(event?.start.getTime()).toBe(start.getTime());
    // The stored hash alone does not open the feed.
    const stored = await api.db.withSession(
      async (q) =>
        (await q(`SELECT token_hash FROM expert_network.calendar_feeds`)) as {
          token_hash: string;
        }[],
    );
    expect(stored.map((s) => s.token_hash)).not.toContain(token);
    expect(await feedByToken(api.db.db, stored[0]!.token_hash)).toBeNull();

    const renewed = await user.caller.calendar.enableFeed();
    expect(await feedByToken(api.db.db, token)).toBeNull();
    expect(await feedByToken(api.db.db, renewed.token)).not.toBeNull();
    expect(await user.caller.calendar.revokeFeed()).toMatchObject({ enabled: false });
    expect(await feedByToken(api.db.db, renewed.token)).toBeNull();
  });

  it("holds only its owner's calls", async () => {
    const other = await api.signUp('Someone else');
    const { token } = await other.caller.calendar.enableFeed();
    const feed = parse((await feedByToken(api.db.db, token))!);
    expect(feed.events).toEqual([]);
  });
});
