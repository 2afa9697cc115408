import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppRouter } from '@expert-network/api';
import { createTestDatabase, type TestDatabase } from '@expert-network/db/testing';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import superjson from 'superjson';
import { parseEnv } from '../src/env';
import { createLogger } from '../src/logger';
import { type RunningServer, startServer } from '../src/server';

/** The real server on a free port over a throwaway database. */
export async function startTestServer(env: Record<string, string> = {}) {
  const db: TestDatabase = await createTestDatabase();
  const logger = createLogger('silent', false);
  const running: RunningServer = await startServer(
    parseEnv({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', ...env }),
    logger,
    db,
  );
  return {
    ...running,
    db,
    async close() {
      await running.stop();
      await db.dispose();
    },
  };
}

/** The real server as in production: it also serves a web app (a one-page stand-in for the build). */
export async function startTestServerWithWeb(env: Record<string, string> = {}) {
  const webDist = mkdtempSync(join(tmpdir(), 'en-web-'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Expert Network</title>');
  const app = await startTestServer({ ...env, WEB_DIST: webDist });
  return {
    ...app,
    async close() {
      await app.close();
      rmSync(webDist, { recursive: true, force: true });
    },
  };
}

/** Signs up over HTTP and returns the session cookie, as a browser would hold it. */
export async function signUpOverHttp(baseUrl: string, name: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({
      name,
      email: `${name.toLowerCase()}.${Date.now()}@example.com`,
      password: 'long password 123',
    }),
  });
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** A client in another package, typed by AppRouter only, over HTTP. */
export function typedClient(baseUrl: string, cookie?: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${baseUrl}/api/trpc`,
        transformer: superjson,
        headers: () => (cookie ? { cookie } : {}),
      }),
    ],
  });
}
