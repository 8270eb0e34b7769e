import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { connectGraph, DatabaseUnreachableError, LOCAL_NEO4J_SETTINGS } from "../../src/graph/connect";
import { createDriver } from "../../src/graph/driver";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/graph/local-neo4j/index";
import { GraphGateway } from "../../src/graph/run";
import { loadSample } from "../helpers/test-db";
import { postGraphQL, startTestServer, type TestServer } from "../helpers/test-server";

/** Stops and restarts a Neo4j of its own under a running API: the API must fail fast and recover alone. */
describe("Neo4j outage", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-outage-"));
  let neo4j: LocalNeo4j | undefined;
  let port: number;
  const start = async () => (neo4j = await startLocalNeo4j({ dataDir, port, settings: LOCAL_NEO4J_SETTINGS("256m") }));
  const stop = async () => {
    await neo4j?.stop();
    neo4j = undefined;
  };

  beforeAll(async () => {
    port = 0;
    await start();
    port = neo4j!.port;
  });
  afterAll(async () => {
    await stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers SERVICE_UNAVAILABLE fast while Neo4j is down, turns /ready 503, and recovers without a restart", async () => {
    const driver = createDriver({ uri: `bolt://127.0.0.1:${port}`, user: "neo4j", password: "x" });
    const graph = new GraphGateway(driver, { database: "neo4j", timeoutMs: 5000 });
    await loadSample(graph);
    const server: TestServer = await startTestServer(graph);
    const stats = "{ stats { entityCount } }";
    try {
      expect((await postGraphQL(server.url, stats)).body.data.stats.entityCount).toBe(7);

      await stop();
      const started = Date.now();
      const down = await postGraphQL(server.url, stats);
      const failedAfterMs = Date.now() - started;
      expect(down.body.errors?.[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
      expect(down.body.errors?.[0].message).toBe("The graph database is unavailable; try again shortly.");
      // Not a benchmark: it must not hang on the dead database (the soak script measures the real figure).
      expect(failedAfterMs).toBeLessThan(5000);
      expect((await fetch(`${server.url}/ready`)).status).toBe(503);
      expect((await fetch(`${server.url}/health`)).status).toBe(200);

      await start();
      let recovered: unknown;
      for (let attempt = 0; attempt < 30 && recovered === undefined; attempt++) {
        const { body } = await postGraphQL(server.url, stats);
        if (body.data?.stats) recovered = body.data.stats.entityCount;
        else await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(recovered).toBe(7);
      expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    } finally {
      await server.close();
      await driver.close();
    }
  });

  it("waits at start-up for a database that comes up late, logging why it waits", async () => {
    await stop();
    const lines: string[] = [];
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_CONNECT_RETRY_MS: "60000" });
    const connecting = connectGraph(config, (line) => lines.push(line));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await start();
    const connection = await connecting;
    try {
      await expect(connection.gateway.ping()).resolves.toBeUndefined();
      expect(lines.some((line) => line.startsWith(`Waiting for Neo4j at bolt://127.0.0.1:${port}`))).toBe(true);
    } finally {
      await connection.close();
    }
  });

  it("gives up after NEO4J_CONNECT_RETRY_MS with an actionable message", async () => {
    const config = loadConfig({ NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_CONNECT_RETRY_MS: "1000" });
    const attempt = connectGraph(config, () => undefined);
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnreachableError);
    await expect(attempt).rejects.toThrow(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 .*unset NEO4J_URI to run the local embedded Neo4j/);
  });
});
