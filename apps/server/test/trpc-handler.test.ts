/**
 * The Node tRPC handler answers byte for byte what tRPC's own node adapter
 * answers: the same router, context and database behind both, the same
 * requests (what @trpc/client's links send, and what they must refuse).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  appRouter,
  contextFactory,
  databaseSessionReader,
  stringifyResult,
} from '@expert-network/api';
import { createTestApi } from '@expert-network/api/testing';
import { MAX_BATCH_SIZE } from '@expert-network/contract';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTrpcNodeHandler, type TrpcErrorEvent } from '../src/trpc-handler';

type Api = Awaited<ReturnType<typeof createTestApi>>;
let api: Api;
let cookie: string;
let campaignId: string;
const servers: Server[] = [];
let ours: string;
let standard: string;
const errors: { ours: string[]; standard: string[] } = { ours: [], standard: [] };

const toHeaders = (req: IncomingMessage) => {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
};

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const splitUrl = (url = '/') => {
  const q = url.indexOf('?');
  const path = (q === -1 ? url : url.slice(0, q)).slice('/api/trpc/'.length);
  return { path, query: q === -1 ? '' : url.slice(q + 1) };
};

const describeError = (
  e: TrpcErrorEvent | { error: { code: string }; path?: string; type: string },
) => `${e.error.code} ${e.path ?? '-'} ${e.type}`;

beforeAll(async () => {
  api = await createTestApi();
  const user = await api.signUp('Wire');
  cookie = user.cookie;
  const project = await user.caller.project.create({ projectName: 'Wire project' });
  campaignId = (
    await user.caller.campaign.create({
      projectId: project.id,
      campaignName: 'Wire campaign',
      industryVertical: 'Healthcare',
    })
  ).id;
  const createContext = contextFactory({
    db: api.db.db,
    getSession: databaseSessionReader(api.auth, api.db.db),
  });
  const options = { maxBodySize: 10_000, maxBatchSize: MAX_BATCH_SIZE };
  const handler = createTrpcNodeHandler({
    router: appRouter,
    ...options,
    createContext: (req) => createContext({ headers: toHeaders(req) }),
    stringifyData: stringifyResult,
    onError: (e) => errors.ours.push(describeError(e)),
  });
  ours = await listen((req, res) => {
    const { path, query } = splitUrl(req.url);
    handler(req, res, path, query);
  });
  standard = await listen(
    (req, res) =>
      void nodeHTTPRequestHandler({
        router: appRouter,
        req,
        res,
        path: splitUrl(req.url).path,
        ...options,
        createContext: ({ req }) => createContext({ headers: toHeaders(req) }),
        onError: (e) => errors.standard.push(describeError(e)),
      }),
  );
});
afterAll(async () => {
  for (const server of servers) server.close();
  await api?.dispose();
});

type Call = { path: string; method?: string; body?: string; headers?: Record<string, string> };

/** Status, content type and body of one request. */
async function answer(base: string, call: Call) {
  const response = await fetch(`${base}/api/trpc/${call.path}`, {
    method: call.method ?? (call.body === undefined ? 'GET' : 'POST'),
    headers: {
      cookie,
      ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...call.headers,
    },
    body: call.body,
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    vary: response.headers.get('vary'),
    body: await response.text(),
  };
}

/** What differs between two calls that each create a row: its id, times and place. */
const normalized = (body: string) =>
  body
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID')
    .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME')
    .replace(/"(projectCode|displayOrder)":("PRJ-)?\d+"?/g, '"$1":N');

/** Both handlers answer alike, and log the same errors; returns the answer. */
async function same(call: Call) {
  errors.ours.length = 0;
  errors.standard.length = 0;
  const [a, b] = [await answer(ours, call), await answer(standard, call)];
  expect({ ...a, body: normalized(a.body) }).toEqual({ ...b, body: normalized(b.body) });
  expect(errors.ours).toEqual(errors.standard);
  return a;
}

const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

describe('the Node handler speaks tRPC as tRPC does', () => {
  it('queries, with and without input, with Dates', async () => {
    expect((await same({ path: 'campaign.list' })).status).toBe(200);
    const byId = await same({ path: `campaign.byId?input=${input({ json: { id: campaignId } })}` });
    expect(byId.body).toContain('"meta"');
    expect((await same({ path: 'health.check' })).status).toBe(200);
  });

  it('batches, as httpBatchLink sends them (GET and POST), with mixed outcomes as 207', async () => {
    const ok = await same({
      path: `campaign.byId,project.list,vendor.list?batch=1&input=${input({ 0: { json: { id: campaignId } } })}`,
    });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toHaveLength(3);
    const mixed = await same({
      path: `campaign.byId,project.list?batch=1&input=${input({ 0: { json: { id: '00000000-0000-4000-8000-000000000000' } } })}`,
    });
    expect(mixed.status).toBe(207);
    const mutations = await same({
      path: 'project.create,project.create?batch=1',
      body: JSON.stringify({ 0: { json: { projectName: 'A' } }, 1: { json: { projectName: '' } } }),
    });
    expect(mutations.status).toBe(207);
  });

  it('a mutation in a batch of one, and alone', async () => {
    const batched = await same({
      path: 'project.create?batch=1',
      body: JSON.stringify({ 0: { json: { projectName: 'Batched' } } }),
    });
    expect(batched.status).toBe(200);
    const alone = await same({ path: 'project.create', body: '{"json":{"projectName":"X"}}' });
    expect(JSON.parse(alone.body).result.data.json.projectName).toBe('X');
  });

  it('errors: shape, fields and status', async () => {
    const cases: [Call, number][] = [
      [{ path: 'campaign.list', headers: { cookie: '' } }, 401],
      [{ path: `campaign.byId?input=${input({ json: { id: 'nope' } })}` }, 400],
      [{ path: 'campaign.byId?input=%7B%22json%22%3A' }, 400],
      [{ path: `campaign.byId?input=${input({ json: { id: crypto.randomUUID() } })}` }, 404],
      [{ path: 'no.such.procedure' }, 404],
      [{ path: 'project.create?input=%7B%7D' }, 405],
      [{ path: 'project.list', body: '{}' }, 405],
      [{ path: 'project.create', body: '{"json": {"projectName": ' }, 400],
      [{ path: 'project.create', body: '' }, 400],
      [
        {
          path: 'project.create',
          body: JSON.stringify({ json: { projectName: 'x'.repeat(20_000) } }),
        },
        413,
      ],
      [{ path: 'project.create?batch=1', body: '[1,2,3]' }, 400],
      [{ path: 'project.create,project.create?batch=1', body: '{"0": 1}' }, 400],
      [{ path: 'project.list,project.create?batch=1', body: '{}' }, 400],
      [
        {
          path: `${Array.from({ length: MAX_BATCH_SIZE + 1 }, () => 'project.list').join(',')}?batch=1`,
        },
        400,
      ],
      [
        {
          path: 'campaign.create',
          body: JSON.stringify({
            json: { campaignName: 'X', industryVertical: 'Y', minCalls: 5, maxCalls: 1 },
          }),
        },
        400,
      ],
      [
        {
          path: 'project.create',
          body: '{"json":{"projectName":"Z"}}',
          headers: { 'content-type': 'text/plain' },
        },
        415,
      ],
      [{ path: 'bad%E0%A4%A', method: 'GET' }, 400],
    ];
    for (const [call, status] of cases) {
      const got = await same(call);
      expect({ path: call.path.slice(0, 80), status: got.status }).toEqual({
        path: call.path.slice(0, 80),
        status,
      });
    }
  });

  it('a failed session lookup answers every call of the batch alike', async () => {
    await api.db.withSession((q) => q('ALTER TABLE public."session" RENAME TO session_gone'));
    try {
      const got = await same({ path: 'project.list,campaign.list?batch=1' });
      expect(got.status).toBe(500);
      expect(got.body).not.toMatch(/session_gone|select/i);
    } finally {
      await api.db.withSession((q) => q('ALTER TABLE public.session_gone RENAME TO "session"'));
    }
  });

  it('HEAD and streamed batches go to tRPC itself', async () => {
    expect((await same({ path: 'project.list', method: 'HEAD' })).status).toBe(204);
    const streamed = await answer(ours, {
      path: 'project.list?batch=1',
      headers: { 'trpc-accept': 'application/jsonl' },
    });
    expect(streamed.status).toBe(200);
    expect(streamed.body).toContain('"json"');
  });
});
