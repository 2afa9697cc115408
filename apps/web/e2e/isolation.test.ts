/** A second user sees nothing of the first. */
import { describe, expect, it } from 'vitest';
import { newUser } from './support/api';
import { expectAccessible, screenshot } from './support/browser';
import { browserSessions } from './support/fixture';
import { signUp } from './support/pages';
import { seedCampaign } from './support/workspace';

const { session, signedIn } = browserSessions();

describe('a second user', () => {
  it("sees none of the first user's data, and their campaign URL is not found", async () => {
    const alice = await signedIn();
    const { url: campaignUrl } = await seedCampaign(alice.api);

    const bob = await session();
    // The one expected console line: the browser logging the API's 404 for the campaign.
    bob.expected = (p) => p.text.includes('404') && p.url.includes('/api/trpc/');
    await signUp(bob.page, newUser('Bob Other'));
    await bob.page.getByText('No active campaigns yet').waitFor();
    await expect(bob.page.getByText('Project Atlas').count()).resolves.toBe(0);
    await expect(bob.page.getByText('Cold chain in Europe').count()).resolves.toBe(0);

    await bob.page.goto(campaignUrl);
    await bob.page.getByRole('heading', { name: 'Campaign not found' }).waitFor();
    await expect(bob.page.getByText('Cold chain in Europe').count()).resolves.toBe(0);
    await screenshot(bob.page, '19-not-found');
    await expectAccessible(bob.page, 'not found');
  });
});
