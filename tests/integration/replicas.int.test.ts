import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import net from "node:net";
import path from "node:path";
import { cypher } from "../../src/graph/run";
import { seedGraph } from "../../src/seed/seed";
import { connectTestDb, type TestDb } from "../helpers/test-db";

const ROOT = path.resolve(__dirname, "../..");

/** Three API processes started at once over one empty Neo4j (issue 13, section 3). */
describe("replicas starting together", () => {
  let db: TestDb;
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
    db = connectTestDb({ timeoutMs: 60_000 });
  }, 300_000);
  afterAll(() => db.close());

  /** Empties the database completely: data, constraints and indexes, as a fresh Neo4j has it. */
  async function emptyDatabase() {
    await db.graph.write(cypher<never>("test reset", "MATCH (n) DETACH DELETE n"));
    for (const { name } of await db.graph.read(cypher<{ name: string }>("constraints", "SHOW CONSTRAINTS YIELD name RETURN name"))) {
      await db.graph.write(cypher<never>("drop constraint", `DROP CONSTRAINT \`${name}\``));
    }
    for (const { name } of await db.graph.read(cypher<{ name: string }>("indexes", "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"))) {
      await db.graph.write(cypher<never>("drop index", `DROP INDEX \`${name}\``));
    }
  }

  /** Counts and a hash of every node's and relationship's properties, in a stable order. */
  async function fingerprint() {
    // An event and its timeline entry share an id: the second key makes the order, and so the hash, total.
    const nodes = await db.graph.read(
      cypher<{ row: unknown }>("nodes", "MATCH (n) WHERE NOT n:SeedInfo RETURN [labels(n), properties(n)] AS row ORDER BY n.id, n:TimelineEntry"),
    );
    const rels = await db.graph.read(
      cypher<{ row: unknown }>("rels", "MATCH (a)-[r]->(b) RETURN [a.id, type(r), b.id, properties(r)] AS row ORDER BY r.key"),
    );
    const hash = crypto.createHash("sha256").update(JSON.stringify([nodes, rels])).digest("hex");
    return { nodes: nodes.length, relationships: rels.length, hash };
  }

  const freePort = () =>
    new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });

  it("all come up, the graph equals one seed, and no process logs an error", async () => {
    await emptyDatabase();
    const processes: Array<{ child: ChildProcess; lines: string[]; ready: Promise<number | "ready"> }> = [];
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      const child = spawn(process.execPath, ["dist/src/main.js"], {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: process.env.NEO4J_URI, PORT: String(port), NODE_ENV: "production", LOG_LEVEL: "info", SEED_ON_START: "true" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      const lines: string[] = [];
      const ready = new Promise<number | "ready">((resolve) => {
        let buffer = "";
        const take = (chunk: Buffer) => {
          buffer += chunk.toString();
          const parts = buffer.split("\n");
          buffer = parts.pop()!;
          for (const line of parts) {
            lines.push(line);
            if (/Activism Graph ready at/.test(line)) resolve("ready");
          }
        };
        child.stdout!.on("data", take);
        child.stderr!.on("data", take);
        child.on("exit", (code) => resolve(code ?? -1));
      });
      processes.push({ child, lines, ready });
    }
    try {
      const outcomes = await Promise.all(processes.map((p) => p.ready));
      expect({ outcomes, logs: outcomes.every((o) => o === "ready") ? [] : processes.map((p) => p.lines) }).toEqual({ outcomes: ["ready", "ready", "ready"], logs: [] });
      const levels = processes.flatMap((p) => p.lines.map((line) => (JSON.parse(line) as { level: number; msg: string })));
      expect(levels.filter((entry) => entry.level >= 50)).toEqual([]);
      expect(levels.filter((entry) => entry.msg === "seeded the graph from seed/data")).toHaveLength(1);
      const afterReplicas = await fingerprint();

      await emptyDatabase();
      await seedGraph(db.graph, { timeoutMs: 120_000 });
      expect(await fingerprint()).toEqual(afterReplicas);
      expect(afterReplicas.nodes).toBeGreaterThan(0);
    } finally {
      const exits = processes.map((p) => new Promise((resolve) => (p.child.exitCode !== null ? resolve(p.child.exitCode) : p.child.on("exit", resolve))));
      for (const p of processes) p.child.kill("SIGTERM");
      await Promise.all(exits);
    }
  }, 300_000);
});
