import type { Driver } from "neo4j-driver";
import { createDriver } from "../../src/graph/driver";
import { cypher, GraphGateway } from "../../src/graph/run";
import { seedGraph } from "../../src/seed/seed";
import { SAMPLE_DATA_DIR } from "./sample-data";

export type TestDb = { driver: Driver; graph: GraphGateway; close(): Promise<void> };

/** Connects to the Neo4j started by the global setup (or NEO4J_URI). */
export function connectTestDb(options: { timeoutMs?: number } = {}): TestDb {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error("NEO4J_URI is not set: integration tests need the jest global setup");
  const driver = createDriver({ uri, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "activism-graph" });
  const graph = new GraphGateway(driver, { database: process.env.NEO4J_DATABASE ?? "neo4j", timeoutMs: options.timeoutMs ?? 5000 });
  return { driver, graph, close: () => driver.close() };
}

/** Empties the database (nodes, relationships; constraints and indexes stay). */
export async function resetDb(graph: GraphGateway): Promise<void> {
  await graph.write(cypher<never>("test reset", "MATCH (n) DETACH DELETE n"));
}

export async function loadSample(graph: GraphGateway): Promise<void> {
  await seedGraph(graph, { dataDir: SAMPLE_DATA_DIR });
}
