/**
 * The raw baseline: a bare node:http server that does each case's work with
 * postgres.js directly. Same URLs, same session cookie check, same SQL as
 * the real server; nothing else (no router, validation, ORM, logging).
 *
 * Env: PORT, DATABASE_URL, DATABASE_POOL_SIZE, BETTER_AUTH_SECRET, STATEMENTS_FILE.
 */
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import postgres from 'postgres';
import { CASES, type Procedure, procedureOf } from '../cases';
import {
  type BaselineDb,
  HttpError,
  handlers,
  type Row,
  type Run,
  type Statements,
  userIdForToken,
} from './handlers';
import { tokenFromCookie } from './session';

const env = process.env;
const secret = env.BETTER_AUTH_SECRET ?? '';
const statements = JSON.parse(readFileSync(env.STATEMENTS_FILE ?? '', 'utf8')) as Statements;
const sql = postgres(env.DATABASE_URL ?? '', {
  max: Number(env.DATABASE_POOL_SIZE ?? 10),
  onnotice: () => {},
});
// Every statement server-side prepared (the best postgres.js can do: our own hot
// lookups are prepared too, the rest are not); rows as objects.
const runOn =
  (client: postgres.Sql | postgres.TransactionSql): Run =>
  (text, params) =>
    client.unsafe(text, params as postgres.ParameterOrJSON<never>[], {
      prepare: true,
    }) as unknown as Promise<Row[]>;
const db: BaselineDb = {
  run: runOn(sql),
  transaction: (work) => sql.begin((tx) => work(runOn(tx))) as never,
};

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function readBody(req: import('node:http').IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return send(res, 200, { status: 'ok' });
    const name = url.pathname.slice('/api/trpc/'.length) as Procedure;
    if (!CASES.some((c) => procedureOf(c) === name)) return send(res, 404, { error: 'Not found' });
    const raw = req.method === 'POST' ? await readBody(req) : url.searchParams.get('input');
    const input = raw ? ((JSON.parse(raw) as { json?: Record<string, unknown> }).json ?? {}) : {};
    const token = tokenFromCookie(req.headers.cookie, secret);
    const userId = token ? await userIdForToken(statements, db.run, token) : null;
    if (!userId) return send(res, 401, { error: 'Sign in first' });
    const data = await handlers[name](statements, db, userId, input);
    send(res, 200, { result: { data: { json: data } } });
  } catch (error) {
    if (error instanceof HttpError) return send(res, error.status, { error: error.message });
    console.error(error);
    send(res, 500, { error: 'Internal error' });
  }
});
server.keepAliveTimeout = 65_000;
server.listen(Number(env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ listening: typeof address === 'object' ? address?.port : address }));
});
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void sql.end({ timeout: 1 }).then(() => process.exit(0));
});
