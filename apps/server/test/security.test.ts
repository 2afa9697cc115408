/**
 * Issue 10, findings 5, 7 and 10: security headers on every answer (a CSP that
 * runs scripts from the app alone, no framing, no sniffing, HSTS over https,
 * API answers never cached), a cross-origin mutation refused by the server
 * itself, and production refusing to start without its public URL.
 */
import { queryRows } from '@expert-network/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '../src/env';
import { signUpOverHttp, startTestServer, startTestServerWithWeb } from './start';

let app: Awaited<ReturnType<typeof startTestServerWithWeb>>;
let cookie: string;
beforeAll(async () => {
  app = await startTestServerWithWeb({ TRUSTED_ORIGINS: 'http://localhost:5173' });
  cookie = await signUpOverHttp(app.url, 'Sec');
});
afterAll(() => app?.close());

/** The CSP's directives by name. */
function cspOf(response: Response): Record<string, string[]> {
  const header = response.headers.get('content-security-policy') ?? '';
  return Object.fromEntries(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

describe('headers', () => {
  it('the app page runs scripts from its own origin only and cannot be framed', async () => {
    const page = await fetch(`${app.url}/campaigns`);
    expect(page.status).toBe(200);
    const csp = cspOf(page);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    // Served over plain http here: no HSTS (it would pin a browser to https that is not there).
    expect(page.headers.get('strict-transport-security')).toBeNull();
  });

  it('API answers are never cached and never sniffed', async () => {
    for (const path of ['/api/trpc/vendor.list', '/api/auth/get-session', '/healthz']) {
      const response = await fetch(`${app.url}${path}`, { headers: { cookie } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('a tRPC answer carries the page headers and its Vary, with or without an Origin', async () => {
    const page = await fetch(`${app.url}/campaigns`);
    const securityOf = (response: Response) =>
      [...response.headers].filter(
        ([name]) =>
          !['date', 'connection', 'keep-alive', 'x-request-id'].includes(name) &&
          !['content-length', 'transfer-encoding'].includes(name) &&
          !['cache-control', 'content-type', 'vary', 'etag', 'last-modified'].includes(name) &&
          !name.startsWith('access-control-'),
      );
    const sameOrigin = await fetch(`${app.url}/api/trpc/vendor.list`, { headers: { cookie } });
    const crossOrigin = await fetch(`${app.url}/api/trpc/vendor.list`, {
      headers: { cookie, origin: 'http://localhost:5173' },
    });
    for (const response of [sameOrigin, crossOrigin]) {
      expect(response.status).toBe(200);
      expect(securityOf(response)).toEqual(securityOf(page));
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.headers.get('vary')?.split(/,\s*/)).toEqual(
        expect.arrayContaining(['Origin', 'trpc-accept', 'accept']),
      );
    }
    expect(securityOf(page).length).toBeGreaterThan(8);
    expect(crossOrigin.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('over https, browsers are told to stay on https', async () => {
    const secure = await startTestServer({ BETTER_AUTH_URL: 'https://app.example.com' });
    try {
      const response = await fetch(`${secure.url}/healthz`);
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    } finally {
      await secure.close();
    }
  });
});

describe('cross-origin mutations', () => {
  const projects = async () =>
    (
      await queryRows<{ n: number }>(
        app.db.db,
        sql`SELECT count(*)::int AS n FROM expert_network.projects`,
      )
    )[0]?.n;
  const create = (origin?: string) =>
    fetch(`${app.url}/api/trpc/project.create`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie,
        ...(origin ? { origin } : {}),
      },
      body: JSON.stringify({ json: { projectName: `From ${origin ?? 'no origin'}` } }),
    });

  it.each(['http://evil.example', 'http://evil.example:5173', 'null'])(
    'from %s is refused and writes nothing',
    async (origin) => {
      const before = await projects();
      const response = await create(origin);
      expect(response.status).toBe(403);
      expect(await projects()).toBe(before);
    },
  );

  it('from the app itself, a trusted origin, or a client that sends no Origin, is served', async () => {
    for (const origin of [app.url, 'http://localhost:5173', undefined]) {
      expect((await create(origin)).status, String(origin)).toBe(200);
    }
  });
});

describe('production environment', () => {
  const production = { NODE_ENV: 'production', BETTER_AUTH_SECRET: 'x'.repeat(40) };

  it('refuses to start without BETTER_AUTH_URL, naming it', () => {
    expect(() => parseEnv(production)).toThrow(EnvError);
    expect(() => parseEnv(production)).toThrow(/BETTER_AUTH_URL/);
  });

  it('warns loudly when the public URL is not https, and not when it is', () => {
    const plain = parseEnv({ ...production, BETTER_AUTH_URL: 'http://app.example.com' });
    expect(plain.warnings.join('\n')).toMatch(/BETTER_AUTH_URL.*https/);
    const secure = parseEnv({ ...production, BETTER_AUTH_URL: 'https://app.example.com' });
    expect(secure.warnings).toEqual([]);
  });
});
