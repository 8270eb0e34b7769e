/** Jest global teardown: stops the local Neo4j that the global setup started and removes its folder. */
import * as fs from "node:fs";
import { GLOBAL_KEY, type GlobalNeo4j } from "./neo4j-global-setup";

export default async function globalTeardown(): Promise<void> {
  const store = globalThis as Record<string, unknown>;
  const started = store[GLOBAL_KEY] as GlobalNeo4j | undefined;
  if (!started) return;
  delete store[GLOBAL_KEY];
  try {
    await started.instance.stop();
  } finally {
    fs.rmSync(started.tempDir, { recursive: true, force: true });
  }
  // The URI pointed at the instance that is now gone.
  if (process.env.NEO4J_URI === started.instance.boltUri) delete process.env.NEO4J_URI;
}
