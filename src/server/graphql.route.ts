import type { ApolloServer } from "@apollo/server";
import { fastifyApolloHandler } from "@as-integrations/fastify";
import fastifyCors from "@fastify/cors";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../config";
import { LimitError } from "../errors";
import type { AppContext } from "./context";
import { documentGate } from "./limits/document-gate";
import { checkQueryStringVariables, checkVariables } from "./limits/variables-budget";

type GraphQLRouteOptions = { apollo: ApolloServer<AppContext>; createContext: () => Promise<AppContext>; config: Config };
type GraphQLParams = { query?: unknown; variables?: unknown };

/**
 * GraphQL on /graphql, and on / because the Sandbox page takes its endpoint from its own address.
 * CORS applies here only; the variables budget and the document limits run on the parsed request
 * before Apollo sees it, and a refusal answers 400 in GraphQL's JSON shape.
 */
export async function graphqlRoutes(app: FastifyInstance, { apollo, createContext, config }: GraphQLRouteOptions): Promise<void> {
  const { limits } = config;
  const checkDocument = documentGate({ maxBytes: limits.documentBytes, maxTokens: limits.tokens, maxDepth: limits.depth, maxAliases: limits.aliases });
  const preHandler = async (request: FastifyRequest, reply: FastifyReply) => {
    const params = (request.method === "GET" ? request.query : request.body) as GraphQLParams | undefined;
    // Anything but an object (a batch, a string) is Apollo's to refuse.
    if (!params || typeof params !== "object" || Array.isArray(params)) return;
    try {
      if (request.method === "GET") checkQueryStringVariables(params.variables, limits.variables);
      else checkVariables(params.variables, limits.variables);
      if (typeof params.query === "string") checkDocument(params.query);
    } catch (error) {
      if (!(error instanceof LimitError)) throw error;
      const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
      return reply.code(400).send({ errors: [{ message: error.message, extensions }], extensions: { cost: { requested: null, limit: limits.cost } } });
    }
  };
  const handler = fastifyApolloHandler(apollo, { context: createContext });

  // A scope of its own, so the CORS hooks run on these routes and not on /health or /explore.
  await app.register(async (scope) => {
    // @fastify/cors answers preflights through an OPTIONS route on every path; outside GraphQL's
    // two paths, such a request gets our 404, as it did before. (Only that route is "*", and it
    // is OPTIONS only; `routeOptions` builds an object per read, so other methods skip it.)
    scope.addHook("onRequest", (request, reply, done) => (request.method === "OPTIONS" && request.routeOptions.url === "*" ? reply.callNotFound() : done()));
    // strictPreflight off: an OPTIONS without CORS headers gets 204 too, as the `cors` package did.
    await scope.register(fastifyCors, {
      origin: config.corsOrigins === "*" ? "*" : [...config.corsOrigins],
      methods: "GET,POST,OPTIONS",
      maxAge: 600,
      strictPreflight: false,
    });
    // Every method reaches Apollo, which answers 405 for all but GET and POST.
    for (const url of ["/graphql", "/"]) scope.all(url, { preHandler }, handler);
  });
}
