/**
 * Issue 10: the user's own fields through Better Auth (a NUL in a name, a
 * script URL as image), and the per-account limit on failed sign-ins that holds
 * whatever address the guesses come from and across server processes.
 */
import { createTestDatabase, type TestDatabase } from '@expert-network/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Auth, CLIENT_IP_HEADER, createAuth, DEV_SECRET, SIGN_IN_LIMIT } from '../src';

let db: TestDatabase;
let auth: Auth;
const baseURL = 'http://localhost:3000';
const PASSWORD = 'the right password';
let addresses = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  auth = createAuth({ db: db.db, secret: DEV_SECRET, baseURL });
});
afterAll(() => db?.dispose());

/** A request as a browser sends it; each from a new address unless told (the per-address limit stays out of the way). */
function post(instance: Auth, path: string, body: unknown, cookie?: string) {
  return instance.handler(
    new Request(`${baseURL}/api/auth${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: baseURL,
        [CLIENT_IP_HEADER]: `10.1.${Math.floor(++addresses / 250)}.${addresses % 250}`,
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify(body),
    }),
  );
}

async function signUp(email: string, name = 'Sam') {
  const response = await post(auth, '/sign-up/email', { email, password: PASSWORD, name });
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

const signIn = (email: string, password: string, instance = auth) =>
  post(instance, '/sign-in/email', { email, password });

/** Moves the account's last attempt `seconds` into the past, as if that much time went by. */
async function timePasses(email: string, seconds: number) {
  await db.withSession((q) =>
    q(
      `UPDATE expert_network.auth_rate_limits
       SET window_started_at = window_started_at - make_interval(secs => $2)
       WHERE key = $1`,
      [`sign-in-account:${email}`, seconds],
    ),
  );
}

describe("the user's own fields", () => {
  it.each([
    ['a NUL byte', 'Sam\u0000'],
    ['a lone surrogate', 'Sam \ud83d'],
  ])('a name with %s is refused at sign-up and on update, and nothing changes', async (_, bad) => {
    const email = `name.${addresses}@example.com`;
    const refused = await post(auth, '/sign-up/email', { email, password: PASSWORD, name: bad });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { message: string }).message).toMatch(/name/i);

    const cookie = await signUp(email);
    const update = await post(auth, '/update-user', { name: bad }, cookie);
    expect(update.status).toBe(400);
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user.name).toBe('Sam');
  });

  it.each([
    'javascript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
  ])('an image at %s is refused', async (image) => {
    const cookie = await signUp(`image.${addresses}@example.com`);
    const update = await post(auth, '/update-user', { image }, cookie);
    expect(update.status).toBe(400);
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user.image ?? null).toBeNull();
  });

  it('an https image is kept', async () => {
    const cookie = await signUp(`image.ok.${addresses}@example.com`);
    const image = 'https://images.example.com/sam.png';
    expect((await post(auth, '/update-user', { image }, cookie)).status).toBe(200);
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user.image).toBe(image);
  });
});

// Each sign-in hashes a password (scrypt): a test here makes up to 30 of them, which a
// loaded 2-core runner (every package's tests at once) can take longer than 30 s to do.
describe('failed sign-ins per account', { timeout: 120_000 }, () => {
  it(`allows ${SIGN_IN_LIMIT.freeAttempts} wrong passwords from anywhere, then makes the next one wait`, async () => {
    const email = 'target@example.com';
    await signUp(email);
    for (let i = 0; i < SIGN_IN_LIMIT.freeAttempts; i++) {
      expect((await signIn(email, `guess ${i}!!`)).status).toBe(401);
    }
    // From yet another address, and even with the right password: wait first.
    const waiting = await signIn(email, PASSWORD);
    expect(waiting.status).toBe(429);
    expect(Number(waiting.headers.get('retry-after'))).toBe(SIGN_IN_LIMIT.firstDelaySeconds);
    expect(((await waiting.json()) as { message: string }).message).toMatch(
      /try again in 1 second/i,
    );

    // Someone else's account is not affected.
    await signUp('bystander@example.com');
    expect((await signIn('bystander@example.com', PASSWORD)).status).toBe(200);

    // Once the delay has passed, the right password signs in and the count starts over.
    await timePasses(email, SIGN_IN_LIMIT.firstDelaySeconds);
    expect((await signIn(email, PASSWORD)).status).toBe(200);
    for (let i = 0; i < SIGN_IN_LIMIT.freeAttempts; i++) {
      expect((await signIn(email, `again ${i}!!`)).status).toBe(401);
    }
  });

  it('doubles the delay with each further failure, up to the cap', async () => {
    const email = 'doubling@example.com';
    await signUp(email);
    for (let i = 0; i < SIGN_IN_LIMIT.freeAttempts; i++) await signIn(email, `guess ${i}!!`);
    for (let i = 0; i < 12; i++) {
      const delay = Math.min(2 ** i, SIGN_IN_LIMIT.maxDelaySeconds);
      const refused = await signIn(email, 'still guessing');
      expect(refused.status).toBe(429);
      // What is left of the wait (a slow machine may have used a second or two of it).
      const left = Number(refused.headers.get('retry-after'));
      expect(left).toBeLessThanOrEqual(delay);
      expect(left).toBeGreaterThanOrEqual(Math.max(1, delay - 2));
      await timePasses(email, delay);
      expect((await signIn(email, `guess after wait ${i}`)).status).toBe(401);
    }
  });

  it('holds across server processes and against a burst of parallel guesses', async () => {
    const email = 'burst@example.com';
    await signUp(email);
    const other = createAuth({ db: db.db, secret: DEV_SECRET, baseURL });
    const started = Date.now();
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(email, `burst ${i}!!`, i % 2 ? auth : other)),
    ).then((responses) => responses.map((r) => r.status));
    // Beyond the free ones, only as many as the waits (1 s, 2 s, 4 s...) fit in the burst's time.
    const seconds = (Date.now() - started) / 1000;
    const waitsPassed = Math.ceil(Math.log2(seconds + 1));
    const guessed = statuses.filter((s) => s === 401).length;
    expect(guessed).toBeGreaterThanOrEqual(SIGN_IN_LIMIT.freeAttempts);
    expect(guessed).toBeLessThanOrEqual(SIGN_IN_LIMIT.freeAttempts + waitsPassed);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20 - guessed);
  });

  it('an unknown address is limited alike (the answers do not tell which accounts exist)', async () => {
    const email = 'nobody.here@example.com';
    for (let i = 0; i < SIGN_IN_LIMIT.freeAttempts; i++) {
      expect((await signIn(email, `guess ${i}!!`)).status).toBe(401);
    }
    expect((await signIn(email, 'one more guess')).status).toBe(429);
  });
});
