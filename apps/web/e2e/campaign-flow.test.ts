/**
 * The whole product in a real browser, against the production build on a fresh
 * database: a new user's first campaign from sign-up to a completed call, a
 * second user who sees none of it, a theme that follows the user, no console
 * errors, and no serious accessibility violations on the main pages.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConsoleProblem,
  expectAccessible,
  expectNoConsoleErrors,
  launchChromium,
  openContext,
  screenshot,
} from './support/browser';
import { expertsArrive } from './support/experts';
import { type E2EServer, startProductionServer } from './support/server';

const PASSWORD = 'a long e2e password';
const COUNTRIES_QUESTION = 'Which countries do you cover?';
const COUNTRIES = ['Germany', 'France', 'Nordics'];
const alice = { name: 'Alice Analyst', email: `alice.${Date.now()}@example.com` };
const bob = { name: 'Bob Other', email: `bob.${Date.now()}@example.com` };

let server: E2EServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: ConsoleProblem[];
let campaignUrl: string;
/** The expert the flow books, and their hourly rate as shown (a 60-minute call costs that). */
let expertName: string;
let rateText: string;

beforeAll(async () => {
  server = await startProductionServer();
  browser = await launchChromium();
  ({ context, page, problems } = await openContext(browser, server.url));
});

