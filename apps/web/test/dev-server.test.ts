/**
 * Issue 10, findings 1 and 2: the Vite dev server (started from vite.config.ts,
 * as `pnpm dev` does) hands out no secrets through /@fs/, and its /api proxy
 * rewrites the Origin of its own pages only.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const webDir = join(import.meta.dirname, '..');
const root = join(webDir, '..', '..');
const probe = `fs-deny-probe-${process.pid}`;
/** Files planted where secrets live, removed afterwards. */
const planted = [
  join(root, '.data', probe, 'dev-secret'),
  join(root, '.data', probe, 'pglite', 'PG_VERSION'),
  join(root, `.env.${probe}`),
  join(webDir, `.env.${probe}`),
];

/** .data/ is left as found: removed afterwards if this test made it. */
const dataDirExisted = existsSync(join(root, '.data'));
let vite: ViteDevServer;
let api: Server;
let viteUrl: string;
/** The headers the API behind the proxy saw on the last request. */
let seen: IncomingHttpHeaders = {};

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  for (const file of planted) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, 'top secret');
  }
  api = createHttpServer((req, res) => {
    seen = req.headers;
    res.end('ok');
  });
  process.env.API_PORT = String(await listen(api));
  // A free port for Vite, as the config wants one fixed port (strictPort).
  const spare = createHttpServer();
  process.env.WEB_PORT = String(await listen(spare));
  await new Promise((resolve) => spare.close(resolve));
  vite = await createServer({
    root: webDir,
    configFile: join(webDir, 'vite.config.ts'),
    logLevel: 'silent',
    server: { host: '127.0.0.1', hmr: false },
  });
  await vite.listen();
  viteUrl = `http://localhost:${process.env.WEB_PORT}`;
});

afterAll(async () => {
  await vite?.close();
  await new Promise((resolve) => api?.close(resolve));
  rmSync(join(root, dataDirExisted ? join('.data', probe) : '.data'), {
    recursive: true,
    force: true,
  });
  for (const file of planted.slice(2)) rmSync(file, { force: true });
});

const get = (path: string) => fetch(`${viteUrl}${path}`);

describe('files the dev server serves', () => {
  it.each(planted.map((file) => [file.slice(root.length)]))(
    '%s is refused, through /@fs/ and with ?raw',
    async (file) => {
      for (const path of [
        `/@fs${root}${file}`,
        `/@fs${root}${file}?raw`,
        `/@fs${root}${file}?import&raw`,
      ]) {
        const response = await get(path);
        expect(response.status, path).toBe(403);
        expect(await response.text()).not.toContain('top secret');
      }
    },
  );

  it('the web app itself is still served (the check above is not a dead path)', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect((await get(`/@fs${root}/package.json`)).status).toBe(200);
  });
});

describe('the /api proxy', () => {
  const through = async (origin: string) => {
    await fetch(`${viteUrl}/api/anything`, { method: 'POST', headers: { origin }, body: '{}' });
    return seen.origin;
  };

  it("presents the dev server's own pages as the API's origin", async () => {
    expect(await through(viteUrl)).toBe(`http://localhost:${process.env.API_PORT}`);
  });

  it('passes any other origin unchanged, another host on the same port too', async () => {
    for (const origin of [
      'http://evil.example:5173',
      `http://evil.example:${process.env.WEB_PORT}`,
    ]) {
      expect(await through(origin)).toBe(origin);
    }
  });
});
