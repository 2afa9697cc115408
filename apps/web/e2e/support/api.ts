/**
 * The app's own API, used by specs to set up what they are not about: an
 * account, a campaign, a completed call. Cookies are shared with the browser
 * context, so the page is signed in as the account the API created.
 */
import type { AppRouter } from '@expert-network/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { BrowserContext } from 'playwright-core';
import superjson from 'superjson';

export const PASSWORD = 'a long e2e password';

export type User = { name: string; email: string };

let users = 0;
/** A user no other spec (or earlier run on the same database) has. */
export function newUser(name: string): User {
  const local = name.toLowerCase().replace(/\W+/g, '.');
  users += 1;
  return { name, email: `${local}.${Date.now()}.${users}@example.com` };
}

/** An API client that acts as the user signed in to `context`. */
export async function apiAs(context: BrowserContext, baseUrl: string) {
  const cookie = (await context.cookies(baseUrl)).map((c) => `${c.name}=${c.value}`).join('; ');
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({ url: `${baseUrl}/api/trpc`, transformer: superjson, headers: { cookie } }),
    ],
  });
}

export type Api = Awaited<ReturnType<typeof apiAs>>;

/** Signs a new account up through Better Auth's HTTP API; `context` keeps its session cookie. */
export async function signUpWithApi(context: BrowserContext, baseUrl: string, user: User) {
  const response = await context.request.post(`${baseUrl}/api/auth/sign-up/email`, {
    data: { ...user, password: PASSWORD },
    headers: { origin: baseUrl },
  });
  if (!response.ok())
    throw new Error(`sign-up failed: ${response.status()} ${await response.text()}`);
  return apiAs(context, baseUrl);
}
