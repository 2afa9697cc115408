/** A real API over a throwaway database, with real Better Auth sessions. */
import { createAuth, DEV_SECRET } from '@expert-network/auth';
import { createTestDatabase, type TestDatabase } from '@expert-network/db/testing';
import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { contextFactory, createServerCaller, databaseSessionReader } from '../src';

export type Caller = ReturnType<typeof createServerCaller>;
export type TestUser = { caller: Caller; userId: string; cookie: string };

/** Log lines the API wrote, to assert on what the server would log. */
export type LoggedLine = {
  level: 'error' | 'warn' | 'info';
  details: object;
  message?: string | undefined;
};

export async function createTestApi() {
  const logged: LoggedLine[] = [];
  const logger = {
    error: (details: object, message?: string) => logged.push({ level: 'error', details, message }),
    warn: (details: object, message?: string) => logged.push({ level: 'warn', details, message }),
    info: (details: object, message?: string) => logged.push({ level: 'info', details, message }),
  };
  const db: TestDatabase = await createTestDatabase();
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

/** The tRPC error code a call fails with (it must fail). */
export async function errorCodeOf(call: Promise<unknown>): Promise<TRPCError['code']> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    return (error as TRPCError).code;
  }
  throw new Error('expected the call to fail');
}

/** Walks the caller to a procedure by its dotted path ("campaign.byId"). */
export function procedureAt(caller: Caller, path: string): (input?: unknown) => Promise<unknown> {
  let node: unknown = caller;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  return node as (input?: unknown) => Promise<unknown>;
}
