/**
 * GET /api/calendar/<token>.ics: a user's calls as a read-only iCalendar feed
 * that Google Calendar or Outlook subscribe to. The token is the only key (a
 * calendar app sends no cookie): unknown or revoked answers 404, like a path
 * that never existed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { feedByToken } from '@expert-network/api';
import type { Database } from '@expert-network/db';

const ROUTE = /^\/api\/calendar\/([A-Za-z0-9_-]{20,100})\.ics$/;

export function calendarFeedHandler(db: Database) {
  return async (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Use GET');
    const token = ROUTE.exec(pathname)?.[1];
    const feed = token ? await feedByToken(db, token) : null;
    if (feed === null) return send(res, 404, 'Not found');
    res.statusCode = 200;
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    res.setHeader('content-disposition', 'inline; filename="expert-calls.ics"');
    // The URL is the secret: keep it out of referrers and shared caches.
    res.setHeader('referrer-policy', 'no-referrer');
    res.end(req.method === 'HEAD' ? undefined : feed);
  };
}

function send(res: ServerResponse, status: number, message: string) {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(message);
}
