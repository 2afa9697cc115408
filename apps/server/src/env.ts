import { DEV_SECRET } from '@expert-network/auth';
import { simulatorConfigFromEnv } from '@expert-network/simulator';
import { z } from 'zod';
import { localDevSecret } from './dev-secret';

const list = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url()));
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined)
      .pipe(
        z.url().startsWith('postgres', 'Must be a postgres:// or postgresql:// URL').optional(),
      ),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /** Longest a request's statement may run before PostgreSQL cancels it. */
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    /** Server-side prepared statements; off behind a transaction-mode pooler (PgBouncer). */
    DATABASE_PREPARE: flag.default(true),
    /** Where live updates LISTEN when DATABASE_URL is a transaction-mode pooler: the database itself. */
    DATABASE_LISTEN_URL: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined)
      .pipe(
        z.url().startsWith('postgres', 'Must be a postgres:// or postgresql:// URL').optional(),
      ),
    PGLITE_DIR: z.string().optional(),
    BETTER_AUTH_SECRET: z.string().min(32, 'Must be at least 32 characters').optional(),
    /** The app's public origin; Better Auth builds its URLs from it. */
    BETTER_AUTH_URL: z.url().optional(),
    /** Other origins allowed to call the API with cookies (comma-separated). */
    TRUSTED_ORIGINS: list.default([]),
    TRUST_PROXY: flag.default(false),
    SESSION_COOKIE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(0),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    /** The built web app to serve (production). */
    WEB_DIST: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.BETTER_AUTH_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['BETTER_AUTH_URL'],
        message:
          'Required in production: the public URL users open, e.g. https://experts.example.com (cookies are Secure only over https)',
      });
    }
    if (env.NODE_ENV === 'production' && !env.BETTER_AUTH_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['BETTER_AUTH_SECRET'],
        message: 'Required in production (e.g. `openssl rand -base64 32`)',
      });
    }
  });

export type Env = ReturnType<typeof parseEnv>;

/** The validated environment, or an error listing every variable that is wrong. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env) {
  const result = schema.safeParse(source);
  const problems = result.success
    ? []
    : result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  let simulator: ReturnType<typeof simulatorConfigFromEnv> | undefined;
  try {
    simulator = simulatorConfigFromEnv(source);
  } catch (error) {
    problems.push(...(error as Error).message.split('\n').map((line) => `  ${line}`));
  }
  if (!result.success || !simulator) {
    throw new EnvError(`Invalid environment:\n${problems.join('\n')}`);
  }
  const env = result.data;
  const publicUrl = env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`;
  const production = env.NODE_ENV === 'production';
  return {
    ...env,
    production,
    warnings: production && !publicUrl.startsWith('https:') ? [insecureUrlWarning(publicUrl)] : [],
    publicUrl,
    // Tests sign with the known constant; a developer's machine gets its own secret.
    secret: env.BETTER_AUTH_SECRET ?? (env.NODE_ENV === 'test' ? DEV_SECRET : localDevSecret()),
    allowedOrigins: [
      new URL(publicUrl).origin,
      ...env.TRUSTED_ORIGINS.map((o) => new URL(o).origin),
    ],
    simulator,
  };
}

function insecureUrlWarning(url: string) {
  return `BETTER_AUTH_URL is ${url}, not https: session cookies are not marked Secure and travel in clear text. Serve the app over https in production.`;
}

export class EnvError extends Error {
  override name = 'EnvError';
}
