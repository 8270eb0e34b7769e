import "reflect-metadata";
import { ConfigError, loadConfig, type Config } from "./config";
import { connectGraph, type GraphConnection } from "./graph/connect";
import { QueryTimeoutError } from "./errors";
import { createLogger, type Logger } from "./logger";
import { buildAppSchema } from "./schema/build-schema";
import { createServer, type ServerParts } from "./server/create-server";
import { isOperatorFixable, StartupError } from "./startup-error";
import { seedWithLock } from "./seed/seed-lock";

/** Entry point: config -> database -> seed if needed -> server -> listen; closes everything on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) return fail(createLogger("info"), error.message, error);
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let graph: GraphConnection | undefined;
  let server: ServerParts | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const { shutdownTimeoutMs } = config.http;
    logger.info({ signal, shutdownTimeoutMs }, "shutting down: draining requests, closing the database");
    // Whatever happens below, the process ends within the bound (plus a moment to close the driver).
    setTimeout(() => {
      logger.warn({ shutdownTimeoutMs }, "shutdown took too long; exiting");
      process.exit(1);
    }, shutdownTimeoutMs + 2000).unref();
    // Apollo's stop runs the drain (server/drain.ts) before it stops.
    await server?.apollo.stop().catch((error) => logger.error({ err: error }, "error while stopping the server"));
    await graph?.close().catch((error) => logger.error({ err: error }, "error while closing the database"));
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));

  try {
    graph = await connectGraph(config, (message) => logger.info(message));
    if (config.seedOnStart) await seedIfNeeded(graph, config, logger);
    server = await createServer({ config, schema: await buildAppSchema(), graph: graph.gateway, logger });
    await listen(server, config);
    logger.info(`Activism Graph ready at http://${displayHost(config.host)}:${config.port}/ (GraphQL at /graphql)`);
  } catch (error) {
    await graph?.close().catch(() => undefined);
    if (isOperatorFixable(error)) return fail(logger, error.message, error as Error);
    logger.fatal({ err: error }, "start-up failed");
    process.exit(1);
  }
}

async function seedIfNeeded(graph: GraphConnection, config: Config, logger: Logger): Promise<void> {
  const outcome = await seedWithLock(graph.gateway, {
    onlyIfChanged: true,
    timeoutMs: config.neo4j.seedTimeoutMs,
    onWait: (holder) => logger.info({ holder }, "another process is seeding the graph; waiting for it"),
  }).catch((error: unknown) => {
    // The gateway's message speaks to a client ("ask for less"); at start-up the operator needs this one.
    throw error instanceof QueryTimeoutError ? new SeedTimeoutError(config.neo4j.seedTimeoutMs) : error;
  });
  const total = Object.values(outcome.counts.labels).reduce((a, b) => a + b, 0);
  logger.info({ dataset: outcome.hash, entities: total }, outcome.skipped ? "graph is up to date with seed/data" : "seeded the graph from seed/data");
}

function listen({ httpServer }: ServerParts, config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    httpServer.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") reject(new PortInUseError(config.port));
      else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") reject(new PortInUseError(config.port, `HOST ${config.host} is not an address of this machine`));
      else reject(error);
    });
    httpServer.listen(config.port, config.host, () => resolve());
  });
}

class SeedTimeoutError extends StartupError {
  constructor(timeoutMs: number) {
    super(`Seeding the graph took longer than ${timeoutMs} ms (SEED_TIMEOUT_MS) and was stopped; nothing was half-written. Neo4j is slow or overloaded: raise SEED_TIMEOUT_MS or give it more CPU and memory.`);
    this.name = "SeedTimeoutError";
  }
}

class PortInUseError extends StartupError {
  constructor(port: number, reason = `port ${port} is already in use`) {
    super(`Cannot listen: ${reason}. Stop the other process or set PORT (and HOST) to something free, e.g. PORT=4001 npm start.`);
    this.name = "PortInUseError";
  }
}

function displayHost(host: string): string {
  return host === "0.0.0.0" || host === "::" || host === "127.0.0.1" ? "localhost" : host;
}

/** Start-up failures are JSON lines like every other log line, with the actionable message. */
function fail(logger: Logger, message: string, error: Error): never {
  logger.fatal({ error: error.name }, `Activism Graph could not start. ${message}`);
  logger.flush?.();
  process.exit(1);
}

void main();
