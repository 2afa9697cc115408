/** Experts proposed by the enrolled vendors: arriving, read, shortlisted. */
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser';
import { expertsArriveFor } from './support/experts';
import { browserSessions } from './support/fixture';
import { named } from './support/pages';
import {
  COUNTRIES,
  COUNTRIES_QUESTION,
  seedCampaign,
  seedCampaignWithExperts,
} from './support/workspace';

const { signedIn } = browserSessions();

describe("a campaign's experts", () => {
  it('arrive from the enrolled vendors, marked new', async () => {
    const { page, api } = await signedIn();
    const { campaign, url } = await seedCampaign(api);
    await page.goto(url);
    await page.getByRole('tab', { name: /Experts/ }).click();
    const enrollments = await expertsArriveFor(api, campaign.id);
    expect(enrollments.map((e) => e.vendor.name).sort()).toEqual(['AlphaSights', 'GLG']);
    // Live updates: the vendors' experts show up without a reload, marked new.
    const table = page.getByRole('table', { name: 'Experts' });
    await table.getByRole('cell', { name: /GLG/ }).first().waitFor({ timeout: 20_000 });
    await table
      .getByRole('cell', { name: /AlphaSights/ })
      .first()
      .waitFor({ timeout: 20_000 });
    await page
      .getByRole('status')
      .filter({ hasText: /new expert/ })
      .waitFor();
    expect(await table.getByText('New:').count()).toBeGreaterThan(1);
  });

  it('opens an expert, reads the screening answers, and shortlists them', async () => {
    const { page, api } = await signedIn();
    const { url } = await seedCampaignWithExperts(api);
    await page.goto(`${url}?tab=experts`);
    // One the compliance check cleared: a flagged or blocked one has its own spec (compliance.test.ts).
    const table = page.getByRole('table', { name: 'Experts' });
    const firstClear = table
      .getByRole('row')
      .filter({ has: page.locator('[data-compliance="clear"]') })
      .first();
    // Pinned by id: the vendors keep proposing, and a newcomer may become the first row.
    const rowId = await firstClear.getAttribute('data-row-id');
    const row = table.locator(`[data-row-id="${rowId}"]`);
    // By keyboard: Enter opens the expert and focus moves into the panel; Escape brings it back.
    const focused = () =>
      page.evaluate(() =>
        document.activeElement?.closest('[aria-label="Expert details"]')
          ? 'panel'
          : (document.activeElement?.getAttribute('data-row-id') ??
            document.activeElement?.tagName),
      );
    await row.focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('panel');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe(rowId);
    await row.click();
    const detail = page.getByLabel('Expert details');
    const heading = detail.getByRole('heading', { level: 2 });
    await heading.waitFor();
    const expertName = (await heading.textContent()) ?? '';
    expect(expertName).not.toBe('');
    // Opening an expert clears its "new" mark.
    await expect.poll(() => row.getByText('New:').count()).toBe(0);

    const answers = detail.getByTestId('screening-answers');
    const answerTo = (question: string) =>
      answers.locator('div', { has: page.getByText(question, { exact: true }) }).locator('dd');
    for (const question of ['Did you run a tender?', 'What did you buy last year?']) {
      await expect(answerTo(question).textContent()).resolves.toMatch(/\S/);
    }
    // A multiple-choice answer is the list of options picked, not the stored JSON.
    const picked = await answerTo(COUNTRIES_QUESTION)
      .getByRole('list', { name: 'Options picked' })
      .getByRole('listitem')
      .allTextContents();
    expect(picked.length).toBeGreaterThan(0);
    for (const choice of picked) expect(COUNTRIES).toContain(choice);
    await expect(answerTo(COUNTRIES_QUESTION).textContent()).resolves.not.toContain('[');
    await expect(detail.getByTestId('call-rate').textContent()).resolves.toMatch(/^\$[\d,]+$/);
    await screenshot(page, '07-experts-detail');
    await expectAccessible(page, 'experts');
    await detail.getByRole('button', { name: 'Shortlist' }).click();
    await detail.getByText('Shortlisted', { exact: true }).waitFor();
    await page
      .getByRole('row', { name: named(expertName) })
      .getByText('Shortlisted')
      .waitFor();
  });
});
