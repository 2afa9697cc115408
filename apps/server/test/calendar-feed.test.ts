/**
 * The private calendar feed over HTTP, as a calendar app fetches it: no cookie,
 * text/calendar that ical.js reads back with the user's call in it; a revoked
 * or made-up token is 404.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signUpOverHttp, startTestServer, typedClient } from './start';

let app: Awaited<ReturnType<typeof startTestServer>>;
let client: ReturnType<typeof typedClient>;
beforeAll(async () => {
  app = await startTestServer({ SIMULATOR_ENABLED: 'false' });
  client = typedClient(app.url, await signUpOverHttp(app.url, 'Subscriber'));
});
afterAll(() => app?.close());

it('serves the feed as text/calendar to its token alone, until it is revoked', async () => {
  const [vendor] = await client.vendor.list.query();
  const campaign = await client.campaign.create.mutate({
    campaignName: 'Feed',
    industryVertical: 'Energy',
  });
  const expert = await client.expert.create.mutate({
    campaignId: campaign.id,
    vendorPlatformId: vendor!.id,
    name: 'Feed Expert',
  });
  const start = new Date(Date.now() + 3 * 86_400_000);
  start.setUTCMinutes(0, 0, 0);
  const call = await client.interview.schedule.mutate({
    expertId: expert.id,
    scheduledAt: start,
    timezone: 'UTC',
  });
  const { path } = await client.calendar.enableFeed.mutate();

  const response = await fetch(new URL(path, app.url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.uid)).toEqual([`${call.id}@expert-network.app`]);
  expect(events[0]!.startDate.toJSDate().getTime()).toBe(start.getTime());

  await client.calendar.revokeFeed.mutate();
  expect((await fetch(new URL(path, app.url))).status).toBe(404);
  expect(
    (await fetch(new URL('/api/calendar/not-a-token-at-all-really.ics', app.url))).status,
  ).toBe(404);
});
