/**
 * The session of a request, read the way Better Auth reads it, in one query.
 *
 * Better Auth's `getSession` runs its endpoint machinery and two queries on
 * every request; that was the largest cost of a small API call (`pnpm bench`,
 * README "Performance"). This reader checks the signed cookie and reads the session
 * with its user in one statement, and hands the request to Better Auth itself
 * whenever Better Auth would do more than read: a session due for its daily
 * refresh, an expired one (Better Auth deletes it), a cookie cache or a
 * secondary storage in use.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Auth } from '@expert-network/auth';
import type { Database } from '@expert-network/db';
import type { SessionReader } from './context';
import { findSessionByToken } from './queries/sessions';

/** The value of cookie `name` in a Cookie header, URI-decoded as Better Auth does. */
function cookieValue(header: string, name: string): string | undefined {
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"')) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/** The token of a `token.signature` cookie value signed with `secret`, else null. */
export function verifySignedToken(value: string, secret: string): string | null {
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  // HMAC-SHA256 in standard base64, as Better Auth signs it.
  if (signature.length !== 44 || !signature.endsWith('=')) return null;
  const expected = createHmac('sha256', secret).update(token).digest();
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

export function databaseSessionReader(auth: Auth, db: Database): SessionReader {
  const betterAuth: SessionReader = (headers) => auth.api.getSession({ headers });
  const settings = auth.$context.then((ctx) => ({
    cookieName: ctx.authCookies.sessionToken.name,
    secret: ctx.secret,
    expiresInMs: ctx.sessionConfig.expiresIn * 1000,
    updateAgeMs: ctx.sessionConfig.updateAge * 1000,
    // Where Better Auth reads sessions from somewhere else, it alone can answer.
    delegateAll:
      Boolean(ctx.options.session?.cookieCache?.enabled) || 'secondaryStorage' in ctx.options,
  }));

  return async (headers) => {
    const s = await settings;
    if (s.delegateAll) return betterAuth(headers);
    const value = cookieValue(headers.get('cookie') ?? '', s.cookieName);
    if (!value) return null;
    const token = verifySignedToken(value, s.secret);
    if (!token) return null;
    const found = await findSessionByToken(db, token);
    if (!found) return null;
    const now = Date.now();
    const expiresAt = found.session.expiresAt.getTime();
    const refreshDue = expiresAt - s.expiresInMs + s.updateAgeMs <= now;
    if (expiresAt < now || refreshDue) return betterAuth(headers);
    return found;
  };
}
