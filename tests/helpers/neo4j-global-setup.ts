/**
 * Jest global setup for the integration tests: uses NEO4J_URI when it is set, otherwise starts
 * the local embedded Neo4j (neo4j/, built with Maven on first use) in a throw-away folder on a
 * free port and exports its Bolt URI as NEO4J_URI, which the test workers inherit.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { LOCAL_NEO4J_SETTINGS } from "../../src/graph/connect";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/graph/local-neo4j/index";

export type GlobalNeo4j = { instance: LocalNeo4j; tempDir: string };

/** Where the teardown finds what the setup started (both run in Jest's main process). */
export const GLOBAL_KEY = "__activismGraphLocalNeo4j__";

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    process.stderr.write(`\n[neo4j] using NEO4J_URI=${process.env.NEO4J_URI}\n`);
    return;
  }
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "activism-graph-neo4j-"));
  const started = Date.now();
  let instance: LocalNeo4j;
  try {
    instance = await startLocalNeo4j({
      dataDir: tempDir,
      port: 0,
      heap: process.env.NEO4J_HEAP || undefined,
      pageCache: process.env.NEO4J_PAGECACHE || undefined,
      // As `npm start` does: memory cap and prompt timeout checks (tests check both codes).
      settings: LOCAL_NEO4J_SETTINGS("256m"),
      log: (msg) => process.stderr.write(`[neo4j] ${msg}\n`),
    });
  } catch (error) {
    fs.rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
  process.env.NEO4J_URI = instance.boltUri;
  (globalThis as Record<string, unknown>)[GLOBAL_KEY] = { instance, tempDir } satisfies GlobalNeo4j;
  process.stderr.write(
    `\n[neo4j] local Neo4j ${instance.neo4jVersion} ready at ${instance.boltUri} ` +
      `(pid ${instance.pid}, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
}
