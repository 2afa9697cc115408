/**
 * One calendar across campaigns and the vendor scorecards, on a phone and a
 * desktop: a booked call shows in the week's hour grid; on the desktop it is
 * dragged to another time (and a drag onto a clash is refused with the API's
 * words in a toast); a vendor's page shows the user's own figures.
 */
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser';
import { browserSessions } from './support/fixture';
import { layoutProblems } from './support/layout';
import { named, wallClock } from './support/pages';
import { seedCampaignWithExperts } from './support/workspace';

const { signedIn } = browserSessions();

/** The browser's zone in these specs (support/browser.ts). */
const ZONE = 'America/New_York';
const HOUR = 3_600_000;

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

/** Two days from now at `hour`:00 on New York's clock, and that day. */
function inTwoDays(hour: number) {
  const { date } = wallClock(new Date(Date.now() + 48 * HOUR), ZONE);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { day: date, at: new Date(new TZDate(y, m - 1, d, hour, 0, ZONE).getTime()) };
}

describe.each(SIZES)('calendar and vendor scorecards at $width px ($name)', (size) => {
  it('shows a booked call in the week grid, moves it by dragging, and opens a vendor scorecard', async () => {
    const session = await signedIn();
    const { page, api } = session;
    // The refused move below: the browser logs the API's 409 answer.
    session.expected = (p) => p.text.includes('409') && p.url.includes('interview.reschedule');
    await page.setViewportSize({ width: size.width, height: size.height });
    const { expert } = await seedCampaignWithExperts(api);
    const morning = inTwoDays(10);
    const afternoon = inTwoDays(14);
    const first = await api.interview.schedule.mutate({
      expertId: expert.id,
      scheduledAt: morning.at,
      timezone: 'Europe/Berlin',
      durationMinutes: 60,
    });
    await api.interview.schedule.mutate({
      expertId: expert.id,
      scheduledAt: afternoon.at,
      timezone: 'Europe/Berlin',
      durationMinutes: 60,
    });

    await page.goto('/');
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    // On a phone the navigation is behind the menu button.
    if (size.name === 'phone') await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('link', { name: 'Calendar' }).click();
    await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
    // A phone opens on the day; the week is a button away.
    await page
      .getByRole('button', { name: 'week' })
      .and(page.locator(size.name === 'phone' ? '[aria-pressed="false"]' : '[aria-pressed="true"]'))
      .waitFor();
    await page.goto(`/calendar?view=week&date=${morning.day}`);
    const call = page.getByRole('button', {
      name: new RegExp(`^${named(expert.name).source}.*10:00`),
    });
    await call.scrollIntoViewIfNeeded();
    await call.waitFor();
    await page
      .getByRole('button', { name: new RegExp(`${named(expert.name).source}.*14:00`) })
      .waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, `calendar-week-${size.name}`);

    if (size.name === 'desktop') {
      await expectAccessible(page, 'calendar');
      // Dragged down two hours (48 px an hour): 10:00 → 12:00, through interview.reschedule.
      await drag(page, call, 96);
      await page.getByText(`Call with ${expert.name} moved`).waitFor();
      await expect
        .poll(async () => (await api.interview.byId.query({ id: first.id })).scheduledAt.getTime())
        .toBe(morning.at.getTime() + 2 * HOUR);
      // Onto the 14:00 call with the same expert: the API refuses, and says why.
      const moved = page.getByRole('button', {
        name: new RegExp(`${named(expert.name).source}.*12:00`),
      });
      await drag(page, moved, 96);
      await page.getByText('Could not move the call').waitFor();
      await page.getByText(/The expert already has a 60-minute call/).waitFor();
      expect((await api.interview.byId.query({ id: first.id })).scheduledAt.getTime()).toBe(
        morning.at.getTime() + 2 * HOUR,
      );

      // Another expert's call overlapping the 14:00 one is drawn beside it, not over it.
      const { items } = await api.expert.list.query({ campaignId: expert.campaignId });
      const other = items.find(
        (e) => e.complianceStatus === 'clear' && e.personId !== expert.personId,
      );
      if (!other) throw new Error('no second cleared expert arrived');
      await api.interview.schedule.mutate({
        expertId: other.id,
        scheduledAt: new Date(afternoon.at.getTime() + HOUR / 2),
        timezone: 'Europe/Berlin',
        durationMinutes: 60,
      });
      const beside = page.getByRole('button', {
        name: new RegExp(`^${named(other.name).source}.*14:30`),
      });
      await beside.waitFor();
      const [a, b] = await Promise.all([
        page
          .getByRole('button', { name: new RegExp(`^${named(expert.name).source}.*14:00`) })
          .boundingBox(),
        beside.boundingBox(),
      ]);
      if (!a || !b) throw new Error('an overlapping call is not drawn');
      expect(b.x >= a.x + a.width - 1 || a.x >= b.x + b.width - 1).toBe(true);
      await screenshot(page, 'calendar-week-overlap');
    }

    // The vendor of the expert, from the directory to its page.
    const scorecard = async () => {
      const card = (await api.vendor.scorecards.query()).find(
        (v) => v.vendor.id === expert.vendorPlatformId,
      );
      if (!card) throw new Error(`no scorecard for ${expert.vendorPlatformId}`);
      return card;
    };
    const glg = await scorecard();
    expect(glg.scorecard.expertsProposed).toBeGreaterThan(0);
    await page.goto('/vendors');
    await page.getByRole('link', { name: glg.vendor.name, exact: true }).first().click();
    await page.getByRole('heading', { name: glg.vendor.name, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Scorecard' }).waitFor();
    // The vendor keeps proposing while the page loads: the figure shown lies between
    // the API's count before it and the count read after it.
    const shownProposed = async () =>
      Number(
        await page
          .locator('dt', { hasText: 'Experts proposed' })
          .locator('xpath=following-sibling::dd[1]')
          .textContent(),
      );
    await expect.poll(shownProposed).toBeGreaterThanOrEqual(glg.scorecard.expertsProposed);
    const shown = await shownProposed();
    expect(shown).toBeLessThanOrEqual((await scorecard()).scorecard.expertsProposed);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, `vendor-page-${size.name}`);
  });
});

/** Drags a call by its middle, `dy` pixels down, in small steps (dnd-kit starts after 6 px). */
async function drag(
  page: import('playwright-core').Page,
  target: import('playwright-core').Locator,
  dy: number,
) {
  const box = await target.boundingBox();
  if (!box) throw new Error('the call is not on screen');
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 10);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 12; step++) await page.mouse.move(x, y + (dy * step) / 12);
  await page.mouse.up();
}
