import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppRouter } from '@expert-network/api';
import { MAX_BATCH_SIZE } from '@expert-network/contract';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOverHttp, startTestServer, typedClient } from './start';

const webDist = mkdtempSync(join(tmpdir(), 'en-web-'));
writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Expert Network</title>');

let app: Awaited<ReturnType<typeof startTestServer>>;
let cookie: string;
beforeAll(async () => {
  app = await startTestServer({ TRUSTED_ORIGINS: 'http://localhost:5173', WEB_DIST: webDist });
  cookie = await signUpOverHttp(app.url, 'Hana');
});
afterAll(async () => {
  await app?.close();
  rmSync(webDist, { recursive: true, force: true });
});

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body,
  });

describe('typed client over HTTP', () => {
  it('calls the API with a real session cookie; Dates stay Dates', async () => {
    const client = typedClient(app.url, cookie);
    const project = await client.project.create.mutate({ projectName: 'Over the wire' });
    const campaign = await client.campaign.create.mutate({
      projectId: project.id,
      campaignName: 'HTTP campaign',
      industryVertical: 'Healthcare',
    });
    const [listed] = await client.campaign.list.query();
    expect(listed).toMatchObject({ id: campaign.id, projectName: 'Over the wire', expertCount: 0 });
    expect(listed?.createdAt).toBeInstanceOf(Date);
    expect((await client.vendor.list.query()).length).toBe(18);
  });

  it('without the cookie gets UNAUTHORIZED', async () => {
    const error = await typedClient(app.url)
      .campaign.list.query()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<AppRouter>).data?.httpStatus).toBe(401);
  });

  it('sends the field that is wrong', async () => {
    const error = (await typedClient(app.url, cookie)
      .campaign.create.mutate({
        campaignName: 'X',
        industryVertical: 'Y',
        minCalls: 5,
        maxCalls: 1,
      })
      .catch((e: unknown) => e)) as TRPCClientError<AppRouter>;
    expect(error.data).toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: { maxCalls: expect.any(String) },
    });
  });
});

describe('malformed requests', () => {
  it('malformed JSON, oversized bodies and invalid batches get 4xx, and the server stays healthy', async () => {
    expect((await post('/api/trpc/project.create', '{"json": {"projectName": ')).status).toBe(400);
    const huge = JSON.stringify({ json: { projectName: 'x'.repeat(2_000_000) } });
    expect((await post('/api/trpc/project.create', huge)).status).toBe(413);
    // The browser-data import takes a whole browser-storage file (up to 5 MB), and no more.
    const storage = (size: number) =>
      JSON.stringify({ json: { items: { 'debug-ui': '"'.repeat(size) } } });
    const preview = await post('/api/trpc/browserImport.preview', storage(4_000_000));
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({ result: { data: { json: { applied: false } } } });
    expect((await post('/api/trpc/browserImport.preview', storage(6_000_000))).status).toBe(400);
    expect((await post('/api/trpc/browserImport.commit', storage(8_000_000))).status).toBe(413);
    expect((await post('/api/trpc/project.create,project.create?batch=1', '{"0": 1}')).status).toBe(
      400,
    );
    expect((await post('/api/trpc/project.create?batch=1', '[1,2,3]')).status).toBe(400);
    expect((await fetch(`${app.url}/api/trpc/no.such.procedure`)).status).toBe(404);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('malformed query input, the wrong method, a batch over the limit and oversized headers get 4xx, and signed-in calls still work', async () => {
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${app.url}${path}`, { headers: { cookie, ...headers } });
    expect((await get('/api/trpc/campaign.byId?input=%7B%22json%22%3A')).status).toBe(400);
    expect((await get('/api/trpc/project.create?input=%7B%7D')).status).toBe(405);
    const batch = (n: number) =>
      `/api/trpc/${Array.from({ length: n }, () => 'project.list').join(',')}?batch=1`;
    expect((await get(batch(MAX_BATCH_SIZE))).status).toBe(200);
    expect((await get(batch(MAX_BATCH_SIZE + 1))).status).toBe(400);
    expect((await get('/api/trpc/project.list', { 'x-padding': 'x'.repeat(20_000) })).status).toBe(
      431,
    );
    const list = await get('/api/trpc/project.list');
    expect(list.status).toBe(200);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('a database error reaches the client without SQL', async () => {
    await app.db.withSession((q) =>
      q('ALTER TABLE expert_network.projects RENAME TO projects_gone'),
    );
    try {
      const response = await fetch(`${app.url}/api/trpc/project.list`, { headers: { cookie } });
      const body = await response.text();
      expect(response.status).toBe(500);
      expect(body).toContain('Something went wrong on our side');
      expect(body).not.toMatch(/select|projects|expert_network|stack/i);
    } finally {
      await app.db.withSession((q) =>
        q('ALTER TABLE expert_network.projects_gone RENAME TO projects'),
      );
    }
  });
});

/** A raw HTTP/1.1 request, for headers fetch refuses to send. */
function rawRequest(path: string, headers: Record<string, string>, body?: string) {
  const { port } = new URL(app.url);
  return new Promise<number>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: body === undefined ? 'GET' : 'POST',
        headers,
        setHost: false,
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('malformed requests to the auth endpoints', () => {
  it('a malformed Host or X-Forwarded-Proto gets 400, and the process lives on', async () => {
    const { host } = new URL(app.url);
    expect(await rawRequest('/api/auth/get-session', { Host: 'a b' })).toBe(400);
    expect(
      await rawRequest('/api/auth/get-session', { Host: host, 'X-Forwarded-Proto': 'a b' }),
    ).toBe(400);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('bodies are bounded: too large gets 413, no length gets 411', async () => {
    const big = JSON.stringify({
      name: 'x'.repeat(100_000),
      email: 'big@example.com',
      password: 'long password 1',
    });
    const response = await fetch(`${app.url}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.url },
      body: big,
    });
    expect(response.status).toBe(413);
    const { host } = new URL(app.url);
    expect(
      await rawRequest(
        '/api/auth/sign-up/email',
        { Host: host, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        '{}',
      ),
    ).toBe(411);
  });
});

describe('the HTTP surface', () => {
  it('health checks the database', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('answers CORS only for configured origins', async () => {
    const allowed = await fetch(`${app.url}/api/trpc/health.check`, {
      headers: { origin: 'http://localhost:5173' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const other = await fetch(`${app.url}/api/trpc/health.check`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('tags every response with a request id, keeping one the client sent', async () => {
    const mine = await fetch(`${app.url}/api/trpc/health.check`, {
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(mine.headers.get('x-request-id')).toBe('trace-123');
    const generated = await fetch(`${app.url}/api/trpc/health.check`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the web app with a fallback to index.html for client routes', async () => {
    const page = await fetch(`${app.url}/campaigns/some-id/experts`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Expert Network</title>');
    expect((await fetch(`${app.url}/api/nothing-here`)).status).toBe(404);
  });
});
