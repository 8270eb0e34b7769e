import http from "node:http";
import type { Config } from "../config";

export type Drain = {
  readonly draining: boolean;
  /**
   * Stops accepting connections, closes idle keep-alive sockets, lets in-flight requests finish
   * (their responses, and any request arriving meanwhile on an open connection, carry
   * `Connection: close`), and resolves when every connection is gone or after `timeoutMs`, when
   * the rest are cut.
   */
  start(timeoutMs: number): Promise<void>;
};

/**
 * The HTTP server with its timeouts set on purpose (a slow body or slow headers cannot hold a
 * connection open) and its graceful drain. `handler` is the framework's request listener.
 */
export function createHttpServer(settings: Config["http"], handler: http.RequestListener): { server: http.Server; drain: Drain } {
  let draining = false;
  // Decided when the headers are written, so a request already running when the drain starts also
  // tells its client to reconnect elsewhere. A response class, not a per-request wrapper: nothing
  // is allocated per request. Node calls writeHead for implicit headers too.
  class DrainAwareResponse extends http.ServerResponse {}
  const writeHead = http.ServerResponse.prototype.writeHead;
  DrainAwareResponse.prototype.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    if (draining && !this.headersSent) this.setHeader("connection", "close");
    return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, args);
  } as typeof writeHead;

  const server = http.createServer(
    {
      requestTimeout: settings.requestTimeoutMs,
      headersTimeout: settings.headersTimeoutMs,
      keepAliveTimeout: settings.keepAliveTimeoutMs,
      // Node checks the two timeouts above on this interval (30 s by default): check every second.
      connectionsCheckingInterval: 1000,
      ServerResponse: DrainAwareResponse,
    },
    handler,
  );
  server.maxConnections = settings.maxConnections;

  let closed: Promise<void> | undefined;
  const drain: Drain = {
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
  return { server, drain };
}
