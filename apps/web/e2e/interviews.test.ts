/** Calls: logged in another time zone, then completed from the interviews tab. */
import { describe, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser';
import { browserSessions } from './support/fixture';
import { named, pickTimeZone, wallClock } from './support/pages';
import { INTERVIEWER, seedCampaignWithExperts } from './support/workspace';

const { signedIn } = browserSessions();

describe('interviews', () => {
  it('logs an interview that took place, in another time zone, with an interviewer', async () => {
    const { page, api } = await signedIn();
    const { url, expert } = await seedCampaignWithExperts(api);
    await api.expert.update.mutate({ id: expert.id, status: 'shortlisted' });
    await page.goto(`${url}?tab=experts&expert=${expert.id}`);
    // Ninety minutes ago on Berlin's clock: a call that happened can be logged, then completed.
    const { date, time } = wallClock(new Date(Date.now() - 90 * 60_000), 'Europe/Berlin');
    const detail = page.getByLabel('Expert details');
    await detail.getByRole('button', { name: 'Schedule interview' }).click();
    const dialog = page.getByRole('dialog', { name: /Schedule a call/ });
    await dialog.getByLabel('Date').fill(date);
    await dialog.getByLabel('Time', { exact: true }).fill(time);
    await pickTimeZone(page, dialog, 'Europe/Berlin');
    await dialog.getByTestId('expert-local-time').waitFor();
    await dialog.getByLabel('Interviewer').selectOption({ label: INTERVIEWER });
    await screenshot(page, '08-schedule-dialog');
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await detail.getByText('Scheduled', { exact: true }).first().waitFor();
    await detail.getByText(new RegExp(`${time} GMT\\+\\d`)).waitFor();
  });

  it('completes the interview from the interviews tab', async () => {
    const { page, api } = await signedIn();
    const { url, expert, member } = await seedCampaignWithExperts(api);
    await api.interview.schedule.mutate({
      expertId: expert.id,
      scheduledAt: new Date(Date.now() - 90 * 60_000),
      timezone: 'Europe/Berlin',
      teamMemberId: member.id,
    });
    await page.goto(`${url}?tab=interviews`);
    await page.getByRole('button', { name: 'list' }).click();
    await page.getByRole('cell', { name: named(expert.name) }).waitFor();
    await screenshot(page, '09-interviews-list');
    await expectAccessible(page, 'interviews');
    await page.getByRole('button', { name: 'Complete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /Complete the call/ });
    await dialog.getByLabel('Rating of the expert').selectOption('4');
    await dialog.getByLabel('Call notes').fill('Tenders run yearly; price is 60% of the decision.');
    await dialog.getByRole('button', { name: 'Mark completed' }).click();
    await page.getByRole('cell', { name: 'Completed' }).waitFor();
    await page.getByRole('button', { name: 'month' }).click();
    await screenshot(page, '10-interviews-month');
  });
});
