import { expect } from 'vitest';
import { launchChromium, openContext } from './browser';
import { startProductionServer } from './server';

/**
 * A server, Chromium, and a page signed in as a new user `name`, signed up
 * through the API (the sign-up screen is another spec's subject).
 */
export async function startSignedIn(name: string) {
  const server = await startProductionServer();
  const browser = await launchChromium();
  const { context, page, problems } = await openContext(browser, server.url);
  const signUp = await context.request.post('/api/auth/sign-up/email', {
    headers: { origin: server.url },
    data: {
      name,
      email: `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@example.com`,
      password: 'a long e2e password',
    },
  });
  expect(signUp.ok(), await signUp.text()).toBe(true);
  return { server, browser, context, page, problems };
}
