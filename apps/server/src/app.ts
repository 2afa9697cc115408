import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type ApiLogger,
  appRouter,
  type ChangeFeed,
  contextFactory,
  databaseSessionReader,
  postgresCode,
  type SessionReader,
  stringifyResult,
} from '@expert-network/api';
import { type Auth, CLIENT_IP_HEADER } from '@expert-network/auth';
import { MAX_BATCH_SIZE, MAX_BROWSER_IMPORT_BYTES } from '@expert-network/contract';
import type { Database } from '@expert-network/db';
import { toNodeHandler } from 'better-auth/node';
import cors from 'cors';
import { sql } from 'drizzle-orm';
import sirv from 'sirv';
import { calendarFeedHandler } from './calendar-feed';
import { exportHandler, toHeaders } from './export';
import type { Logger } from './logger';
import { requestId, requestTracker } from './request-log';
import { isCrossOriginWrite, securityHeaderList } from './security';
import { createTrpcNodeHandler, setHeaderList } from './trpc-handler';

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
  /** Live updates for the `live.changes` subscription (server-sent events). */
  changes?: ChangeFeed | undefined;
  /** Largest request body the API reads, in bytes. */
  maxBodySize?: number;
  /** Served over https (the public URL's scheme): adds HSTS. */
  https?: boolean;
};

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The browser-data import sends a whole browser-storage file (at most
 * MAX_BROWSER_IMPORT_BYTES characters): its JSON values are escaped once more
 * inside the request, and a character may take several bytes.
 */
const MAX_IMPORT_BODY_BYTES = 3 * MAX_BROWSER_IMPORT_BYTES;
const isImport = (path: string) =>
  path.startsWith('browserImport.') && path.split(',').every((p) => p.startsWith('browserImport.'));

/** Sign-up, sign-in and friends carry a few hundred bytes. */
const MAX_AUTH_BODY_BYTES = 64 * 1024;

