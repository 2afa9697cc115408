/**
 * A real API over a throwaway database, with real Better Auth sessions: what the
 * API's tests and other packages' tests (the simulator's) call procedures through.
 */
import { createAuth, DEV_SECRET } from '@expert-network/auth';
import { createTestDatabase, type TestDatabase } from '@expert-network/db/testing';
import { contextFactory, createServerCaller, databaseSessionReader } from './index';

export type Caller = ReturnType<typeof createServerCaller>;
export type TestUser = { caller: Caller; userId: string; cookie: string };

/** Log lines the API wrote, to assert on what the server would log. */
export type LoggedLine = {
  level: 'error' | 'warn' | 'info';
  details: object;
  message?: string | undefined;
};

/** `concurrent`: on PostgreSQL even without DATABASE_URL (see createTestDatabase). */
export async function createTestApi({ concurrent = false } = {}) {
  const logged: LoggedLine[] = [];
  const logger = {
    error: (details: object, message?: string) => logged.push({ level: 'error', details, message }),
    warn: (details: object, message?: string) => logged.push({ level: 'warn', details, message }),
    info: (details: object, message?: string) => logged.push({ level: 'info', details, message }),
  };
  const db: TestDatabase = await createTestDatabase({ concurrent });
  const auth = createAuth({
    db: db.db,
    secret: DEV_SECRET,
    baseURL: 'http://localhost:3000',
    rateLimit: false,
  });
  const createContext = contextFactory({
    db: db.db,
    getSession: databaseSessionReader(auth, db.db),
    logger,
  });
  let users = 0;

  async function signUp(name = `User ${++users}`): Promise<TestUser> {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}.${users}@example.com`;
    const response = await auth.api.signUpEmail({
      body: { email, password: 'a long test password', name },
      asResponse: true,
    });
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const ctx = await createContext({ headers: new Headers({ cookie }) });
    if (!ctx.session) throw new Error('sign-up gave no session');
    return { caller: createServerCaller(ctx), userId: ctx.session.user.id, cookie };
  }

  return {
    db,
    auth,
    logged,
    signUp,
    anonymous: createServerCaller(await createContext({ headers: new Headers() })),
    dispose: () => db.dispose(),
  };
}
