import type { Driver } from "neo4j-driver";
import type { Config } from "../config";
import { StartupError } from "../startup-error";
import { closeDriver, createDriver, waitForDatabase } from "./driver";
import { startLocalNeo4j, type LocalNeo4j } from "./local-neo4j/index";
import { GraphGateway } from "./run";

export type GraphConnection = {
  gateway: GraphGateway;
  driver: Driver;
  /** The embedded database we started, when NEO4J_URI was unset. */
  local: LocalNeo4j | undefined;
  boltUri: string;
  close(): Promise<void>;
};

/**
 * Only the database can cap a transaction's memory. The gateway sets a timeout on every
 * transaction; checking for expired ones every 100 ms (Neo4j's default is 2 s) makes a timed-out
 * query stop close to its limit.
 */
export const LOCAL_NEO4J_SETTINGS = (transactionMemory: string): Record<string, string> => ({
  "db.memory.transaction.max": transactionMemory,
  "db.transaction.monitor.check.interval": "100ms",
});

export class DatabaseUnreachableError extends StartupError {
  constructor(uri: string, cause: Error, waitedMs: number) {
    super(
      `Cannot reach Neo4j at ${uri} after ${Math.round(waitedMs / 1000)} s (${cause.message.split("\n")[0]}). ` +
        "Check that Neo4j is running and NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD are right, " +
        "or unset NEO4J_URI to run the local embedded Neo4j.",
    );
    this.name = "DatabaseUnreachableError";
  }
}

/**
 * Connects to NEO4J_URI, or builds and starts the local embedded Neo4j when it is unset, and waits
 * (up to NEO4J_CONNECT_RETRY_MS) for the database to answer.
 */
export async function connectGraph(config: Config, log: (message: string) => void): Promise<GraphConnection> {
  let local: LocalNeo4j | undefined;
  let uri: string;
  if (config.neo4j.uri) {
    uri = config.neo4j.uri;
  } else {
    log(`NEO4J_URI is unset: starting the local Neo4j (data in ${config.neo4j.local.dataDir})`);
    local = await startLocalNeo4j({
      dataDir: config.neo4j.local.dataDir,
      port: 0,
      heap: config.neo4j.local.heap,
      pageCache: config.neo4j.local.pageCache,
      startTimeoutMs: config.neo4j.local.startTimeoutMs,
      settings: LOCAL_NEO4J_SETTINGS(config.neo4j.transactionMemory),
      log,
    });
    uri = local.boltUri;
    log(`Local Neo4j ready at ${uri}`);
  }
  const driver = createDriver({
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    maxPoolSize: config.neo4j.pool.maxSize,
    acquisitionTimeoutMs: config.neo4j.pool.acquisitionTimeoutMs,
  });
  const started = Date.now();
  try {
    await waitForDatabase(driver, config.neo4j.database, config.neo4j.connectRetryMs, (error, elapsed) =>
      log(`Waiting for Neo4j at ${uri} (${Math.round(elapsed / 1000)} s): ${error.message.split("\n")[0]}`),
    );
  } catch (error) {
    await closeDriver(driver);
    await local?.stop();
    throw new DatabaseUnreachableError(uri, error as Error, Date.now() - started);
  }
  const gateway = new GraphGateway(driver, { database: config.neo4j.database, timeoutMs: config.neo4j.queryTimeoutMs });
  return {
    gateway,
    driver,
    local,
    boltUri: uri,
    async close() {
      await closeDriver(driver);
      await local?.stop();
    },
  };
}