/** The whole HTTP surface: /healthz, /api/auth/*, /api/trpc/*, and the SPA. */
export function createApp(options: AppOptions): Handler {
  const { db, auth, logger } = options;
  const security = securityHeaderList({ https: options.https ?? false });
  /** Every answer but the tRPC fast path's: the security headers and its id, one by one. */
  const setCommonHeaders = (res: ServerResponse, id: string, api: boolean) => {
    setHeaderList(res, security);
    res.setHeader('x-request-id', id);
    // Answers about a user's data or the server's state: never from a cache.
    if (api) res.setHeader('cache-control', 'no-store');
  };
  const corsHeaders = cors({ origin: options.allowedOrigins, credentials: true, maxAge: 600 });
  /** CORS answers cross-origin requests; a request without an Origin header only needs the Vary. */
  const corsMiddleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.headers.origin !== undefined) return corsHeaders(req, res, next);
    res.setHeader('vary', 'Origin');
    next();
  };
  const betterAuthHandler = toNodeHandler(auth);
  /** Better Auth's handler, with a size cap, and its failures answered instead of crashing the process. */
  const authHandler = (req: IncomingMessage, res: ServerResponse) => {
    const length = Number(req.headers['content-length'] ?? 0);
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') {
      // Sign-up and sign-in bodies are small; without a length the body would be unbounded.
      if (req.headers['content-length'] === undefined)
        return sendJson(res, 411, { error: 'Length required' });
      if (length > MAX_AUTH_BODY_BYTES)
        return sendJson(res, 413, { error: 'Request body too large' });
    }
    betterAuthHandler(req, res).catch((error: unknown) => {
      const malformed = error instanceof TypeError && /URL/i.test(error.message);
      requestLog(req).warn(
        { err: error },
        malformed ? 'malformed auth request' : 'auth request failed',
      );
      if (!res.headersSent)
        sendJson(res, malformed ? 400 : 500, { error: malformed ? 'Bad request' : 'Server error' });
      else res.destroy();
    });
  };
  const getSession = options.getSession ?? databaseSessionReader(auth, db);
  const exportFile = exportHandler({ db, getSession });
  const calendarFeed = calendarFeedHandler(db);
  const createContext = contextFactory({
    db,
    getSession,
    logger,
    changes: options.changes,
  });
  const serveWeb =
    options.webDist && existsSync(options.webDist)
      ? sirv(options.webDist, { single: true, etag: true, gzip: true, brotli: true })
      : undefined;

  const trpcHandler = (maxBodySize: number) =>
    createTrpcNodeHandler({
      router: appRouter,
      maxBodySize,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: (req) => createContext({ headers: toHeaders(req) }),
      stringifyData: stringifyResult,
      onError: ({ error, path, req }) => {
        const log = requestLog(req);
        if (error.code === 'INTERNAL_SERVER_ERROR')
          log.error({ err: error.cause ?? error, path }, 'procedure failed');
        else if (error.code === 'SERVICE_UNAVAILABLE')
          log.warn({ err: error.cause ?? error, path }, 'database unavailable');
        // A database error turned into a 4xx is still worth a look (a constraint we missed).
        else if (postgresCode(error.cause))
          log.warn({ err: error.cause, path }, 'database refused a write');
      },
    });
  const trpc = trpcHandler(options.maxBodySize ?? 1_000_000);
  const importTrpc = trpcHandler(MAX_IMPORT_BODY_BYTES);

  /** Lines about one request carry its id. */
  const requestLog = (req: IncomingMessage): ApiLogger => {
    const reqId = requestId(req);
    const withId = (details: object) => (reqId ? { reqId, ...details } : details);
    return {
      error: (details, message) => logger.error(withId(details), message),
      warn: (details, message) => logger.warn(withId(details), message),
      info: (details, message) => logger.info(withId(details), message),
    };
  };

  const route = (req: IncomingMessage, res: ServerResponse, id: string) => {
    const url = req.url ?? '/';
    const queryStart = url.indexOf('?');
    const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
    const query = queryStart === -1 ? '' : url.slice(queryStart + 1);
    if (pathname.startsWith('/api/trpc/') && req.headers.origin === undefined) {
      // No Origin: no CORS to answer and no cross-origin write to refuse. The
      // headers go out with the status line, in one call.
      const path = pathname.slice('/api/trpc/'.length);
      const headers = [
        ...security,
        'cache-control',
        'no-store',
        'x-request-id',
        id,
        'vary',
        'Origin',
      ];
      return (isImport(path) ? importTrpc : trpc)(req, res, path, query, headers);
    }
    setCommonHeaders(res, id, pathname === '/healthz' || pathname.startsWith('/api/'));

    if (pathname === '/healthz') return void health(db, res);
    if (pathname.startsWith('/api/')) {
      return corsMiddleware(req, res, () => {
        if (pathname.startsWith('/api/auth/')) return void authHandler(req, res);
        if (pathname.startsWith('/api/trpc/') && isCrossOriginWrite(req, options.allowedOrigins))
          return sendJson(res, 403, { error: 'Cross-origin request refused' });
        if (pathname.startsWith('/api/trpc/')) {
          const path = pathname.slice('/api/trpc/'.length);
          return (isImport(path) ? importTrpc : trpc)(req, res, path, query);
        }
        if (pathname.startsWith('/api/calendar/')) {
          return void calendarFeed(req, res, pathname).catch((error: unknown) => {
            requestLog(req).error({ err: error }, 'calendar feed failed');
            if (!res.headersSent) sendJson(res, 500, { error: 'Server error' });
            else res.destroy();
          });
        }
        if (pathname.startsWith('/api/export/')) {
          return void exportFile(req, res, pathname, requestLog(req)).catch((error: unknown) => {
            requestLog(req).error({ err: error }, 'export failed');
            if (!res.headersSent) sendJson(res, 500, { error: 'Server error' });
            else res.destroy();
          });
        }
        sendJson(res, 404, { error: 'Not found' });
      });
    }
    if (serveWeb && (req.method === 'GET' || req.method === 'HEAD')) {
      return serveWeb(req, res, () => sendJson(res, 404, { error: 'Not found' }));
    }
    sendJson(res, 404, { error: 'Not found' });
  };

  const trackRequest = requestTracker(logger);
  return (req, res) => {
    const id = trackRequest(req, res);
    setClientIp(req, options.trustProxy);
    route(req, res, id);
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
 * Rate limits key on the client's address: the socket's, or behind a trusted
 * proxy the last X-Forwarded-For hop (the address the proxy saw; the hops
 * before it are whatever the client wrote). Whatever the client sent is replaced.
 */
function setClientIp(req: IncomingMessage, trustProxy: boolean) {
  const forwarded = trustProxy
    ? String(req.headers['x-forwarded-for'] ?? '')
        .split(',')
        .at(-1)
        ?.trim()
    : '';
  const ip = forwarded || req.socket.remoteAddress || '';
  req.headers[CLIENT_IP_HEADER] = ip.replace(/^::ffff:/, '');
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
