/**
 * What every spec file shares: one Chromium per file, and browser sessions
 * opened per test (a fresh profile each, signed up through the UI or the API).
 * After each test its sessions must have logged no console error, a failed
 * test leaves a screenshot of each of its pages, and the sessions close, so no
 * test depends on another.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { type Api, newUser, signUpWithApi, type User } from './api';
import {
  type ConsoleProblem,
  expectNoConsoleErrors,
  launchChromium,
  openContext,
  screenshot,
} from './browser';

export type Session = Awaited<ReturnType<typeof openContext>> & {
  /** Console errors this test expects (the rest fail it). */
  expected: (problem: ConsoleProblem) => boolean;
};
export type SignedInSession = Session & { api: Api; user: User };

export function browserSessions() {
  let browser: Browser | undefined;
  let open: Session[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(async ({ task }) => {
    const sessions = open;
    open = [];
    if (task.result?.state === 'fail') {
      for (const [i, s] of sessions.entries()) {
        await screenshot(s.page, `failed-${task.name.slice(0, 40)}${i ? `-${i}` : ''}`);
      }
    }
    for (const s of sessions) await s.context.close();
    for (const s of sessions) expectNoConsoleErrors(s.problems.filter((p) => !s.expected(p)));
  });

  afterAll(async () => {
    await browser?.close();
  });

  const baseUrl = inject('baseUrl');

  /** A fresh browser profile, signed out. */
  async function session(): Promise<Session> {
    if (!browser) throw new Error('browserSessions() opens sessions inside tests only');
    const opened = { ...(await openContext(browser, baseUrl)), expected: () => false };
    open.push(opened);
    return opened;
  }

  /** A fresh browser profile, signed in as a new user created through the API. */
  async function signedIn(name = 'Alice Analyst'): Promise<SignedInSession> {
    const opened = await session();
    const user = newUser(name);
    const api = await signUpWithApi(opened.context, baseUrl, user);
    return Object.assign(opened, { api, user });
  }

  return { baseUrl, session, signedIn };
}
