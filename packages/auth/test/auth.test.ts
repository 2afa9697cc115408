import { createTestDatabase, type TestDatabase } from '@expert-network/db/testing';
import { hashPassword } from 'better-auth/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Auth, CLIENT_IP_HEADER, createAuth, DEV_SECRET, MAX_NAME_LENGTH } from '../src';

let db: TestDatabase;
let auth: Auth;
const baseURL = 'http://localhost:3000';

beforeAll(async () => {
  db = await createTestDatabase();
  auth = createAuth({ db: db.db, secret: DEV_SECRET, baseURL, rateLimit: false });
});
afterAll(() => db?.dispose());

/** A request to the auth handler, as the browser would send it. */
function post(instance: Auth, path: string, body: unknown, ip = '10.0.0.1', cookie?: string) {
  return instance.handler(
    new Request(`${baseURL}/api/auth${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: baseURL,
        [CLIENT_IP_HEADER]: ip,
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify(body),
    }),
  );
}

function sessionCookie(response: Response): string {
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('better-auth.session_token='));
  if (!cookie) throw new Error(`no session cookie (status ${response.status})`);
  return cookie.split(';')[0]!;
}

describe('email and password', () => {
  it('signs up, reads the session from the cookie, signs out', async () => {
    const signUp = await post(auth, '/sign-up/email', {
      email: 'ada@example.com',
      password: 'correct horse battery',
      name: 'Ada',
    });
    expect(signUp.status).toBe(200);
    const cookie = sessionCookie(signUp);

    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user.email).toBe('ada@example.com');

    const signOut = await post(auth, '/sign-out', {}, '10.0.0.1', cookie);
    expect(signOut.status).toBe(200);
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
  });

  it('rejects a wrong password', async () => {
    const response = await post(auth, '/sign-in/email', {
      email: 'ada@example.com',
      password: 'wrong password!',
    });
    expect(response.status).toBe(401);
  });

  it('signs in a user who already exists in the Better Auth tables with their password', async () => {
    // As an existing deployment stored them: a user row and a credential account.
    const now = new Date('2025-06-01T00:00:00Z');
    await db.withSession(async (q) => {
      await q(
        `INSERT INTO "user" (id, name, email, "emailVerified", "createdAt", "updatedAt")
         VALUES ('legacy-1', 'Lin', 'lin@example.com', true, $1, $1)`,
        [now],
      );
      await q(
        `INSERT INTO account (id, "accountId", "providerId", "userId", password, "createdAt", "updatedAt")
         VALUES ('acc-1', 'legacy-1', 'credential', 'legacy-1', $1, $2, $2)`,
        [await hashPassword('existing password 1'), now],
      );
    });
    const response = await post(auth, '/sign-in/email', {
      email: 'lin@example.com',
      password: 'existing password 1',
    });
    expect(response.status).toBe(200);
    const session = await auth.api.getSession({
      headers: new Headers({ cookie: sessionCookie(response) }),
    });
    expect(session?.user.id).toBe('legacy-1');
  });
});

describe('sign-up', () => {
  it('refuses a name longer than a line', async () => {
    const response = await post(auth, '/sign-up/email', {
      email: 'long@example.com',
      password: 'long password 123',
      name: 'x'.repeat(MAX_NAME_LENGTH + 1),
    });
    expect(response.status).toBe(400);
  });

  it('writes the user and the account together, or neither', async () => {
    // The account insert fails once: the user row must not stay behind.
    await db.withSession(async (q) => {
      await q(`CREATE FUNCTION fail_account() RETURNS trigger LANGUAGE plpgsql AS $$
               BEGIN RAISE EXCEPTION 'account store unavailable'; END $$`);
      await q(
        'CREATE TRIGGER fail_account BEFORE INSERT ON account FOR EACH ROW EXECUTE FUNCTION fail_account()',
      );
    });
    const body = { email: 'atomic@example.com', password: 'long password 123', name: 'Atom' };
    expect((await post(auth, '/sign-up/email', body)).status).toBeGreaterThanOrEqual(400);
    const users = await db.withSession((q) =>
      q(`SELECT 1 FROM "user" WHERE email = 'atomic@example.com'`),
    );
    expect(users).toEqual([]);
    await db.withSession((q) => q('DROP TRIGGER fail_account ON account'));
    expect((await post(auth, '/sign-up/email', body)).status).toBe(200);
  });
});

describe('rate limiting', () => {
  it('is shared by several server processes through the database', async () => {
    // Two instances over one database stand for two server processes.
    const first = createAuth({ db: db.db, secret: DEV_SECRET, baseURL });
    const second = createAuth({ db: db.db, secret: DEV_SECRET, baseURL });
    // A different account each time, so the per-account limit stays out of the way.
    const attempt = (instance: Auth, i: number) =>
      post(
        instance,
        '/sign-in/email',
        { email: `nobody.${i}@example.com`, password: 'whatever123' },
        '10.9.9.9',
      );

    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await attempt(i % 2 ? first : second, i)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);

    // Another address is not affected.
    const other = await post(
      first,
      '/sign-in/email',
      { email: 'x@example.com', password: 'whatever123' },
      '10.9.9.10',
    );
    expect(other.status).toBe(401);
  });

  it('refuses to start in production with the development secret', () => {
    expect(() => createAuth({ db: db.db, secret: DEV_SECRET, baseURL, production: true })).toThrow(
      /BETTER_AUTH_SECRET/,
    );
  });
});
