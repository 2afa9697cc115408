import { isStorableText, webUrl } from '@expert-network/contract';
import type { Database } from '@expert-network/db';
import { schema } from '@expert-network/db';
import { type BetterAuthOptions, betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError } from 'better-auth/api';
import { databaseRateLimitStorage } from './rate-limit-storage';
import { signInLimitHooks } from './sign-in-limit';

export { purgeRateLimits } from './rate-limit-storage';
export { SIGN_IN_LIMIT } from './sign-in-limit';

/**
 * The server writes the client's address into this header (replacing whatever
 * the client sent), and rate limits key on it.
 */
export const CLIENT_IP_HEADER = 'x-client-ip';

export const DEV_SECRET = 'expert-network-development-secret-change-me';

export type AuthOptions = {
  db: Database;
  /** BETTER_AUTH_SECRET: signs session cookies. */
  secret: string;
  /** The public origin of the app, e.g. http://localhost:3000. */
  baseURL: string;
  /** Other origins allowed to call the auth endpoints (the Vite dev server...). */
  trustedOrigins?: string[];
  /** Sign-in and sign-up throttling, per address and per account (on by default; tests turn it off). */
  rateLimit?: boolean;
  /**
   * Seconds a signed session cookie may stand in for the session row. 0 means
   * every request reads the session from the database, so a sign-out or a
   * revoked session takes effect at once.
   */
  sessionCookieCacheSeconds?: number;
  production?: boolean;
  /** Where Better Auth's own log lines go (the server passes its logger). */
  logger?: BetterAuthOptions['logger'];
};

export function createAuth(options: AuthOptions) {
  if (options.production && (options.secret === DEV_SECRET || options.secret.length < 32)) {
    throw new Error(
      'BETTER_AUTH_SECRET must be set to a random string of 32+ characters in production.',
    );
  }
  const cacheSeconds = options.sessionCookieCacheSeconds ?? 0;
  const throttled = options.rateLimit ?? true;
  return betterAuth({
    appName: 'Expert Network',
    baseURL: options.baseURL,
    basePath: '/api/auth',
    secret: options.secret,
    trustedOrigins: options.trustedOrigins ?? [],
    database: drizzleAdapter(options.db, {
      provider: 'pg',
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
      },
      // Sign-up writes a user and its account: both or neither, or the email is stuck.
      transaction: true,
    }),
    databaseHooks: {
      user: {
        create: { before: async (user) => checkUserFields(user) },
        update: { before: async (user) => checkUserFields(user) },
      },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      autoSignIn: true,
    },
    session: {
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
      cookieCache: { enabled: cacheSeconds > 0, maxAge: cacheSeconds },
    },
    rateLimit: {
      enabled: throttled,
      window: 60,
      max: 300,
      customRules: {
        '/sign-in/email': { window: 60, max: 10 },
        '/sign-up/email': { window: 60, max: 10 },
      },
      customStorage: databaseRateLimitStorage(options.db),
    },
    ...(throttled ? { hooks: signInLimitHooks(options.db) } : {}),
    advanced: { ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] } },
    logger: options.logger ?? { level: 'error' },
    telemetry: { enabled: false },
  });
}

/** Better Auth bounds emails and passwords, not names: a name is a line of text. */
export const MAX_NAME_LENGTH = 200;

/** What the user may write about themselves: a name that is a line of storable text, an http(s) image. */
function checkUserFields(user: { name?: string | undefined; image?: string | null | undefined }) {
  const { name, image } = user;
  if (name !== undefined && (name.trim() === '' || name.length > MAX_NAME_LENGTH)) {
    throw new APIError('BAD_REQUEST', { message: `A name is 1 to ${MAX_NAME_LENGTH} characters` });
  }
  if (name !== undefined && !isStorableText(name)) {
    throw new APIError('BAD_REQUEST', {
      message: 'The name contains a NUL character or broken Unicode',
    });
  }
  if (image != null && !webUrl.safeParse(image).success) {
    throw new APIError('BAD_REQUEST', {
      message: 'The image must be an http:// or https:// address',
    });
  }
}

export type Auth = ReturnType<typeof createAuth>;
export type AuthSession = NonNullable<Awaited<ReturnType<Auth['api']['getSession']>>>;
