/**
 * A user of the original app brings its browser data: Settings → "Bring data
 * from the previous version", a storage file as the README's snippet saves it,
 * the preview, the import, and the imported project and campaign in the
 * sidebar. Independent of the other specs: its own server, browser and user.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_SNIPPET } from '../src/features/browser-import/read-storage-file';
import {
  type ConsoleProblem,
  expectAccessible,
  expectNoConsoleErrors,
  launchChromium,
  openContext,
  screenshot,
} from './support/browser';
import { type E2EServer, startProductionServer } from './support/server';

/** What the old app's localStorage held: every value a string, most of them JSON. */
const storage: Record<string, string> = {
  project_ATLAS: JSON.stringify({
    projectName: 'Project Atlas',
    projectCode: 'ATLAS',
    createdAt: '2024-02-26T09:30:00.000Z',
  }),
  campaign_1709000000001: JSON.stringify({
    id: '1709000000001',
    campaignName: 'Cloud security buyers',
    projectCode: 'ATLAS',
    industryVertical: 'Technology',
    startDate: '2024-03-04',
    targetCompletionDate: '2024-04-12',
    estimatedCalls: 8,
    completedCalls: 3,
    teamMembers: [{ id: 'tm-1', name: 'Priya Shah', designation: 'Associate' }],
  }),
  campaign_1711000000002: JSON.stringify({
    id: '1711000000002',
    campaignName: 'Dental chains, ad hoc',
    industryVertical: 'Healthcare',
    minCalls: 2,
    maxCalls: 4,
    teamMembers: [{ id: 'tm-1', name: 'Priya Shah', designation: 'Associate' }],
  }),
  required_members_1709000000001: '["tm-1"]',
  timezone_1709000000001: 'Europe/London',
  timezone_1711000000002: 'Mars/Olympus_Mons',
  theme: 'dark',
  'debug-ui': 'true',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.e30.signature',
};
/** Where the old app's export lands (the snippet's download). */
let exported: string;

let server: E2EServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: ConsoleProblem[];

beforeAll(async () => {
  server = await startProductionServer();
  browser = await launchChromium();
  ({ context, page, problems } = await openContext(browser, server.url));
  // Signed up through the API (the sign-up screen is another spec's subject).
  const signUp = await context.request.post('/api/auth/sign-up/email', {
    headers: { origin: server.url },
    data: {
      name: 'Olga Original',
      email: `olga.${Date.now()}@example.com`,
      password: 'a long e2e password',
    },
  });
  expect(signUp.ok(), await signUp.text()).toBe(true);
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail')
    await screenshot(page, `failed-import-${task.name.slice(0, 40)}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const chooseFile = (p: Page) => p.getByLabel('Browser data file').setInputFiles(exported);

describe("the original app's browser data", () => {
  it("the README's snippet, run on the old app's page, downloads its storage without the sign-in token", async () => {
    expect(
      readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8'),
    ).toContain(EXPORT_SNIPPET);
    const oldApp = await context.newPage();
    await oldApp.route('http://old-app.test/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Old app</title>' }),
    );
    await oldApp.goto('http://old-app.test/');
    await oldApp.evaluate((items) => {
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    }, storage);
    const [download] = await Promise.all([
      oldApp.waitForEvent('download'),
      oldApp.evaluate(EXPORT_SNIPPET),
    ]);
    expect(download.suggestedFilename()).toBe('expert-network-browser-data.json');
    exported = join(mkdtempSync(join(tmpdir(), 'en-import-')), download.suggestedFilename());
    await download.saveAs(exported);
    const { jwt: _token, ...data } = storage;
    expect(JSON.parse(readFileSync(exported, 'utf8'))).toEqual(data);
    await oldApp.close();
  });

  it('a file that is not browser data is refused before anything is sent', async () => {
    await page.goto('/settings');
    await page.getByRole('heading', { name: 'Bring data from the previous version' }).waitFor();
    await page.getByLabel('Browser data file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('[1, 2, 3]'),
    });
    await page
      .getByRole('alert')
      .getByText(/not the old app's browser data/)
      .waitFor();
  });

  it('previews what it will create, skip and not use', async () => {
    await chooseFile(page);
    await page
      .getByText(
        'This will create 1 project, 2 campaigns, 1 team member, 1 required interviewer, 1 campaign time zone and 1 theme.',
      )
      .waitFor();
    await page.getByText('Cloud security buyers', { exact: true }).first().waitFor();
    await page.getByText('"Mars/Olympus_Mons" is not a known time zone').waitFor();
    await page.getByText('A debugging switch of the old app: not data').waitFor();
    await screenshot(page, 'import-preview');
    await expectAccessible(page, 'settings (import preview)');
  });

  it('imports, and the project and campaigns are in the sidebar', async () => {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page
      .getByText(/^Imported 1 project, 2 campaigns.* from expert-network-browser-data\.json\.$/)
      .waitFor();
    const sidebar = page.getByRole('complementary', { name: 'Sidebar' });
    await sidebar.getByText('Dental chains, ad hoc').waitFor();
    await sidebar.getByRole('button', { name: 'Expand Project Atlas' }).click();
    await sidebar.getByRole('link', { name: 'Cloud security buyers' }).click();
    await page.getByRole('heading', { name: 'Cloud security buyers', level: 1 }).waitFor();
    // The old app's theme came along.
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
      true,
    );
  });

  it('importing the same file again creates nothing', async () => {
    await page.goto('/settings');
    await chooseFile(page);
    await page.getByText('Nothing new to import').waitFor();
    await expect(page.getByRole('button', { name: 'Import', exact: true }).count()).resolves.toBe(
      0,
    );
  });

  it('fits a phone screen, with no console errors', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Collapse sidebar' }).click();
    await page.getByText('Already here: skipped').waitFor();
    const card = page.locator('section', {
      has: page.getByRole('heading', { name: 'Bring data from the previous version' }),
    });
    const overflow = await card.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'import-phone');
    expectNoConsoleErrors(problems);
  });
});
