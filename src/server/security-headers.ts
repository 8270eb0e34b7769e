import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";

/**
 * The headers helmet sets for `options`, computed once by running helmet against a recording
 * response. Without a Content-Security-Policy (whose directives may be per-request functions or
 * nonces) they are the same for every response, so there is no reason to run helmet's middlewares
 * per request, which @fastify/helmet did (rebuilding them each time: perf put it at 6% of our API's CPU
 * on `{ __typename }` and 3% on the benchmark's Q3).
 */
export function helmetHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  if (options.contentSecurityPolicy !== false) throw new Error("helmetHeaders: a Content-Security-Policy may differ per request");
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/** Every response of `app` (routes, 404s, errors, static files) carries helmet's headers for `options`. */
export function addSecurityHeaders(app: FastifyInstance, options: Readonly<HelmetOptions>): void {
  const headers = helmetHeaders(options);
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
