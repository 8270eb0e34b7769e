import type http from "node:http";
import type { RequestHandler } from "express";
import type { Config } from "../config";

/** Server timeouts set on purpose: a slow body or slow headers cannot hold a connection open. */
export function httpServerOptions(settings: Config["http"]): http.ServerOptions {
  return {
    requestTimeout: settings.requestTimeoutMs,
    headersTimeout: settings.headersTimeoutMs,
    keepAliveTimeout: settings.keepAliveTimeoutMs,
    // Node checks the two timeouts above on this interval (30 s by default): check every second.
    connectionsCheckingInterval: 1000,
  };
}

export function applyHttpTimeouts(server: http.Server, settings: Config["http"]): void {
  server.maxConnections = settings.maxConnections;
}

export type Drain = {
  middleware: RequestHandler;
  readonly draining: boolean;
  /**
   * Stops accepting connections, closes idle keep-alive sockets, lets in-flight requests finish
   * (their responses, and any request arriving meanwhile on an open connection, carry
   * `Connection: close`), and resolves when every connection is gone or after `timeoutMs`, when
   * the rest are cut.
   */
  start(timeoutMs: number): Promise<void>;
};

export function drainingMiddleware(server: http.Server): Drain {
  let draining = false;
  let closed: Promise<void> | undefined;
  const middleware: RequestHandler = (_req, res, next) => {
    // Decide when the headers are written, so a request already running when the drain starts
    // also tells its client to reconnect elsewhere instead of reusing a socket about to close.
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: unknown[]) {
      if (draining && !res.headersSent) res.setHeader("connection", "close");
      return (writeHead as (...a: unknown[]) => typeof res).apply(this, args);
    } as typeof res.writeHead;
    next();
  };
  return {
    middleware,
    get draining() {
      return draining;
    },
    start(timeoutMs) {
      draining = true;
      closed ??= new Promise<void>((resolve) => {
        const sweep = setInterval(() => server.closeIdleConnections(), 100);
        const timer = setTimeout(() => {
          server.closeAllConnections();
          finish();
        }, timeoutMs);
        const finish = () => {
          clearInterval(sweep);
          clearTimeout(timer);
          resolve();
        };
        server.close(() => finish());
        server.closeIdleConnections();
      });
      return closed;
    },
  };
}
