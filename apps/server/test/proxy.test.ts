/** Behind a trusted proxy, rate limits key on the address the proxy saw, not on what the client wrote. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer } from './start';

let app: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  app = await startTestServer({ TRUST_PROXY: 'true' });
});
afterAll(() => app?.close());

it('a client cannot dodge the sign-in limit by writing its own X-Forwarded-For hops', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) {
    const response = await fetch(`${app.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: app.url,
        // The client's made-up hop first, then the address the proxy appended.
        'x-forwarded-for': `198.51.100.${i}, 203.0.113.7`,
      },
      // A different account each time, so the per-account limit stays out of the way.
      body: JSON.stringify({ email: `nobody.${i}@example.com`, password: 'not the password' }),
    });
    statuses.push(response.status);
  }
  expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
  expect(statuses.slice(10)).toEqual([429, 429]);
});
