/** A campaign after the wizard: edited, its tabs, a vendor asked for more experts. */
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { browserSessions } from './support/fixture';
import {
  INTERVIEWER,
  seedCampaign,
  seedCampaignWithExperts,
  seedCompletedCall,
} from './support/workspace';

const { signedIn } = browserSessions();

describe('the campaign page', () => {
  it('edits the campaign, with the API schema guarding the call targets', async () => {
    const { page, api } = await signedIn();
    const { url } = await seedCampaign(api);
    await page.goto(url);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit campaign' });
    await dialog.getByLabel('Maximum calls').fill('5');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Must be at least the minimum number of calls').waitFor();
    await dialog.getByLabel('Maximum calls').fill('12');
    await dialog.getByLabel('Campaign name').fill('Cold chain in Europe (wave 1)');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Cold chain in Europe (wave 1)', level: 1 }).waitFor();
  });

  it('shows the other tabs of the campaign', async () => {
    const { page, api } = await signedIn();
    const { url } = await seedCompletedCall(api);
    await page.goto(url);
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByText('1 / 10').first().waitFor();
    await screenshot(page, '11-campaign-overview');
    await page.getByRole('tab', { name: 'Vendors' }).click();
    await page.getByRole('cell', { name: /GLG/ }).first().waitFor();
    await screenshot(page, '12-campaign-vendors');
    await page.getByRole('tab', { name: 'Screening' }).click();
    await page.getByText('What did you buy last year?').waitFor();
    await screenshot(page, '13-campaign-screening');
    await page.getByRole('tab', { name: 'Team' }).click();
    await page.getByText(INTERVIEWER).first().waitFor();
  });

  it('asks a vendor for more experts, and sees it sourcing until they arrive', async () => {
    const { page, api } = await signedIn();
    const { url } = await seedCampaignWithExperts(api);
    await page.goto(`${url}?tab=vendors`);
    // Offered to an active vendor that is not already finding experts.
    const request = page.getByRole('button', { name: /^Request more experts from / }).first();
    await request.waitFor({ timeout: 60_000 });
    const vendor = (await request.getAttribute('aria-label'))?.replace(/^.* from /, '') ?? '';
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: `Edit ${vendor}`, exact: true }) });
    const experts = async () => Number(await row.getByRole('cell').nth(2).textContent());
    const before = await experts();
    await request.click();
    await page.getByText(`Asked ${vendor} for more experts`).waitFor();
    await row.getByText(/^Sourcing/).waitFor();
    await expect.poll(experts, { timeout: 60_000 }).toBeGreaterThan(before);
    await screenshot(page, '12b-vendors-more-experts');
  });
});
