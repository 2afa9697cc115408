/**
 * Every main screen at a phone, a small laptop and a desktop size: the page
 * never scrolls sideways and no button is cut off (measured in the DOM, see
 * support/layout.ts). On a phone the sidebar is a drawer whose state is not the
 * desktop's collapsed preference, and an open expert fills the screen.
 * Screenshots of each, light and dark, land in screenshots/responsive-*.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './support/api';
import {
  type ConsoleProblem,
  expectNoConsoleErrors,
  launchChromium,
  openContext,
  screenshot,
} from './support/browser';
import { expertsArrive } from './support/experts';
import { layoutProblems } from './support/layout';
import { type E2EServer, startProductionServer } from './support/server';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1024, height: 768 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

let server: E2EServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: ConsoleProblem[];
let api: Awaited<ReturnType<typeof apiAs>>;
let campaignUrl: string;
let expertId: string;
let vendorId: string;

beforeAll(async () => {
  server = await startProductionServer();
  browser = await launchChromium();
  ({ context, page, problems } = await openContext(browser, server.url));
  const signUp = await context.request.post(`${server.url}/api/auth/sign-up/email`, {
    data: {
      name: 'Riley Responsive',
      email: `riley.${Date.now()}@example.com`,
      password: 'a long e2e password',
    },
    headers: { origin: server.url },
  });
  expect(signUp.ok(), await signUp.text()).toBe(true);
  api = await apiAs(context, server.url);

  // A workspace with something on every screen: a project, a campaign with
  // questions, vendors, experts, a team member and a call booked.
  const member = await api.team.create.mutate({ name: 'Jordan Lee', designation: 'Associate' });
  const project = await api.project.create.mutate({ projectName: 'Dental roll-up diligence' });
  const vendors = await api.vendor.list.query();
  const campaign = await api.campaign.create.mutate({
    projectId: project.id,
    campaignName: 'Dental service organisations in the US Southeast',
    industryVertical: 'Healthcare',
    subIndustry: 'Dental services (DSO)',
    briefDescription:
      'Speak with DSO operators, dental payers and supply distributors about de novo growth, payer mix and supply costs.',
    targetRegions: ['North America'],
    minCalls: 5,
    maxCalls: 12,
    screeningQuestions: [
      {
        questionText: 'Which DSOs have you worked with or competed against?',
        questionType: 'text',
      },
      { questionText: 'Have you negotiated with dental payers?', questionType: 'yes_no' },
    ],
    vendorPlatformIds: vendors.slice(0, 3).map((v) => v.id),
    teamMemberIds: [member.id],
  });
  campaignUrl = `/campaigns/${campaign.id}`;
  await expertsArrive(context, server.url, campaign.id);
  const experts = await api.expert.list.query({ campaignId: campaign.id });
  // One compliance cleared: a flagged expert (the vendors' data is random) cannot be booked.
  const cleared = experts.items.find((e) => e.complianceStatus === 'clear');
  if (!cleared) throw new Error('no cleared expert arrived');
  expertId = cleared.id;
  vendorId = vendors[0]!.id;
  await api.interview.schedule.mutate({
    expertId,
    scheduledAt: new Date(Date.now() + 26 * 3_600_000),
    timezone: 'America/Chicago',
    teamMemberId: member.id,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens `path`, waits for `ready`, then measures, and keeps a screenshot. */
async function check(path: string, ready: (p: Page) => Promise<unknown>, shot: string) {
  await page.goto(path);
  await ready(page);
  // Let late layout settle (fonts, lazily loaded charts, observers).
  await page.waitForLoadState('networkidle');
  await screenshot(page, shot);
  return layoutProblems(page);
}

const h1 = (name: string | RegExp) => (p: Page) =>
  p.getByRole('heading', { name, level: 1 }).waitFor();

