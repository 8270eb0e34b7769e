// Measures the local Neo4j: start time (spawn -> ready line), RSS idle and after some queries,
// stop time. Run through measure.sh, which compiles src/graph/local-neo4j/ first.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const neo4j = require(path.resolve(__dirname, "../../node_modules/neo4j-driver"));
const { startLocalNeo4j, ensureLauncherBuilt } = require(process.env.LN4J_MODULE);

const rssMiB = (pid) =>
  Math.round(Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

(async () => {
  const runs = Number(process.env.RUNS ?? 3);
  const heap = process.env.NEO4J_HEAP || undefined;
  const pageCache = process.env.NEO4J_PAGECACHE || undefined;
  const log = (m) => console.error(m);
  let t = Date.now();
  const build = await ensureLauncherBuilt({ log });
  console.log(`ensureLauncherBuilt: ${build.built ? "built" : "up to date"} in ${Date.now() - t} ms`);
  for (let i = 1; i <= runs; i++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ln4j-measure-"));
    t = Date.now();
    const db = await startLocalNeo4j({ dataDir, port: 0, heap, pageCache, log });
    const startMs = Date.now() - t;
    await sleep(2000);
    const idle = rssMiB(db.pid);
    const driver = neo4j.driver(db.boltUri, neo4j.auth.basic("neo4j", "x"));
    const q0 = Date.now();
    await driver.executeQuery("UNWIND range(1, 20000) AS i CREATE (:Item {id: i, name: 'item ' + i})");
    await driver.executeQuery("CREATE INDEX item_id IF NOT EXISTS FOR (n:Item) ON (n.id)");
    await driver.executeQuery("CALL db.awaitIndexes()");
    await driver.executeQuery("MATCH (a:Item), (b:Item) WHERE b.id = a.id + 1 AND a.id <= 20000 CREATE (a)-[:NEXT]->(b)");
    for (let k = 0; k < 50; k++) {
      await driver.executeQuery("MATCH (n:Item {id: $id})-[:NEXT*1..5]->(m) RETURN count(m) AS c", { id: neo4j.int(k * 100 + 1) });
    }
    await driver.executeQuery("MATCH (n:Item) RETURN n.name AS name ORDER BY name DESC LIMIT 10");
    const queryMs = Date.now() - q0;
    await driver.close();
    const busy = rssMiB(db.pid);
    t = Date.now();
    await db.stop();
    const stopMs = Date.now() - t;
    fs.rmSync(dataDir, { recursive: true, force: true });
    console.log(
      `run ${i}: start ${startMs} ms, RSS idle ${idle} MiB, RSS after queries ${busy} MiB ` +
        `(20k nodes + 20k rels + 52 reads in ${queryMs} ms), stop ${stopMs} ms`,
    );
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
