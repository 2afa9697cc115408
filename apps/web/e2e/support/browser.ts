import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'screenshots');

/** Debian's Chromium (no downloaded browser builds on this machine or in CI). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export type ConsoleProblem = { text: string; url: string };

/**
 * A browser context (like a separate browser profile) that records every
 * console error and uncaught exception of its pages.
 */
export async function openContext(browser: Browser, baseURL: string) {
  const context: BrowserContext = await browser.newContext({
    baseURL,
    viewport: { width: 1440, height: 900 },
    timezoneId: 'America/New_York',
    locale: 'en-US',
  });
  context.setDefaultTimeout(15_000);
  const problems: ConsoleProblem[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push({ text: message.text(), url: message.location().url });
    }
  });
  context.on('weberror', (error) => problems.push({ text: String(error.error()), url: '' }));
  const page = await context.newPage();
  return { context, page, problems };
}

export function expectNoConsoleErrors(problems: ConsoleProblem[]) {
  expect(problems, problems.map((p) => `${p.text} (${p.url})`).join('\n')).toEqual([]);
}

/** axe-core on the page as it is: no serious or critical WCAG 2 A/AA violation. */
export async function expectAccessible(page: Page, name: string) {
  // Toasts are left out: live arrivals can pop one up mid-check, and axe measures
  // the contrast of its fade-in animation as if it were the finished toast.
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa'])
    .exclude('[data-sonner-toaster]')
    .analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
    )
    .join('\n');
  expect(bad, `${name}:\n${report}`).toEqual([]);
}

/** A full-page screenshot for a person to look at (screenshots/ is ignored by git). */
export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
