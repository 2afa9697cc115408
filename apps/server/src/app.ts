import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type ApiLogger,
  appRouter,
  contextFactory,
  databaseSessionReader,
  type SessionReader,
} from '@expert-network/api';
import { MAX_BATCH_SIZE } from '@expert-network/api/schemas';
import { type Auth, CLIENT_IP_HEADER } from '@expert-network/auth';
import type { Database } from '@expert-network/db';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import { toNodeHandler } from 'better-auth/node';
import cors from 'cors';
import { sql } from 'drizzle-orm';
import { pinoHttp } from 'pino-http';
import sirv from 'sirv';
import type { Logger } from './logger';

export type AppOptions = {
  db: Database;
  auth: Auth;
  logger: Logger;
  allowedOrigins: string[];
  trustProxy: boolean;
  /** The built SPA to serve (with index.html fallback); none in development. */
  webDist?: string | undefined;
  /** Overrides the session lookup (default: Better Auth's, in one query; see databaseSessionReader). */
  getSession?: SessionReader;
  /** Largest request body the API reads, in bytes. */
  maxBodySize?: number;
};

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** The whole HTTP surface: /healthz, /api/auth/*, /api/trpc/*, and the SPA. */
export function createApp(options: AppOptions): Handler {
  const { db, auth, logger } = options;
  const httpLogger = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    // Health checks and static files would drown the log.
    autoLogging: { ignore: (req) => !req.url?.startsWith('/api/') },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
  const corsMiddleware = cors({ origin: options.allowedOrigins, credentials: true, maxAge: 600 });
  const authHandler = toNodeHandler(auth);
  const createContext = contextFactory({
    db,
    getSession: options.getSession ?? databaseSessionReader(auth, db),
    logger,
  });
  const serveWeb =
    options.webDist && existsSync(options.webDist)
      ? sirv(options.webDist, { single: true, etag: true, gzip: true, brotli: true })
      : undefined;

  const trpc = (req: IncomingMessage, res: ServerResponse, path: string) =>
    nodeHTTPRequestHandler({
      router: appRouter,
      req,
      res,
      path,
      maxBodySize: options.maxBodySize ?? 1_000_000,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: ({ req }) => createContext({ headers: toHeaders(req) }),
      onError: ({ error, path }) => {
        const log = (req as IncomingMessage & { log?: ApiLogger }).log ?? logger;
        if (error.code === 'INTERNAL_SERVER_ERROR')
          log.error({ err: error.cause ?? error, path }, 'procedure failed');
        else if (error.code === 'SERVICE_UNAVAILABLE')
          log.warn({ err: error.cause ?? error, path }, 'database unavailable');
      },
    });

  return (req, res) => {
    httpLogger(req, res);
    setClientIp(req, options.trustProxy);
    const url = req.url ?? '/';
    const pathname = url.split('?', 1)[0] ?? '/';

    if (pathname === '/healthz') return void health(db, res);
    if (pathname.startsWith('/api/')) {
      return corsMiddleware(req, res, () => {
        if (pathname.startsWith('/api/auth/')) return void authHandler(req, res);
        if (pathname.startsWith('/api/trpc/'))
          return void trpc(req, res, pathname.slice('/api/trpc/'.length));
        sendJson(res, 404, { error: 'Not found' });
      });
    }
    if (serveWeb && (req.method === 'GET' || req.method === 'HEAD')) {
      return serveWeb(req, res, () => sendJson(res, 404, { error: 'Not found' }));
    }
    sendJson(res, 404, { error: 'Not found' });
  };
}

/** 200 when the database answers, 503 when it does not. */
async function health(db: Database, res: ServerResponse) {
  try {
    await db.execute(sql`SELECT 1`);
    sendJson(res, 200, { status: 'ok', database: 'ok' });
  } catch {
    sendJson(res, 503, { status: 'unavailable', database: 'unreachable' });
  }
}

/**
 * Rate limits key on the client's address: the socket's, or with a trusted
 * proxy the first X-Forwarded-For hop. Whatever the client sent is replaced.
 */
function setClientIp(req: IncomingMessage, trustProxy: boolean) {
  const forwarded = trustProxy
    ? String(req.headers['x-forwarded-for'] ?? '')
        .split(',')[0]
        ?.trim()
    : '';
  const ip = forwarded || req.socket.remoteAddress || '';
  req.headers[CLIENT_IP_HEADER] = ip.replace(/^::ffff:/, '');
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

export function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
