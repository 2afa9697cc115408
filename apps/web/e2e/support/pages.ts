/** Steps through the UI that several specs take, and small matchers. */
import type { Locator, Page } from 'playwright-core';
import { PASSWORD, type User } from './api';

export async function signUp(p: Page, user: User) {
  await p.goto('/');
  await p.waitForURL(/\/sign-in/);
  await p.getByRole('link', { name: 'Create an account' }).click();
  await p.getByLabel('Name').fill(user.name);
  await p.getByLabel('Work email').fill(user.email);
  await p.getByLabel('Password').fill(PASSWORD);
  await p.getByRole('button', { name: 'Create account' }).click();
  await p.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
}

export async function signIn(p: Page, user: { email: string }) {
  await p.goto('/sign-in');
  await p.getByLabel('Email').fill(user.email);
  await p.getByLabel('Password').fill(PASSWORD);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
}

/** The date and time (`YYYY-MM-DD`, `HH:mm`) a zone's clocks show at an instant. */
export function wallClock(at: Date, timeZone: string) {
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
export const named = (name: string) => new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** Picks a zone in a dialog's searchable time-zone picker (the list opens in a popover). */
export async function pickTimeZone(p: Page, dialog: Locator, zone: string) {
  await dialog.getByLabel('Time zone').click();
  await p.getByPlaceholder('Search a city or zone…').fill(zone.split('/').at(-1) ?? zone);
  await p.getByRole('option', { name: named(zone) }).click();
  await dialog.getByText(named(zone)).first().waitFor();
}
