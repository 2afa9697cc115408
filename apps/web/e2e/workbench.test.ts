/**
 * The experts workbench in a real browser against the production build: sort
 * by fit on the server, pick three experts (click, shift-click) and shortlist
 * them in one go, export the list as CSV, and see the overview agree with the
 * list without a reload, also after a change made elsewhere (another tab).
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Api, newUser, signUpWithApi } from './support/api';
import {
  type ConsoleProblem,
  expectNoConsoleErrors,
  launchChromium,
  openContext,
  screenshot,
} from './support/browser';
import { expertsArriveFor } from './support/experts';

/** The production server every spec shares (e2e/support/global-setup.ts). */
const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: ConsoleProblem[];
let api: Api;
let campaignId: string;
let picked: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page, problems } = await openContext(browser, baseUrl));
  // Signed up over HTTP: the browser gets the session cookie, the test an API client.
  api = await signUpWithApi(context, baseUrl, newUser('Wren Workbench'));
  const vendors = await api.vendor.list.query();
  const campaign = await api.campaign.create.mutate({
    campaignName: 'US dental DSO',
    industryVertical: 'Healthcare',
    briefDescription: 'Dental service organisations: payer mix and roll-up economics.',
    vendorPlatformIds: vendors.slice(0, 3).map((v) => v.id),
    screeningQuestions: [{ questionText: 'Have you run a DSO?', questionType: 'yes_no' }],
  });
  campaignId = campaign.id;
  await expertsArriveFor(api, campaignId);
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail')
    await screenshot(page, `failed-workbench-${task.name.slice(0, 30)}`);
});

afterAll(async () => {
  await browser?.close();
});

const main = () => page.getByRole('main');
const rows = () => main().locator('tbody tr[data-row-id]');
/** The number an overview card shows under its label. */
const figure = async (label: string) =>
  new RegExp(`${label}\\s*(\\d+)`).exec((await main().textContent()) ?? '')?.[1];

describe('the experts workbench', () => {
  it('sorts by fit on the server: best first', async () => {
    await page.goto(`/campaigns/${campaignId}?tab=experts`);
    await rows().first().waitFor();
    await main().getByRole('button', { name: 'Sort by fit' }).click();
    await page.waitForURL(/sort=fit/);
    await expect
      .poll(async () => {
        const fits = (await rows().locator('td:nth-child(3)').allInnerTexts()).map((t) =>
          Number.parseFloat(t),
        );
        return fits.every((f, i) => i === 0 || Number.isNaN(f) || f <= (fits[i - 1] ?? 10));
      })
      .toBe(true);
    await screenshot(page, 'workbench-sorted-by-fit');
  });

  it('picks three experts with a click and a shift-click, and shortlists them at once', async () => {
    const boxes = rows().getByRole('checkbox');
    await boxes.nth(0).click();
    await boxes.nth(2).click({ modifiers: ['Shift'] });
    const toolbar = main().getByRole('toolbar', { name: 'Selected experts' });
    await toolbar.getByText('3 experts selected').waitFor();
    picked = await Promise.all(
      [0, 1, 2].map((i) => rows().nth(i).getAttribute('data-row-id').then(String)),
    );
    await toolbar.getByRole('button', { name: 'Shortlist' }).click();
    await page.getByText('3 experts shortlisted').waitFor();
    await expect
      .poll(() =>
        main()
          .getByRole('button', { name: /Shortlisted/ })
          .first()
          .textContent(),
      )
      .toContain('3');
    await screenshot(page, 'workbench-bulk-shortlisted');
  });

  it('exports the list as a CSV that Excel reads (BOM) with the three shortlisted', async () => {
    await main().getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Experts as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('US dental DSO experts.csv');
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const shortlisted = text.split('\n').filter((line) => line.includes(',shortlisted,'));
    expect(shortlisted).toHaveLength(3);
  });

  // The narrowest window with the panel beside the list (below it, an open expert is a sheet).
  it('at 1280×800 the detail panel shows every button whole, beside the sorted column', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await main().getByRole('button', { name: 'Sort by vendor' }).click();
    await page.waitForURL(/sort=vendor/);
    await rows().first().locator('td').nth(1).click();
    const panel = main().locator('[data-expert-panel]');
    await panel.getByRole('button', { name: /Schedule interview/ }).waitFor();
    // Sorted by vendor: that column stays beside the panel; geography makes room.
    const vendorHeader = main().getByRole('button', { name: 'Sort by vendor' });
    // Polled: the columns move once the panel has taken its share of the width.
    const inView = () =>
      vendorHeader.evaluate((el) => {
        const scroller = el.closest('.overflow-x-auto')?.getBoundingClientRect();
        return Boolean(scroller) && el.getBoundingClientRect().right <= (scroller?.right ?? 0) + 1;
      });
    await expect.poll(inView).toBe(true);
    expect(await main().getByRole('columnheader', { name: 'Geography' }).count()).toBe(0);
    // Polled: the split settles a moment after the window is resized.
    const clipped = () =>
      panel.evaluate((root) => {
        const box = root.getBoundingClientRect();
        const right = Math.min(box.right, document.documentElement.clientWidth);
        return [...root.querySelectorAll<HTMLElement>('button, [data-testid="call-rate"]')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            const cut = el.scrollWidth > el.clientWidth + 1;
            return cut || r.left < box.left - 1 || r.right > right + 1;
          })
          .map((el) => el.textContent);
      });
    await expect.poll(clipped).toEqual([]);
    await screenshot(page, 'workbench-panel-1280');
    await panel.getByRole('button', { name: 'Close expert' }).click();
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('the overview agrees with the list without a reload, also after a change in another tab', async () => {
    await main().getByRole('tab', { name: 'Overview' }).click();
    await expect.poll(() => figure('Shortlisted now')).toBe('3');
    // Another tab rejects one of them: the overview follows within two seconds.
    await api.expert.bulkUpdate.mutate({ ids: [picked[0] ?? ''], status: 'rejected' });
    await expect.poll(() => figure('Shortlisted now'), { timeout: 2_000 }).toBe('2');
    expectNoConsoleErrors(problems);
  });
});
