import fs from "node:fs";
import neo4j from "neo4j-driver";
import { startLocalNeo4j } from "../src/graph/local-neo4j/index";
import { cpuMs } from "./proc";

/**
 * Why the gateway runs reads as auto-commit transactions (not part of `npm run bench`): the same
 * one-row lookup through the driver's three ways of running a read, 16 at a time, with the CPU
 * time each costs in this process and in Neo4j (from /proc). Reuses a probe folder's data when
 * given one (see probe.ts); any database works, the lookup may find nothing.
 * `node dist/bench/driver-calls.js [dataDir] [seconds]`
 */
async function main(): Promise<void> {
  const [dataDir = fs.mkdtempSync("/tmp/driver-calls-"), seconds = "4"] = process.argv.slice(2);
  const neo = await startLocalNeo4j({ dataDir, heap: "1g", pageCache: "512m", log: () => undefined });
  const driver = neo4j.driver(neo.boltUri, neo4j.auth.basic("neo4j", "x"), { maxConnectionPoolSize: 50 });
  const text = "MATCH (n:Entity {id: $id}) RETURN n.id AS id, n.name AS name";
  const params = { id: "movement:metoo" };
  const session = () => driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
  const ways: Record<string, () => Promise<unknown>> = {
    "driver.executeQuery (managed transaction, bookmarks)": () => driver.executeQuery(text, params, { database: "neo4j", routing: neo4j.routing.READ }),
    "session.executeRead (managed transaction)": async () => {
      const s = session();
      try {
        return await s.executeRead((tx) => tx.run(text, params), { timeout: 5000 });
      } finally {
        await s.close();
      }
    },
    "session.run (auto-commit, as the gateway)": async () => {
      const s = session();
      try {
        return await s.run(text, params, { timeout: 5000, metadata: { query: "lookup" } });
      } finally {
        await s.close();
      }
    },
  };
  try {
    // Two rounds: the first warms the JVM and V8 up; the second is printed.
    for (const round of [0, 1]) {
      for (const [name, run] of Object.entries(ways)) {
        const ms = Number(seconds) * 1000;
        const before = [cpuMs(process.pid), cpuMs(neo.pid)];
        let done = 0;
        const end = Date.now() + ms;
        await Promise.all(Array.from({ length: 16 }, async () => { for (; Date.now() < end; done++) await run(); }));
        if (round === 1) {
          const [node, java] = [cpuMs(process.pid) - before[0], cpuMs(neo.pid) - before[1]].map((t) => (t / done).toFixed(3));
          console.log(`${name.padEnd(54)} ${Math.round((done * 1000) / ms).toString().padStart(6)} reads/s  cpu/read: node ${node} ms, neo4j ${java} ms`);
        }
      }
    }
  } finally {
    await driver.close();
    await neo.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
