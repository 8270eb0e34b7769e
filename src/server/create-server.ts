import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import helmet from "helmet";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../config";
import type { GraphGateway } from "../graph/run";
import type { Logger } from "../logger";
import { possibleTypesOf } from "../schema/possible-types";
import { createContextFactory, type AppContext } from "./context";
import { createFormatError } from "./format-error";
import { exploreRouter } from "./explore.route";
import { exportRouter } from "./export/export.route";
import { documentLimitsMiddleware } from "./limits/document-limits.middleware";
import { CostAdmission } from "./limits/admission";
import { limitsPlugin } from "./limits/limits.plugin";
import { variablesBudgetMiddleware } from "./limits/variables-budget";
import { applyHttpTimeouts, drainingMiddleware, httpServerOptions, type Drain } from "./drain";
import { jitGateway } from "./jit-executor";
import { requestLoggingPlugin } from "./request-logging.plugin";

/** Version of Apollo's embeddable Sandbox, pinned so the landing page does not change under us. */
export const SANDBOX_VERSION = "v2";
export const BODY_LIMIT = "1mb";

const EXAMPLE_DOCUMENT = `# Welcome to Activism Graph. Press Run, then explore the Documentation panel.
query GraphStats {
  stats {
    entityCount
    relationshipCount
    labels { label count }
    relationshipTypes { type count }
  }
}
`;

export type ServerParts = {
  app: express.Express;
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
 * Builds the HTTP app (GraphQL on /graphql and /, /health, /ready) without listening, so tests
 * reuse it. Call `await apollo.start()` before `mountGraphQL`.
 */
export async function createServer({ config, schema, graph, logger }: ServerOptions): Promise<ServerParts> {
  const app = express();
  app.disable("x-powered-by");
  // Express would hash every response body for a weak ETag; POSTed GraphQL answers are never
  // revalidated, and the hashing measured as a visible share of a large answer's CPU time.
  app.set("etag", false);
  app.use(securityHeaders(config));
  const httpServer = http.createServer(httpServerOptions(config.http), app);
  applyHttpTimeouts(httpServer, config.http);
  const drain = drainingMiddleware(httpServer);
  app.use(drain.middleware);
  const createContext = createContextFactory(graph, undefined, {
    enabled: config.cypherEndpoint,
    database: config.neo4j.database,
    timeoutMs: config.neo4j.queryTimeoutMs,
  });
  const admission = new CostAdmission(config.limits.admission.costBudget, config.limits.admission.queueMs);

  const common = {
    introspection: config.introspection,
    // Without introspection, "Did you mean ...?" suggestions would reveal the schema anyway.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: createFormatError(logger),
    plugins: [
      // Our drain (server/drain.ts) instead of Apollo's: it also marks responses `Connection: close`.
      { async serverWillStart() { return { drainServer: () => drain.start(config.http.shutdownTimeoutMs) }; } },
      // We send no cache hints; Apollo's cache-control plugin would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      requestLoggingPlugin(logger),
      limitsPlugin({ costLimit: config.limits.cost, admission, hideSuggestions: !config.introspection }),
      config.landingPage
        ? ApolloServerPluginLandingPageLocalDefault({
            version: SANDBOX_VERSION,
            embed: { runTelemetry: false, endpointIsEditable: false },
            footer: false,
            document: EXAMPLE_DOCUMENT,
          })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  };
  // graphql-jit runs behind Apollo's gateway hook, so everything before execution stays Apollo's.
  const apollo =
    config.executor === "jit"
      ? new ApolloServer<AppContext>({ ...common, gateway: jitGateway(schema, { onFallback: (reason, operationName) => logger.warn({ reason, operationName }, "graphql-jit could not compile a document; it runs on graphql-js") }) })
      : new ApolloServer<AppContext>({ ...common, schema });
  await apollo.start();

  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/ready", async (_req, res) => {
    try {
      await graph.ping();
      res.json({ status: "ready" });
    } catch (error) {
      res.status(503).json({ status: "unavailable", reason: (error as Error).message });
    }
  });

  // Fragment matching for client caches (Apollo's `possibleTypes`), computed from the served schema.
  const possibleTypes = possibleTypesOf(schema);
  app.get("/possible-types.json", cors({ origin: "*", maxAge: 600 }), (_req, res) => {
    res.set("cache-control", "public, max-age=300").json(possibleTypes);
  });

  const { limits } = config;
  const graphql = [
    cors<cors.CorsRequest>({ origin: config.corsOrigins === "*" ? "*" : [...config.corsOrigins], methods: ["GET", "POST", "OPTIONS"], maxAge: 600 }),
    express.json({ limit: BODY_LIMIT }),
    bodyPresent,
    variablesBudgetMiddleware(limits.variables, limits.cost),
    documentLimitsMiddleware(
      { maxBytes: limits.documentBytes, maxTokens: limits.tokens, maxDepth: limits.depth, maxAliases: limits.aliases },
      limits.cost,
    ),
    expressMiddleware(apollo, { context: createContext }),
  ];
  app.use("/explore", exploreRouter());
  app.use("/export", exportRouter(graph, createContext, limits.cost, (error) => logger.error({ err: error }, "export failed")));
  // The Sandbox page takes its endpoint from the page address, so "/" serves GraphQL as well.
  app.use("/graphql", ...graphql);
  app.use("/", (req, res, next) => (req.path === "/" ? next() : res.status(404).json({ error: "Not found. GraphQL is served at /graphql." })), ...graphql);
  app.use(bodyErrorHandler);

  return { app, httpServer, apollo, createContext, admission, drain };
}

/**
 * Security headers for a public, read-only JSON API whose only HTML page is the Sandbox: no CSP
 * (the Sandbox page loads Apollo's script from its CDN), responses readable cross-origin, HSTS in
 * production only (development runs on plain http://localhost).
 */
function securityHeaders(config: Config): RequestHandler {
  return helmet({
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: "cross-origin" },
    strictTransportSecurity: config.env === "production",
  });
}

/**
 * Apollo's Express integration answers 500 when no body parser ran (a POST that is not JSON);
 * an explicit empty body lets Apollo answer such requests itself, with 400 or 415.
 */
const bodyPresent: RequestHandler = (req, _res, next) => {
  if (!("body" in req)) (req as { body?: unknown }).body = undefined;
  next();
};

/** Body-parser failures become GraphQL-shaped JSON errors instead of Express's HTML page. */
const bodyErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const type = (error as { type?: string }).type;
  const status = (error as { status?: number }).status ?? 500;
  const [code, message] =
    type === "entity.too.large"
      ? ["PAYLOAD_TOO_LARGE", `The request body is larger than ${BODY_LIMIT}.`]
      : type === "entity.parse.failed"
        ? ["BAD_REQUEST", "The request body is not valid JSON."]
        : status < 500
          ? ["BAD_REQUEST", "The request could not be read."]
          : ["INTERNAL_SERVER_ERROR", "Unexpected error."];
  res.status(status < 500 ? status : 500).json({ errors: [{ message, extensions: { code } }] });
};
