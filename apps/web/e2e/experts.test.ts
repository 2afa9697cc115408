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
  it('shows one person two networks propose once; the user books the cheaper, the other is a duplicate', async () => {
    const { page, api } = await signedIn();
    const { campaign, url } = await seedCampaign(api);
    const vendors = await api.vendor.list.query();
    const vendorId = (name: string) => vendors.find((v) => v.name === name)?.id;
    const history = (company: string) => [
      { company, title: 'VP Operations', from: '2018-03', to: null },
      { company: 'Kuehne Cold Chain', title: 'Head of Logistics', from: '2012-01', to: '2018-02' },
    ];
    // GLG and AlphaSights each write the same person their own way, at their own rate.
    const dear = await api.expert.create.mutate({
      campaignId: campaign.id,
      vendorPlatformId: vendorId('GLG'),
      name: 'Dr. Ingrid M. Solberg',
      title: 'VP, Operations',
      company: 'Nordfrakt Logistics Inc.',
      geography: 'Oslo, Norway',
      workHistory: history('Nordfrakt Logistics Inc.'),
      callRateCents: 90_000,
    });
    const cheap = await api.expert.create.mutate({
      campaignId: campaign.id,
      vendorPlatformId: vendorId('AlphaSights'),
      name: 'Ingrid Solberg',
      title: 'Vice President of Operations',
      company: 'Nordfrakt Logistics',
      geography: 'Oslo, Norway',
      workHistory: history('Nordfrakt Logistics'),
      callRateCents: 60_000,
    });
    expect(cheap.personId).toBe(dear.personId);

    // The list shows her once, through the cheaper offer, with both counted.
    await page.goto(`${url}?tab=experts&q=Solberg`);
    const table = page.getByRole('table', { name: 'Experts' });
    const row = table.locator(`[data-row-id="${cheap.id}"]`);
    await row.getByText('2 offers').waitFor({ timeout: 20_000 });
    await row.getByText('Cheapest', { exact: true }).waitFor();
    expect(await table.locator(`[data-row-id="${dear.id}"]`).count()).toBe(0);

    // The panel lists both networks' offers, the cheaper marked; she is booked through it.
    await row.click();
    const detail = page.getByLabel('Expert details');
    const offers = detail.getByTestId('person-offers');
    const offerOf = (vendor: string) =>
      offers.getByRole('listitem').filter({ hasText: new RegExp(`^${vendor}`) });
    await offerOf('AlphaSights').getByText('Cheapest').waitFor();
    await screenshot(page, 'person-offered-twice');
    await detail.getByRole('button', { name: 'Schedule interview' }).click();
    const schedule = page.getByRole('dialog', { name: /Schedule a call/ });
    await schedule.getByRole('button', { name: 'Schedule' }).click();
    await detail.getByText('Scheduled', { exact: true }).first().waitFor();
    // GLG's offer of her is now a duplicate, and the row still shows her once.
    await offerOf('GLG').getByText('Duplicate: booked elsewhere').waitFor({ timeout: 20_000 });
    await row.getByText('Scheduled', { exact: true }).waitFor({ timeout: 20_000 });
    expect(await table.locator(`[data-row-id="${dear.id}"]`).count()).toBe(0);
    const call = (await api.interview.list.query({ campaignId: campaign.id })).items.find(
      (i) => i.expertId === cheap.id,
    );
    expect(call?.status).toBe('scheduled');
    // The duplicate, hidden in the list, opens from the panel.
    await offerOf('GLG')
      .getByRole('button', { name: /Open GLG offer/ })
      .click();
    await detail
      .getByRole('heading', { level: 2, name: 'Dr. Ingrid M. Solberg' })
      .waitFor({ timeout: 20_000 });
    await offerOf('GLG').getByText('(this offer)').waitFor();
  });
});
