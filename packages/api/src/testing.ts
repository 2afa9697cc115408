/**
 * A real API over a throwaway database, with real Better Auth sessions: what the
 * API's tests and other packages' tests (the simulator's) call procedures through.
 */
import { createAuth, DEV_SECRET } from '@expert-network/auth';
import { createTestDatabase, type TestDatabase } from '@expert-network/db/testing';
import {
  contextFactory,
  createServerCaller,
  databaseSessionReader,
  startChangeFeed,
} from './index';

export type Caller = ReturnType<typeof createServerCaller>;
export type TestUser = {
  caller: Caller;
  userId: string;
  cookie: string;
  /** The same user's caller, whose subscriptions end when `signal` aborts. */
  callerUntil(signal: AbortSignal): Caller;
};

/** Log lines the API wrote, to assert on what the server would log. */
export type LoggedLine = {
  level: 'error' | 'warn' | 'info';
  details: object;
  message?: string | undefined;
};

/**
 * A new migrated database, or `database` (e.g. one a test upgraded from the
 * original app). `concurrent`: on PostgreSQL even without DATABASE_URL (see
 * createTestDatabase).
 */
export async function createTestApi({
  database,
  concurrent = false,
}: {
  database?: TestDatabase;
  concurrent?: boolean;
} = {}) {
  const logged: LoggedLine[] = [];
  const logger = {
    error: (details: object, message?: string) => logged.push({ level: 'error', details, message }),
    warn: (details: object, message?: string) => logged.push({ level: 'warn', details, message }),
    info: (details: object, message?: string) => logged.push({ level: 'info', details, message }),
  };
  const db: TestDatabase = database ?? (await createTestDatabase({ concurrent }));
  const auth = createAuth({
    db: db.db,
    secret: DEV_SECRET,
    baseURL: 'http://localhost:3000',
    rateLimit: false,
  });
  const changes = await startChangeFeed(db, logger);
  const createContext = contextFactory({
    db: db.db,
    getSession: databaseSessionReader(auth, db.db),
    logger,
    changes,
  });
  let users = 0;

  /** The session Better Auth's response set, as a signed-in caller. */
  async function callerFor(response: Response): Promise<TestUser> {
    if (!response.ok) throw new Error(`Better Auth answered ${response.status}`);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const ctx = await createContext({ headers: new Headers({ cookie }) });
    if (!ctx.session) throw new Error('Better Auth gave no session');
    return {
      caller: createServerCaller(ctx),
      userId: ctx.session.user.id,
      cookie,
      callerUntil: (signal) => createServerCaller(ctx, signal),
    };
  }

  async function signUp(name = `User ${++users}`): Promise<TestUser> {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}.${users}@example.com`;
    return callerFor(
      await auth.api.signUpEmail({
        body: { email, password: 'a long test password', name },
        asResponse: true,
      }),
    );
  }

  /** Signs an existing user in with a password, as the sign-in page does. */
  async function signIn(email: string, password: string): Promise<TestUser> {
    return callerFor(await auth.api.signInEmail({ body: { email, password }, asResponse: true }));
  }

  return {
    db,
    auth,
    logged,
    signUp,
    signIn,
    anonymous: createServerCaller(await createContext({ headers: new Headers() })),
    async dispose() {
      await changes.close();
      await db.dispose();
    },
  };
}
