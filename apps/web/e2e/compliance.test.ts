/**
 * Compliance in the browser: a project's rules, a flagged expert approved with
 * a reason and then booked, a blocked expert who cannot be booked (neither by
 * the page nor by the API), the history of the campaign, and the
 * do-not-contact list at phone width. Its own server, browser and user; the
 * setup goes through the API.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './support/api';
import {
  type ConsoleProblem,
  expectAccessible,
  expectNoConsoleErrors,
  screenshot,
} from './support/browser';
import type { E2EServer } from './support/server';
import { startSignedIn } from './support/signed-in';

let server: E2EServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: ConsoleProblem[];
let api: Awaited<ReturnType<typeof apiAs>>;
let campaignId: string;
let projectId: string;
let blockedId: string;

beforeAll(async () => {
  ({ server, browser, context, page, problems } = await startSignedIn('Cora Compliance'));
  api = await apiAs(context, server.url);
  const project = await api.project.create.mutate({ projectName: 'Acme take-private' });
  projectId = project.id;
  await api.compliance.updateRules.mutate({
    projectId,
    targetCompany: 'Acme Corporation',
    competitors: ['Globex'],
  });
  const campaign = await api.campaign.create.mutate({
    projectId,
    campaignName: 'Acme channel checks',
    industryVertical: 'Technology',
  });
  campaignId = campaign.id;
  const expert = (name: string, company: string) =>
    api.expert.create.mutate({
      campaignId,
      name,
      company,
      title: 'Regional Sales Director',
      workHistory: [{ company, title: 'Regional Sales Director', from: '2019-04', to: null }],
    });
  await expert('Fiona Flagged', 'Globex Inc.');
  blockedId = (await expert('Bill Blocked', 'ACME Corp.')).id;
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail')
    await screenshot(page, `failed-compliance-${task.name.slice(0, 40)}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const detail = () => page.getByLabel('Expert details');

describe('compliance', () => {
  it("shows the project's rules on its page", async () => {
    await page.goto(`/projects/${projectId}`);
    const rules = page.getByRole('region', { name: 'Compliance rules' });
    await expect(rules.getByLabel('Target company').inputValue()).resolves.toBe('Acme Corporation');
    await expect(rules.getByLabel('Cooling-off period (months)').inputValue()).resolves.toBe('6');
    await expectAccessible(page, 'project with compliance rules');
  });

  it('badges each expert in the list', async () => {
    await page.goto(`/campaigns/${campaignId}?tab=experts`);
    await page
      .getByRole('row', { name: /Fiona Flagged/ })
      .locator('[data-compliance="flagged"]')
      .waitFor();
    await page
      .getByRole('row', { name: /Bill Blocked/ })
      .locator('[data-compliance="blocked"]')
      .waitFor();
    await screenshot(page, 'compliance-experts');
  });

  it('approves a flagged expert only with a reason, then books them', async () => {
    await page.getByRole('row', { name: /Fiona Flagged/ }).click();
    await detail().getByText('listed as a competitor (Globex)', { exact: false }).waitFor();
    await detail().getByRole('button', { name: 'Approve for booking…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Approve Fiona Flagged?' });
    await dialog.getByRole('button', { name: 'Approve for booking' }).click();
    await dialog.getByText('Say why this expert may be booked').waitFor();
    await dialog
      .getByLabel('Reason for approval')
      .fill('Sales role only; cleared by legal (ticket 4411)');
    await screenshot(page, 'compliance-approve-dialog');
    await dialog.getByRole('button', { name: 'Approve for booking' }).click();
    await detail().getByText('Approved for booking').waitFor();
    await detail().getByText('Sales role only; cleared by legal (ticket 4411)').waitFor();

    await detail().getByRole('button', { name: 'Schedule interview' }).click();
    const schedule = page.getByRole('dialog', { name: /Schedule a call/ });
    await schedule.getByRole('button', { name: 'Schedule' }).click();
    await detail().getByText('Scheduled', { exact: true }).first().waitFor();
  });

  it('cannot book a blocked expert, in the page or through the API', async () => {
    await page.getByRole('row', { name: /Bill Blocked/ }).click();
    await detail().getByText("the project's target company", { exact: false }).waitFor();
    await expect(
      detail().getByRole('button', { name: 'Schedule interview' }).isDisabled(),
    ).resolves.toBe(true);
    await expect(detail().getByRole('button', { name: 'Shortlist' }).isDisabled()).resolves.toBe(
      true,
    );
    const refused = await api.interview.schedule
      .mutate({
        expertId: blockedId,
        scheduledAt: new Date(Date.now() + 86_400_000),
        timezone: 'UTC',
      })
      .then(
        () => 'booked',
        (error: Error) => error.message,
      );
    expect(refused).toMatch(/Bill Blocked is blocked by compliance and cannot be booked/);
    await screenshot(page, 'compliance-blocked');
  });

  it("records the approval and the booking in the campaign's history", async () => {
    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('list', { name: 'Acme channel checks history' });
    await history.getByText('Approval created').waitFor();
    await history.getByText('Call created').waitFor();
    await history
      .getByText('status: shortlisted → scheduled')
      .or(history.getByText('status: proposed → scheduled'))
      .first()
      .waitFor();
    await expectAccessible(page, 'campaign history');
  });

  it('keeps a do-not-contact list in Settings, at phone width, with no console errors', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/settings');
    const card = page.getByRole('region', { name: 'Do-not-contact list' });
    await card.getByText('Nobody on the list').waitFor();
    await card.getByLabel('Name').fill('Fiona Flagged');
    await card.getByLabel('Kind').selectOption('person');
    await card.getByRole('button', { name: 'Add' }).click();
    await card
      .getByRole('list', { name: 'Do-not-contact entries' })
      .getByText('Fiona Flagged')
      .waitFor();
    const overflow = await card.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'compliance-do-not-contact-phone');
    // The booked call stays, shown as blocked.
    const {
      items: [call],
    } = await api.interview.list.query({ campaignId });
    expect(call?.status).toBe('scheduled');
    expect(call?.expertComplianceStatus).toBe('blocked');
    expectNoConsoleErrors(problems);
  });
});
