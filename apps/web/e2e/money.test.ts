/**
 * Money a team can trust, in the browser: a budget set on the campaign, a call
 * booked that takes it past 80% (the bell says so), then the call completed
 * with its real length: committed turns into spent, at the length it had.
 */
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser';
import { browserSessions } from './support/fixture';
import { pickTimeZone, wallClock } from './support/pages';
import { INTERVIEWER, seedCampaignWithExperts } from './support/workspace';

const { signedIn } = browserSessions();

const dollars = (cents: number) => `$${Math.round(cents / 100).toLocaleString('en-US')}`;

describe('budgets and spend', () => {
  it('a booking past 80% of the budget alerts; completing it moves committed to spent', async () => {
    const { page, api } = await signedIn();
    const { url, expert, campaign } = await seedCampaignWithExperts(api);
    await api.expert.update.mutate({ id: expert.id, status: 'shortlisted' });
    const rate = expert.callRateCents ?? 0;
    expect(rate).toBeGreaterThan(0);
    // The vendors of this campaign bill an hour at least: an hour's call at 90% of the budget.
    const budgetDollars = Math.ceil(rate / 100 / 0.9);

    await page.goto(url);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit campaign' });
    await edit.getByLabel('Budget (USD)').fill(String(budgetDollars));
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'hidden' });
    await page.getByText(`0% of ${dollars(budgetDollars * 100)}`).waitFor();

    // Booked 90 minutes ago on Berlin's clocks, for an hour.
    await page.goto(`${url}?tab=experts&expert=${expert.id}`);
    const { date, time } = wallClock(new Date(Date.now() - 90 * 60_000), 'Europe/Berlin');
    const detail = page.getByLabel('Expert details');
    await detail.getByRole('button', { name: 'Schedule interview' }).click();
    const book = page.getByRole('dialog', { name: /Schedule a call/ });
    await book.getByLabel('Date').fill(date);
    await book.getByLabel('Time', { exact: true }).fill(time);
    await pickTimeZone(page, book, 'Europe/Berlin');
    await book.getByLabel('Interviewer').selectOption({ label: INTERVIEWER });
    await book.getByRole('button', { name: 'Schedule' }).click();
    await detail.getByText('Scheduled', { exact: true }).first().waitFor();

    // The bell: one unread notice, the 80% alert.
    const bell = page.getByRole('button', { name: 'Notifications, 1 unread' });
    await bell.click();
    const notices = page.getByRole('list', { name: 'Notifications' });
    await notices.getByText(`${campaign.campaignName}: 80% of the budget used`).waitFor();
    await screenshot(page, '20-budget-alert');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();

    await page.goto(`${url}?tab=overview`);
    await expect
      .poll(() => page.getByTestId('campaign-committed').textContent())
      .toBe(`${dollars(rate)} committed`);
    await expect(page.getByTestId('campaign-spent').textContent()).resolves.toBe('$0');

    // Pausing the campaign stops the vendors' proposals, whose arrival refreshes the list below.
    await api.campaign.update.mutate({ id: campaign.id, status: 'paused' });
    // It ran 70 minutes: billed 75 (an hour, then quarters begun).
    await page.goto(`${url}?tab=interviews`);
    await page.getByRole('button', { name: 'list' }).click();
    const complete = page.getByRole('dialog', { name: /Complete the call/ });
    // Proposals still arriving refresh the list: a click lost to a re-render is made again.
    await expect
      .poll(async () => {
        if (!(await complete.isVisible())) {
          await page.getByRole('button', { name: 'Complete', exact: true }).click();
        }
        return complete.isVisible();
      })
      .toBe(true);
    await complete.getByLabel('Actual length (minutes)').fill('70');
    await complete.getByLabel('Rating of the expert').selectOption('5');
    await complete.getByRole('button', { name: 'Mark completed' }).click();
    await page.getByRole('cell', { name: 'Completed' }).waitFor();

    await page.goto(`${url}?tab=overview`);
    const spent = dollars(Math.round((rate * 75) / 60));
    await expect.poll(() => page.getByTestId('campaign-spent').textContent()).toBe(spent);
    await expect(page.getByTestId('campaign-committed').textContent()).resolves.toBe(
      '$0 committed',
    );
    await screenshot(page, '21-budget-burn');
    await expectAccessible(page, 'campaign overview with a budget');
    // Vendors propose experts first: a long spec on a small machine.
  }, 300_000);
});
