import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { fastifyApolloHandler } from "@as-integrations/fastify";
import fastifyCors from "@fastify/cors";
import { Neo4jGraphQL } from "@neo4j/graphql";
import Fastify from "fastify";
import neo4j from "neo4j-driver";
import pino from "pino";
import { loadConfig } from "../src/config";
import { createDriver } from "../src/graph/driver";
import { GraphGateway } from "../src/graph/run";
import { buildAppSchema } from "../src/schema/build-schema";
import { createServer } from "../src/server/create-server";
import { type SystemName } from "./contenders";
import { startFloor } from "./floor";
import { peerTypeDefs } from "./peer";

export { SYSTEMS, type SystemName } from "./contenders";

export type RunningSystem = {
  name: SystemName;
  /** Where to POST: GraphQL endpoint for ours and peer, the base URL for the floor. */
  url: string;
  /** Cypher statements sent since start (ours only: GraphGateway.onQuery). */
  statements(): number;
  close(): Promise<void>;
};

const listen = async (server: http.Server) => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

/** Our API exactly as main.ts builds it, minus seeding and the landing page, logging silenced. */
export async function startOurs(boltUri: string): Promise<RunningSystem> {
  const config = loadConfig({ NEO4J_URI: boltUri, LOG_LEVEL: "silent", NODE_ENV: "production", LANDING_PAGE: "false", QUERY_TIMEOUT_MS: "30000" });
  const driver = createDriver({ uri: boltUri, user: config.neo4j.user, password: config.neo4j.password });
  const gateway = new GraphGateway(driver, { database: config.neo4j.database, timeoutMs: config.neo4j.queryTimeoutMs });
  let statements = 0;
  gateway.onQuery(() => statements++);
  const parts = await createServer({ config, schema: await buildAppSchema(), graph: gateway, logger: pino({ level: "silent" }) });
  const base = await listen(parts.httpServer);
  return {
    name: "ours",
    url: `${base}/graphql`,
    statements: () => statements,
    close: async () => {
      await parts.apollo.stop();
      await driver.close();
    },
  };
}

/** @neo4j/graphql 7 behind the same Apollo Server 5 + Fastify 5 stack as ours. */
export async function startPeer(boltUri: string): Promise<RunningSystem> {
  const driver = neo4j.driver(boltUri, neo4j.auth.basic("neo4j", "activism-graph"), { maxConnectionPoolSize: 50 });
  const schema = await new Neo4jGraphQL({
    typeDefs: peerTypeDefs(),
    driver,
    // String range filters are opt-in in @neo4j/graphql; the timeline needs gte / lte on dates.
    features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } },
  }).getSchema();
  const app = Fastify({ bodyLimit: 1024 * 1024 });
  await app.register(fastifyCors);
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginDrainHttpServer({ httpServer: app.server })] });
  await apollo.start();
  app.route({ url: "/graphql", method: ["GET", "POST", "OPTIONS"], handler: fastifyApolloHandler(apollo, { context: async () => ({}) }) });
  await app.ready();
  const base = await listen(app.server);
  return {
    name: "peer",
    url: `${base}/graphql`,
    statements: () => 0,
    close: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
}

export async function startFloorSystem(boltUri: string): Promise<RunningSystem> {
  const floor = await startFloor(boltUri);
  return { name: "floor", url: floor.url, statements: () => 0, close: floor.close };
}

export function startSystem(name: SystemName, boltUri: string): Promise<RunningSystem> {
  return name === "ours" ? startOurs(boltUri) : name === "peer" ? startPeer(boltUri) : startFloorSystem(boltUri);
}
