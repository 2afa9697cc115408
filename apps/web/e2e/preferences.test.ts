/** Preferences live on the server: the theme follows the user to another browser. */
import { describe, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser';
import { browserSessions } from './support/fixture';
import { signIn } from './support/pages';
import { CAMPAIGN_NAME, seedCampaign } from './support/workspace';

const { session, signedIn } = browserSessions();

describe('preferences', () => {
  it('keeps the dark theme across sign-out and sign-in in another browser', async () => {
    const { page, api, user } = await signedIn();
    const { url } = await seedCampaign(api);
    await page.goto('/settings');
    await page.getByText('Dark', { exact: true }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('dark'));
    await page.waitForLoadState('networkidle');
    await screenshot(page, '17-settings-dark');
    await expectAccessible(page, 'settings (dark)');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    // A fresh browser profile: nothing remembered locally, only the server knows.
    const other = await session();
    await signIn(other.page, user);
    await other.page.waitForFunction(() => document.documentElement.classList.contains('dark'));
    await other.page.goto(url);
    await other.page.getByRole('heading', { name: CAMPAIGN_NAME }).waitFor();
    await screenshot(other.page, '18-campaign-dark');
    await expectAccessible(other.page, 'campaign (dark)');
  });
});
