import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

type Middleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
) => void;

/**
 * Headers on every answer: scripts only from the app's own origin (no inline
 * script), no framing, no MIME sniffing, a referrer that stops at the origin,
 * and HSTS only when the app is served over https (it would otherwise pin
 * browsers to an https that is not there).
 */
function securityHeaders({ https }: { https: boolean }): Middleware {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Radix and sonner set inline styles; styles cannot run code.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Avatars are http(s) links to anywhere.
        imgSrc: ["'self'", 'data:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  }) as Middleware;
}

/**
 * The same headers as a flat name, value, ... list, worked out once: they are
 * the same on every answer, and helmet's middleware set them one by one on
 * each (about 10 µs a request).
 */
export function securityHeaderList({ https }: { https: boolean }): string[] {
  const list: string[] = [];
  const recorder = {
    setHeader: (name: string, value: unknown) => list.push(name.toLowerCase(), String(value)),
    removeHeader: () => {},
  };
  securityHeaders({ https })(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    () => {},
  );
  return list;
}

/**
 * A state-changing API call from a page of another origin: its Origin is
 * neither a trusted one nor the host the request was sent to. Browsers send
 * Origin with every POST; a request without one comes from a non-browser
 * client, which holds no victim's cookies. Defence in depth: JSON bodies
 * already need a CORS preflight.
 */
export function isCrossOriginWrite(req: IncomingMessage, allowedOrigins: string[]): boolean {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return false;
  const origin = req.headers.origin;
  if (origin === undefined || allowedOrigins.includes(origin)) return false;
  return hostOf(origin) !== req.headers.host;
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
