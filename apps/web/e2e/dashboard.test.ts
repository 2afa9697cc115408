/** The dashboard's calls and spend after a completed call. */
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser';
import { browserSessions } from './support/fixture';
import { seedCompletedCall } from './support/workspace';

const { signedIn } = browserSessions();

describe('the dashboard', () => {
  it('shows one completed call and its cost', async () => {
    const { page, api } = await signedIn();
    const { url, expert } = await seedCompletedCall(api);
    // The expert's hourly rate as the experts tab shows it: a 60-minute call costs that.
    await page.goto(`${url}?tab=experts&expert=${expert.id}`);
    const rateText = (await page.getByTestId('call-rate').textContent()) ?? '';
    expect(rateText).toMatch(/^\$[\d,]+$/);
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await expect(page.getByTestId('calls-completed').textContent()).resolves.toMatch(
      /^1\s*\/\s*10$/,
    );
    await expect(page.getByTestId('total-spend').textContent()).resolves.toBe(rateText);
    await page.getByRole('img', { name: 'Spent and committed by vendor' }).waitFor();
    await screenshot(page, '14-dashboard');
    await expectAccessible(page, 'dashboard');
  });
});
