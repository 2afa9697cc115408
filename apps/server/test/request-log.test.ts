import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { requestTracker } from '../src/request-log';

const lines: Record<string, unknown>[] = [];
/** Resolves a test's wait for its response to close (after the tracker's own listener). */
const closed: (() => void)[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  // The production logger's settings that matter here: a base binding and redaction.
  const logger = pino(
    { level: 'info', base: { service: 'expert-network' }, redact: ['req.headers.cookie'] },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  const track = requestTracker(logger);
  server = createServer((req, res) => {
    res.setHeader('x-request-id', track(req, res));
    res.once('close', () => closed.shift()?.());
    res.writeHead(req.url?.endsWith('/fail') ? 500 : 200).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** The lines logged for `path` once its response is closed. */
async function linesOf(path: string, headers: Record<string, string> = {}) {
  lines.length = 0;
  const done = new Promise<void>((resolve) => closed.push(resolve));
  const response = await fetch(`${url}${path}`, { headers });
  await response.text();
  await done;
  return { response, logged: [...lines] };
}

it('logs one line per API request, with its id, method, url and status, as the app logger would', async () => {
  const { response, logged } = await linesOf('/api/trpc/campaign.list?input=%7B%7D', {
    cookie: 'better-auth.session_token=secret',
    'x-request-id': 'given-id',
  });
  expect(response.headers.get('x-request-id')).toBe('given-id');
  expect(logged).toEqual([
    expect.objectContaining({
      level: 30,
      service: 'expert-network',
      msg: 'request completed',
      req: { id: 'given-id', method: 'GET', url: '/api/trpc/campaign.list?input=%7B%7D' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    }),
  ]);
  expect(JSON.stringify(logged)).not.toContain('secret');
});

it('logs a failed API request as an error and leaves other paths out, ids still given', async () => {
  const failed = await linesOf('/api/fail');
  expect(failed.logged).toEqual([expect.objectContaining({ level: 50, msg: 'request errored' })]);
  const page = await linesOf('/campaigns');
  expect(page.logged).toEqual([]);
  expect(page.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});
