import type { Server } from 'node:http';

/**
 * Counts in-flight requests so shutdown can wait for them. Once draining,
 * keep-alive connections are told to close and new requests get 503.
 */
export function gracefulShutdown(server: Server) {
  let inFlight = 0;
  let draining = false;
  let idle: (() => void) | undefined;

  server.on('request', (_req, res) => {
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
  });

  /** Stops accepting, lets in-flight requests finish (up to `timeoutMs`), then closes. */
  return async function drain(timeoutMs = 10_000): Promise<{ cutShort: number }> {
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
  };
}
