/** The one-query session reader answers exactly as Better Auth's getSession does. */
import { createHmac } from 'node:crypto';
import { createAuth, DEV_SECRET } from '@expert-network/auth';
import { schema } from '@expert-network/db';
import { createTestDatabase, type TestDatabase } from '@expert-network/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseSessionReader } from '../src';
import { verifySignedToken } from '../src/session-reader';

const DAY = 86_400_000;
let db: TestDatabase;
let auth: ReturnType<typeof createAuth>;
let read: ReturnType<typeof databaseSessionReader>;

beforeAll(async () => {
  db = await createTestDatabase();
  auth = createAuth({
    db: db.db,
    secret: DEV_SECRET,
    baseURL: 'http://localhost:3000',
    rateLimit: false,
  });
  read = databaseSessionReader(auth, db.db);
});
afterAll(() => db?.dispose());

let users = 0;
async function signUp(by = auth) {
  const response = await by.api.signUpEmail({
    body: { email: `reader${++users}@example.com`, password: 'a long test password', name: 'R' },
    asResponse: true,
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const headers = new Headers({ cookie });
  const sessionCookie = cookie.split('; ').find((c) => c.includes('.session_token='))!;
  const token = verifySignedToken(decodeURIComponent(sessionCookie.split('=')[1]!), DEV_SECRET)!;
  return { headers, token };
}

const setExpiry = (token: string, expiresAt: Date) =>
  db.db.update(schema.session).set({ expiresAt }).where(eq(schema.session.token, token));
const sessionRow = async (token: string) =>
  (await db.db.select().from(schema.session).where(eq(schema.session.token, token)))[0];

describe('databaseSessionReader', () => {
  it('reads the same session and user as Better Auth', async () => {
    const { headers } = await signUp();
    const session = await read(headers);
    expect(session?.user.email).toMatch(/^reader\d+@example.com$/);
    expect(session).toEqual(await auth.api.getSession({ headers }));
  });

  it('no cookie, a forged or altered signature, or another cookie: no session', async () => {
    const { headers, token } = await signUp();
    const name = 'better-auth.session_token';
    expect(await read(new Headers())).toBeNull();
    expect(await read(new Headers({ cookie: `other=${token}` }))).toBeNull();
    expect(await read(new Headers({ cookie: `${name}=${token}` }))).toBeNull();
    const forged = `${token}.${Buffer.alloc(32).toString('base64')}`;
    expect(await read(new Headers({ cookie: `${name}=${encodeURIComponent(forged)}` }))).toBeNull();
    const original = decodeURIComponent(headers.get('cookie')!.split('=')[1]!);
    // Another token under the same signature (its first letter changed).
    const otherToken = `${original.startsWith('x') ? 'y' : 'x'}${original.slice(1)}`;
    expect(
      await read(new Headers({ cookie: `${name}=${encodeURIComponent(otherToken)}` })),
    ).toBeNull();
  });

  it('finds its cookie among others, quoted or percent-encoded, and not under a similar name', async () => {
    const { headers, token } = await signUp();
    const name = 'better-auth.session_token';
    const value = decodeURIComponent(headers.get('cookie')!.split('=')[1]!);
    const readWith = async (cookie: string) =>
      (await read(new Headers({ cookie })))?.session.token ?? null;
    expect(await readWith(`a=1; ${name}=${encodeURIComponent(value)}; b=2`)).toBe(token);
    expect(await readWith(`${name}="${encodeURIComponent(value)}"`)).toBe(token);
    expect(await readWith(`${name}=${value}`)).toBe(token);
    expect(await readWith(`x${name}=${encodeURIComponent(value)}; flag`)).toBeNull();
    expect(await readWith(`${name}x=${encodeURIComponent(value)}`)).toBeNull();
    // Spaces around the value are not part of it, as Better Auth reads it.
    expect(await readWith(`${name}= ${encodeURIComponent(value)} `)).toBe(token);
    // A part without "=" is no cookie, even one that looks like the name: it is skipped.
    expect(await readWith(`${name}x; ${name}=${encodeURIComponent(value)}`)).toBe(token);
    // A malformed escape is read as it stands (and fails the signature), not thrown.
    expect(await readWith(`${name}=%E0%A4%A`)).toBeNull();
  });

  it('verifySignedToken: the token before the last dot, under a 44-character base64 HMAC', () => {
    const sign = (token: string) =>
      `${token}.${createHmac('sha256', DEV_SECRET).update(token).digest('base64')}`;
    expect(verifySignedToken(sign('abc'), DEV_SECRET)).toBe('abc');
    expect(verifySignedToken(sign('a.b'), DEV_SECRET)).toBe('a.b');
    expect(verifySignedToken(sign('a'), DEV_SECRET)).toBe('a');
    expect(verifySignedToken(sign(''), DEV_SECRET)).toBeNull();
    expect(verifySignedToken('no-dot', DEV_SECRET)).toBeNull();
    expect(verifySignedToken(sign('abc'), 'another secret')).toBeNull();
    const signed = sign('abc');
    // Without the padding, or one character short: not Better Auth's signature.
    expect(verifySignedToken(signed.slice(0, -1), DEV_SECRET)).toBeNull();
    expect(verifySignedToken(`${signed.slice(0, -2)}=`, DEV_SECRET)).toBeNull();
    expect(verifySignedToken(`${signed}=`, DEV_SECRET)).toBeNull();
    // The right length, but not base64: decodes short, and is refused rather than thrown on.
    expect(verifySignedToken(`abc.${'!'.repeat(43)}=`, DEV_SECRET)).toBeNull();
  });

  it('reads a live session itself; hands Better Auth the expired, the due for refresh and the cookie cache', async () => {
    // Made here, not in beforeAll, so its settings are read while the test runs.
    const counted = (by: typeof auth) => {
      const calls = { delegated: 0 };
      const spy = {
        $context: by.$context,
        api: {
          getSession: (args: Parameters<typeof by.api.getSession>[0]) => {
            calls.delegated++;
            return by.api.getSession(args);
          },
        },
      } as unknown as typeof auth;
      return { reader: databaseSessionReader(spy, db.db), calls };
    };
    const live = await signUp();
    const { reader, calls } = counted(auth);
    expect((await reader(live.headers))?.session.token).toBe(live.token);
    expect(await reader(new Headers())).toBeNull();
    expect(calls.delegated).toBe(0);
    // Extended a minute ago (30-day sessions, refreshed once a day): not due, read directly.
    await setExpiry(live.token, new Date(Date.now() + 30 * DAY - 60_000));
    expect((await reader(live.headers))?.session.token).toBe(live.token);
    expect(calls.delegated).toBe(0);

    // Due for its daily refresh: last extended 24 days ago.
    await setExpiry(live.token, new Date(Date.now() + 6 * DAY - 60_000));
    expect((await reader(live.headers))?.session.token).toBe(live.token);
    expect(calls.delegated).toBe(1);
    // Refreshed: read directly again.
    expect((await reader(live.headers))?.session.token).toBe(live.token);
    expect(calls.delegated).toBe(1);
    // Expired a moment ago.
    await setExpiry(live.token, new Date(Date.now() - 1_000));
    expect(await reader(live.headers)).toBeNull();
    expect(calls.delegated).toBe(2);

    const cached = createAuth({
      db: db.db,
      secret: DEV_SECRET,
      baseURL: 'http://localhost:3000',
      rateLimit: false,
      sessionCookieCacheSeconds: 60,
    });
    const viaCache = counted(cached);
    await viaCache.reader((await signUp(cached)).headers);
    expect(viaCache.calls.delegated).toBe(1);
  });

  it('a signed-out session is gone at once', async () => {
    const { headers } = await signUp();
    expect(await read(headers)).not.toBeNull();
    await auth.api.signOut({ headers });
    expect(await read(headers)).toBeNull();
  });

  it('an expired session is no session, and Better Auth deletes it', async () => {
    const { headers, token } = await signUp();
    await setExpiry(token, new Date(Date.now() - 1000));
    expect(await read(headers)).toBeNull();
    expect(await sessionRow(token)).toBeUndefined();
  });

  it('a session due for its daily refresh is extended by Better Auth', async () => {
    const { headers, token } = await signUp();
    // 30-day sessions, refreshed once a day: this one was last extended two days ago.
    const stale = new Date(Date.now() + 28 * DAY);
    await setExpiry(token, stale);
    const session = await read(headers);
    expect(session?.session.token).toBe(token);
    const row = await sessionRow(token);
    expect(row!.expiresAt.getTime()).toBeGreaterThan(stale.getTime() + DAY);
  });

  it('with the cookie cache on, Better Auth answers: from the cached cookie, even once the row is gone', async () => {
    const cached = createAuth({
      db: db.db,
      secret: DEV_SECRET,
      baseURL: 'http://localhost:3000',
      rateLimit: false,
      sessionCookieCacheSeconds: 60,
    });
    const { headers, token } = await signUp(cached);
    const reader = databaseSessionReader(cached, db.db);
    const session = await reader(headers);
    expect(session).toEqual(await cached.api.getSession({ headers }));
    expect(session?.session.token).toBe(token);
    // Only the cookie can answer now: the reader must have handed the request over.
    await db.db.delete(schema.session).where(eq(schema.session.token, token));
    expect((await reader(headers))?.session.token).toBe(token);
    expect(await read(headers)).toBeNull();
  });
});
