import type http from "node:http";
import type { ApolloServer } from "@apollo/server";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyBodyParser } from "fastify";
import type { GraphQLSchema } from "graphql";
import type { HelmetOptions } from "helmet";
import type { Config } from "../config";
import type { GraphGateway } from "../graph/run";
import type { Logger } from "../logger";
import { possibleTypesOf } from "../schema/possible-types";
import { startApollo } from "./apollo";
import { createContextFactory, type AppContext } from "./context";
import { createHttpServer, type Drain } from "./drain";
import { exploreRoutes } from "./explore.route";
import { exportRoutes } from "./export/export.route";
import { graphqlRoutes } from "./graphql.route";
import { CostAdmission } from "./limits/admission";
import { addSecurityHeaders } from "./security-headers";

export { SANDBOX_VERSION } from "./apollo";
export const BODY_LIMIT_BYTES = 1024 * 1024;

export type ServerParts = {
  app: FastifyInstance;
  httpServer: http.Server;
  apollo: ApolloServer<AppContext>;
  createContext: () => Promise<AppContext>;
  /** Cost-weighted admission of GraphQL operations (see limits/admission.ts). */
  admission: CostAdmission;
  /** Graceful shutdown: `drain.start()` makes new requests close their connection; see main.ts. */
  drain: Drain;
};

type ServerOptions = { config: Config; schema: GraphQLSchema; graph: GraphGateway; logger: Logger };

/**
 * Builds the HTTP app (GraphQL on /graphql and /, /health, /ready, /possible-types.json,
 * /explore, /export) on Fastify, ready to serve but not listening, so tests reuse it: call
 * `httpServer.listen()`. `apollo.stop()` drains and closes the server.
 */
export async function createServer({ config, schema, graph, logger }: ServerOptions): Promise<ServerParts> {
  let drain: Drain | undefined;
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    // Our server (drain.ts): its timeouts and drain; Fastify only routes its requests.
    serverFactory: (handler) => {
      const made = createHttpServer(config.http, handler);
      drain = made.drain;
      return made.server;
    },
    // Paths match as they did under Express: /GraphQL and /graphql/ are /graphql.
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true },
  });
  addSecurityHeaders(app, securityHeaders(config));
  // Apollo answers a POST that is not JSON itself (400 for CSRF-prone types, or a missing body),
  // so other content types reach it unparsed instead of Fastify answering 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "string" }, jsonParser(app));
  app.addContentTypeParser("*", (_request, _payload, done) => done(null, undefined));
  app.setErrorHandler(errorHandler(logger));
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: "Not found. GraphQL is served at /graphql." }));

  const createContext = createContextFactory(graph, undefined, {
    enabled: config.cypherEndpoint,
    database: config.neo4j.database,
    timeoutMs: config.neo4j.queryTimeoutMs,
  });
  const admission = new CostAdmission(config.limits.admission.costBudget, config.limits.admission.queueMs);
  const apollo = await startApollo({ config, schema, logger, drain: drain!, admission });

  app.get("/health", async () => ({ status: "ok" }));
  app.get("/ready", async (_request, reply) => {
    try {
      await graph.ping();
      return { status: "ready" };
    } catch (error) {
      return reply.code(503).send({ status: "unavailable", reason: (error as Error).message });
    }
  });
  // Fragment matching for client caches (Apollo's `possibleTypes`), computed from the served schema.
  const possibleTypes = possibleTypesOf(schema);
  app.get("/possible-types.json", async (_request, reply) =>
    reply.header("access-control-allow-origin", "*").header("cache-control", "public, max-age=300").send(possibleTypes),
  );
  await app.register(exploreRoutes, { prefix: "/explore" });
  exportRoutes(app, graph, createContext, config.limits.cost, (error) => logger.error({ err: error }, "export failed"));
  await graphqlRoutes(app, { apollo, createContext, config });
  await app.ready();

  return { app, httpServer: app.server, apollo, createContext, admission, drain: drain! };
}

/**
 * Security headers for a public, read-only JSON API whose only HTML page is the Sandbox: no CSP
 * (the Sandbox page loads Apollo's script from its CDN), responses readable cross-origin, HSTS in
 * production only (development runs on plain http://localhost).
 */
function securityHeaders(config: Config): HelmetOptions {
  return {
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: "cross-origin" },
    strictTransportSecurity: config.env === "production",
  };
}

/**
 * Fastify's JSON parser, with two habits of the Express one it replaced: an empty body is `{}`
 * (Apollo then says what is missing), and `__proto__` / `constructor.prototype` keys are dropped
 * rather than failing the request.
 */
function jsonParser(app: FastifyInstance): FastifyBodyParser<string> {
  const parse = app.getDefaultJsonParser("remove", "remove");
  return (request, body, done) => (body === "" ? done(null, {}) : parse(request, body, done));
}

/** Body-reading failures become GraphQL-shaped JSON errors; anything unexpected is masked and logged. */
function errorHandler(logger: Logger) {
  return (error: FastifyError, _request: unknown, reply: FastifyReply) => {
    const status = error.statusCode ?? 500;
    const [code, message] =
      error.code === "FST_ERR_CTP_BODY_TOO_LARGE"
        ? ["PAYLOAD_TOO_LARGE", `The request body is larger than ${BODY_LIMIT_BYTES / 2 ** 20}mb.`]
        : error.code === "FST_ERR_CTP_INVALID_JSON_BODY"
          ? ["BAD_REQUEST", "The request body is not valid JSON."]
          : status < 500
            ? ["BAD_REQUEST", "The request could not be read."]
            : ["INTERNAL_SERVER_ERROR", "Unexpected error."];
    if (status >= 500) logger.error({ err: error }, "unexpected error outside GraphQL");
    return reply.code(status < 500 ? status : 500).send({ errors: [{ message, extensions: { code } }] });
  };
}