const SCREENS: { name: string; path: () => string; ready: (p: Page) => Promise<unknown> }[] = [
  { name: 'dashboard', path: () => '/', ready: h1('Dashboard') },
  ...(['overview', 'experts', 'interviews', 'vendors', 'screening', 'team'] as const).map(
    (tab) => ({
      name: `campaign-${tab}`,
      path: () => `${campaignUrl}?tab=${tab}`,
      ready: (p: Page) =>
        p
          .getByRole('tabpanel')
          .filter({ hasNot: p.getByRole('status', { name: /loading/i }) })
          .waitFor(),
    }),
  ),
  {
    name: 'expert-open',
    path: () => `${campaignUrl}?tab=experts&expert=${expertId}`,
    ready: (p) => p.getByRole('button', { name: 'Close expert' }).waitFor(),
  },
  { name: 'vendors', path: () => '/vendors', ready: h1('Vendors') },
  { name: 'vendor-page', path: () => `/vendors/${vendorId}`, ready: h1(/\w/) },
  { name: 'calendar', path: () => '/calendar', ready: h1('Calendar') },
  { name: 'calendar-week', path: () => '/calendar?view=week', ready: h1('Calendar') },
  { name: 'calendar-month', path: () => '/calendar?view=month', ready: h1('Calendar') },
  { name: 'team', path: () => '/team', ready: h1('Team') },
  { name: 'settings', path: () => '/settings', ready: h1('Settings') },
  { name: 'wizard-basics', path: () => '/campaigns/new', ready: h1('New campaign') },
  { name: 'wizard-scope', path: () => '/campaigns/new?step=scope', ready: h1('New campaign') },
  { name: 'wizard-vendors', path: () => '/campaigns/new?step=vendors', ready: h1('New campaign') },
];

describe.each(SIZES)('at $width×$height ($name)', (size) => {
  beforeAll(async () => {
    await page.setViewportSize({ width: size.width, height: size.height });
  });

  it.each(['week', 'list'] as const)(
    'fits every main screen (interviews as %s)',
    async (calendarView) => {
      await api.preferences.update.mutate({ calendarView });
      const found: string[] = [];
      for (const screen of SCREENS) {
        if (calendarView === 'list' && screen.name !== 'campaign-interviews') continue;
        const shot = `responsive-${size.width}-${screen.name}${calendarView === 'list' ? '-list' : ''}`;
        for (const problem of await check(screen.path(), screen.ready, shot)) {
          found.push(`${screen.name}: ${problem}`);
        }
      }
      expect(found).toEqual([]);
    },
  );

  it('fits a dialog: editing the campaign', async () => {
    await page.goto(`${campaignUrl}?tab=overview`);
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('dialog', { name: 'Edit campaign' }).waitFor();
    await screenshot(page, `responsive-${size.width}-dialog-edit-campaign`);
    expect(await layoutProblems(page)).toEqual([]);
    // The dialog itself is inside the viewport.
    const box = await page.getByRole('dialog', { name: 'Edit campaign' }).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
    expect(box!.height).toBeLessThanOrEqual(size.height);
    await page.keyboard.press('Escape');
  });
});

describe('on a phone', () => {
  beforeAll(async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await api.preferences.update.mutate({ sidebarCollapsed: false });
  });

  it('the sidebar is a drawer, and closing it is not the desktop preference', async () => {
    await page.goto('/');
    await h1('Dashboard')(page);
    // The sidebar is not on screen until the menu opens it.
    expect(await page.getByRole('complementary', { name: 'Sidebar' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Open menu' }).click();
    const drawer = page.getByRole('dialog', { name: 'Menu' });
    await drawer.getByRole('link', { name: 'Vendors' }).waitFor();
    await screenshot(page, 'responsive-390-drawer');
    expect(await layoutProblems(page)).toEqual([]);
    await drawer.getByRole('button', { name: 'Close menu' }).click();
    await drawer.waitFor({ state: 'detached' });
    // Navigating from the drawer closes it.
    await page.getByRole('button', { name: 'Open menu' }).click();
    await drawer.getByRole('link', { name: 'Vendors' }).click();
    await h1('Vendors')(page);
    await drawer.waitFor({ state: 'detached' });
    expect((await api.preferences.get.query()).sidebarCollapsed).toBe(false);
  });

  it('an open expert is a full-screen sheet that Escape closes', async () => {
    await page.goto(`${campaignUrl}?tab=experts&expert=${expertId}`);
    const sheet = page.getByRole('dialog', { name: 'Expert details' });
    await sheet.getByRole('button', { name: 'Close expert' }).waitFor();
    const box = await sheet.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('expert')).toBeNull();
  });

  it('fits in the dark theme too', async () => {
    await api.preferences.update.mutate({ theme: 'dark' });
    const found: string[] = [];
    for (const screen of SCREENS) {
      for (const problem of await check(
        screen.path(),
        screen.ready,
        `responsive-390-dark-${screen.name}`,
      )) {
        found.push(`${screen.name}: ${problem}`);
      }
    }
    expect(found).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
    await check(
      `${campaignUrl}?tab=experts&expert=${expertId}`,
      SCREENS.find((s) => s.name === 'expert-open')!.ready,
      'responsive-1440-dark-expert-open',
    );
    expectNoConsoleErrors(problems);
  });
});
