import { createHmac, timingSafeEqual } from 'node:crypto';
import { SESSION_COOKIE } from '../cookies';

/** The session token of a correctly signed Better Auth cookie, or null. */
export function tokenFromCookie(header: string | undefined, secret: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== SESSION_COOKIE) continue;
    const value = decodeURIComponent(rest.join('='));
    const dot = value.lastIndexOf('.');
    if (dot < 1) return null;
    const token = value.slice(0, dot);
    const signature = Buffer.from(value.slice(dot + 1), 'base64');
    const expected = createHmac('sha256', secret).update(token).digest();
    return signature.length === expected.length && timingSafeEqual(signature, expected)
      ? token
      : null;
  }
  return null;
}
