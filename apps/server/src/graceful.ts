import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * An HTTP server that can drain: it counts in-flight requests so shutdown can
 * wait for them, and once draining answers new requests (also on kept-alive
 * connections) with 503 before they reach the app, so nothing they ask is done.
 */
export function drainableServer(app: Handler) {
  let inFlight = 0;
  let draining = false;
  let idle: (() => void) | undefined;

  const server: Server = createServer((req, res) => {
    if (draining) {
      res.writeHead(503, {
        connection: 'close',
        'content-type': 'application/json',
        'retry-after': '1',
      });
      res.end(JSON.stringify({ error: 'Server is shutting down' }));
      return;
    }
    inFlight++;
    res.on('close', () => {
      inFlight--;
      if (draining && inFlight === 0) idle?.();
    });
    app(req, res);
  });

  /** Stops accepting, lets in-flight requests finish (up to `timeoutMs`), then closes. */
  async function drain(timeoutMs = 10_000): Promise<{ cutShort: number }> {
    draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    if (inFlight > 0) {
      await Promise.race([
        new Promise<void>((resolve) => {
          idle = resolve;
        }),
        new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref()),
      ]);
    }
    const cutShort = inFlight;
    server.closeAllConnections();
    await closed;
    return { cutShort };
  }

  return { server, drain };
}