afterEach(async ({ task }) => {
  // What the page showed when a step failed, beside the other screenshots.
  if (task.result?.state === 'fail') await screenshot(page, `failed-${task.name.slice(0, 40)}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The date and time (`YYYY-MM-DD`, `HH:mm`) a zone's clocks show at an instant. */
function wallClock(at: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** Matches text containing `name` literally. */
const named = (name: string) => new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

async function signUp(p: Page, user: { name: string; email: string }) {
  await p.goto('/');
  await p.waitForURL(/\/sign-in/);
  await p.getByRole('link', { name: 'Create an account' }).click();
  await p.getByLabel('Name').fill(user.name);
  await p.getByLabel('Work email').fill(user.email);
  await p.getByLabel('Password').fill(PASSWORD);
  await p.getByRole('button', { name: 'Create account' }).click();
  await p.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
}

async function signIn(p: Page, user: { email: string }) {
  await p.goto('/sign-in');
  await p.getByLabel('Email').fill(user.email);
  await p.getByLabel('Password').fill(PASSWORD);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
}

describe('a new user runs a campaign to a completed call', () => {
  it('signs up, and protected pages send a visitor to sign-in first', async () => {
    await page.goto('/team');
    await page.waitForURL(/\/sign-in\?redirect=%2Fteam/);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(page, '01-sign-in');
    await expectAccessible(page, 'sign-in');
    await signUp(page, alice);
    await page.getByText('No active campaigns yet').waitFor();
    await screenshot(page, '02-dashboard-empty');
    await expectAccessible(page, 'dashboard (empty)');
  });

  it('creates a project from the sidebar', async () => {
    await page.getByRole('button', { name: 'New project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByLabel('Project name').fill('Project Atlas');
    await dialog.getByLabel('Project code').fill('ATLAS');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('heading', { name: 'Project Atlas', level: 1 }).waitFor();
    await page.getByText('No campaigns in this project').waitFor();
  });

  it('creates a campaign with the wizard: three questions and a follow-up, two vendors, a team member', async () => {
    await page.getByRole('main').getByRole('link', { name: 'New campaign' }).first().click();
    await page.getByRole('heading', { name: 'New campaign' }).waitFor();
    const main = page.getByRole('main');

    // Basics: the project is preselected from the project page.
    await page.getByRole('button', { name: /Next/ }).click();
    await page.getByText('Required').first().waitFor(); // the API's own schema says what is missing
    await main.getByLabel('Campaign name').fill('Cold chain in Europe');
    await main.getByLabel('Industry').selectOption('Industrials');
    await expect(main.getByLabel('Project', { exact: true }).inputValue()).resolves.not.toBe('');
    await screenshot(page, '03-wizard-basics');
    await expectAccessible(page, 'wizard');
    await page.getByRole('button', { name: /Next/ }).click();

    // Scope
    await main.getByLabel('Brief').fill('How do mid-size shippers buy cold-chain capacity?');
    await main.getByLabel('Europe').check();
    await main.getByLabel('Other regions').fill('Nordics');
    await main.getByLabel('Start date').fill('2026-12-01');
    await main.getByLabel('Target completion').fill('2027-01-31');
    await main.getByLabel('Minimum calls').fill('8');
    await main.getByLabel('Maximum calls').fill('5');
    await main.getByLabel('Estimated calls').fill('10');
    await page.getByRole('button', { name: /Next/ }).click();
    await page.getByText('Must be at least the minimum number of calls').waitFor();
    await main.getByLabel('Maximum calls').fill('12');
    await page.getByRole('button', { name: /Next/ }).click();

    // Screening: a yes/no question with a follow-up, a free-text one (reordered above it),
    // and a multiple-choice one. The follow-up once blocked Next (a key the API refused).
    await page.getByRole('button', { name: 'Add a question' }).click();
    await main.getByLabel('Question', { exact: true }).first().fill('What did you buy last year?');
    await page.getByRole('button', { name: 'Add a question' }).click();
    await main.getByLabel('Question', { exact: true }).nth(1).fill('Did you run a tender?');
    await main.getByLabel('Answer type').nth(1).selectOption('yes_no');
    await page.getByRole('button', { name: 'Move question 2 up' }).click();
    await expect(main.getByLabel('Question', { exact: true }).first().inputValue()).resolves.toBe(
      'Did you run a tender?',
    );
    await page.getByRole('button', { name: 'Add a follow-up' }).first().click();
    await main.getByLabel('Ask when the answer is').selectOption('Yes');
    await main
      .getByLabel('Question', { exact: true })
      .nth(1)
      .fill('Which providers did you invite?');
    await page.getByRole('button', { name: 'Add a question' }).click();
    await main.getByLabel('Question', { exact: true }).nth(3).fill(COUNTRIES_QUESTION);
    await main.getByLabel('Answer type').nth(3).selectOption('multi_choice');
    await main.getByLabel('Choices').fill(COUNTRIES.join('\n'));
    await screenshot(page, '04-wizard-screening');
    await expectAccessible(page, 'wizard screening');
    await page.getByRole('button', { name: /Next/ }).click();
    await page.getByText(/vendors? selected/).waitFor(); // on to the vendors: nothing refused

    // Vendors: filter, then pick two.
    await main.getByLabel('Search vendors').fill('GLG');
    await page.getByRole('checkbox', { name: 'GLG' }).check();
    await main.getByLabel('Search vendors').fill('');
    await page.getByRole('checkbox', { name: 'AlphaSights' }).check();
    await page.getByText('2 vendors selected').waitFor();
    await screenshot(page, '05-wizard-vendors');
    await page.getByRole('button', { name: /Next/ }).click();

    // Team: add a member inline; they are picked at once.
    await page.getByRole('button', { name: 'Add a team member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a team member' });
    await dialog.getByLabel('Name').fill('Ivan Interviewer');
    await dialog.getByLabel('Email').fill('ivan@example.com');
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await expect(
      page.getByRole('checkbox', { name: /Ivan Interviewer/ }).isChecked(),
    ).resolves.toBe(true);
    await page.getByRole('button', { name: /Next/ }).click();

    // Review and create.
    await page.getByText('Did you run a tender?').waitFor();
    await page.getByText('(Yes / no, 1 follow-up)').waitFor();
    await screenshot(page, '06-wizard-review');
    await page.getByRole('button', { name: 'Create campaign' }).click();
    await page.getByRole('heading', { name: 'Cold chain in Europe', level: 1 }).waitFor();
    campaignUrl = new URL(page.url()).pathname;
    expect(campaignUrl).toMatch(/^\/campaigns\/[0-9a-f-]{36}$/);
  });

  it('sees experts arrive from the enrolled vendors, marked new', async () => {
    await page.getByRole('tab', { name: /Experts/ }).click();
    const campaignId = campaignUrl.split('/').pop() ?? '';
    const enrollments = await expertsArrive(context, server.url, campaignId);
    expect(enrollments.map((e) => e.vendor.name).sort()).toEqual(['AlphaSights', 'GLG']);
    // The tab polls: the vendors' experts show up without a reload, marked new.
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
    // One the compliance check cleared: a flagged or blocked one has its own spec (compliance.test.ts).
    const row = page
      .getByRole('table', { name: 'Experts' })
      .getByRole('row')
      .filter({ has: page.locator('[data-compliance="clear"]') })
      .first();
    // By keyboard: Enter opens the expert and focus moves into the panel; Escape brings it back.
    const focused = () =>
      page.evaluate(() =>
        document.activeElement?.closest('[aria-label="Expert details"]')
          ? 'panel'
          : (document.activeElement?.getAttribute('data-row-id') ??
            document.activeElement?.tagName),
      );
    await row.focus();
    const rowId = await row.getAttribute('data-row-id');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('panel');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe(rowId);
    await row.click();
    const detail = page.getByLabel('Expert details');
    const heading = detail.getByRole('heading', { level: 2 });
    await heading.waitFor();
    expertName = (await heading.textContent()) ?? '';
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
    rateText = (await detail.getByTestId('call-rate').textContent()) ?? '';
    expect(rateText).toMatch(/^\$[\d,]+$/);
    await screenshot(page, '07-experts-detail');
    await expectAccessible(page, 'experts');
    await detail.getByRole('button', { name: 'Shortlist' }).click();
    await detail.getByText('Shortlisted', { exact: true }).waitFor();
    await page
      .getByRole('row', { name: named(expertName) })
      .getByText('Shortlisted')
      .waitFor();
  });

  it('logs an interview that took place, in another time zone, with an interviewer', async () => {
    // Ninety minutes ago on Berlin's clock: a call that happened can be logged, then completed.
    const { date, time } = wallClock(new Date(Date.now() - 90 * 60_000), 'Europe/Berlin');
    const detail = page.getByLabel('Expert details');
    await detail.getByRole('button', { name: 'Schedule interview' }).click();
    const dialog = page.getByRole('dialog', { name: /Schedule a call/ });
    await dialog.getByLabel('Date').fill(date);
    await dialog.getByLabel('Time', { exact: true }).fill(time);
    await dialog.getByLabel('Time zone').selectOption('Europe/Berlin');
    await dialog.getByLabel('Interviewer').selectOption({ label: 'Ivan Interviewer' });
    await screenshot(page, '08-schedule-dialog');
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await detail.getByText('Scheduled', { exact: true }).first().waitFor();
    await detail.getByText(new RegExp(`${time} GMT\\+\\d`)).waitFor();
  });

  it('completes the interview from the interviews tab', async () => {
    await page.getByRole('tab', { name: 'Interviews' }).click();
    await page.getByRole('button', { name: 'list' }).click();
    await page.getByRole('cell', { name: named(expertName) }).waitFor();
    await screenshot(page, '09-interviews-list');
    await expectAccessible(page, 'interviews');
    await page.getByRole('button', { name: 'Complete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /Complete the call/ });
    await dialog.getByLabel('Call notes').fill('Tenders run yearly; price is 60% of the decision.');
    await dialog.getByRole('button', { name: 'Mark completed' }).click();
    await page.getByRole('cell', { name: 'Completed' }).waitFor();
    await page.getByRole('button', { name: 'month' }).click();
    await screenshot(page, '10-interviews-month');
  });

  it('edits the campaign, with the API schema guarding the call targets', async () => {
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
    await page.getByText('Ivan Interviewer').first().waitFor();
  });

  it('asks a vendor for more experts, and sees it sourcing until they arrive', async () => {
    await page.getByRole('tab', { name: 'Vendors' }).click();
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

  it('shows one completed call and its cost on the dashboard', async () => {
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await expect(page.getByTestId('calls-completed').textContent()).resolves.toMatch(
      /^1\s*\/\s*10$/,
    );
    await expect(page.getByTestId('total-spend').textContent()).resolves.toBe(rateText);
    await page.getByRole('img', { name: 'Spend by vendor' }).waitFor();
    await screenshot(page, '14-dashboard');
    await expectAccessible(page, 'dashboard');
  });

  it('shows the team, vendor directory and settings pages', async () => {
    await page.getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('cell', { name: 'Ivan Interviewer', exact: true }).waitFor();
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

  it('keeps the dark theme across sign-out and sign-in in another browser', async () => {
    await page.getByText('Dark', { exact: true }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('dark'));
    await page.waitForLoadState('networkidle');
    await screenshot(page, '17-settings-dark');
    await expectAccessible(page, 'settings (dark)');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    // A fresh browser profile: nothing remembered locally, only the server knows.
    const other = await openContext(browser, server.url);
    await signIn(other.page, alice);
    await other.page.waitForFunction(() => document.documentElement.classList.contains('dark'));
    await other.page.goto(campaignUrl);
    await other.page.getByRole('heading', { name: 'Cold chain in Europe (wave 1)' }).waitFor();
    await screenshot(other.page, '18-campaign-dark');
    await expectAccessible(other.page, 'campaign (dark)');
    expectNoConsoleErrors(other.problems);
    await other.context.close();
  });

  it('had no console errors on any page', () => {
    expectNoConsoleErrors(problems);
  });
});

describe('a second user', () => {
  it("sees none of the first user's data, and their campaign URL is not found", async () => {
    const {
      context: bobContext,
      page: bobPage,
      problems: bobProblems,
    } = await openContext(browser, server.url);
    await signUp(bobPage, bob);
    await bobPage.getByText('No active campaigns yet').waitFor();
    await expect(bobPage.getByText('Project Atlas').count()).resolves.toBe(0);
    await expect(bobPage.getByText('Cold chain in Europe').count()).resolves.toBe(0);

    await bobPage.goto(campaignUrl);
    await bobPage.getByRole('heading', { name: 'Campaign not found' }).waitFor();
    await expect(bobPage.getByText('Cold chain in Europe').count()).resolves.toBe(0);
    await screenshot(bobPage, '19-not-found');
    await expectAccessible(bobPage, 'not found');

    // The one expected console line: the browser logging the API's 404 for the campaign.
    const unexpected = bobProblems.filter(
      (p) => !(p.text.includes('404') && p.url.includes('/api/trpc/')),
    );
    expectNoConsoleErrors(unexpected);
    await bobContext.close();
  });
});
