import { createHmac } from 'node:crypto';

/** Better Auth's session cookie (no `__Secure-` prefix: the benchmark's origin is http). */
export const SESSION_COOKIE = 'better-auth.session_token';

/**
 * The cookie header a browser holds after signing in: Better Auth's
 * `token.signature` (HMAC-SHA256 with the secret, standard base64), URI-encoded.
 */
export function sessionCookie(token: string, secret: string): string {
  const signature = createHmac('sha256', secret).update(token).digest('base64');
  return `${SESSION_COOKIE}=${encodeURIComponent(`${token}.${signature}`)}`;
}
