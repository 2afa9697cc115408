/** The pages outside campaigns: team, vendor directory, settings. */
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser';
import { browserSessions } from './support/fixture';
import { INTERVIEWER, seedCampaign } from './support/workspace';

const { signedIn } = browserSessions();

describe('the workspace pages', () => {
  it('shows the team, vendor directory and settings pages', async () => {
    const { page, api } = await signedIn();
    await seedCampaign(api);
    await page.goto('/');
    await page.getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('cell', { name: INTERVIEWER, exact: true }).waitFor();
    await screenshot(page, '15-team');
    await expectAccessible(page, 'team');
    await page.getByRole('link', { name: 'Vendors', exact: true }).click();
    await page.getByRole('cell', { name: /Third Bridge/ }).waitFor();
    await expect(page.getByRole('row').count()).resolves.toBe(19); // header + 18 vendors
    await screenshot(page, '16-vendors');
    await expectAccessible(page, 'vendors');
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await expectAccessible(page, 'settings');
  });
});
