/**
 * The Neo4j the integration tests run against (NEO4J_URI, set by the global setup), and the local
 * embedded launcher itself: a second instance on port 0, and that stop() leaves no process.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/graph/local-neo4j/index";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function driverFor(uri: string): Driver {
  // Auth is off on the local instance; it accepts any credentials.
  return neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? "activism-graph"),
  );
}

describe("Neo4j for the integration tests", () => {
  const uri = process.env.NEO4J_URI;
  let driver: Driver;

  beforeAll(() => {
    if (!uri) throw new Error("NEO4J_URI is not set: the jest global setup did not run");
    driver = driverFor(uri);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it("answers RETURN 1", async () => {
    const result = await driver.executeQuery("RETURN 1 AS one", {}, { database: process.env.NEO4J_DATABASE ?? "neo4j" });
    expect(result.records[0]?.get("one").toNumber()).toBe(1);
  });

  it("is Neo4j 5.26.x", async () => {
    const result = await driver.executeQuery("CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition");
    const kernel = result.records.find((r) => r.get("name") === "Neo4j Kernel");
    expect(kernel).toBeDefined();
    const versions = kernel?.get("versions") as string[];
    expect(versions[0]).toMatch(/^5\.26\.\d+/);
  });
});

describe("local embedded Neo4j launcher", () => {
  let dataDir: string;
  let second: LocalNeo4j | undefined;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "activism-graph-neo4j-second-"));
  });
  afterAll(async () => {
    await second?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("starts a second instance on another free port, and stop() leaves no process", async () => {
    second = await startLocalNeo4j({
      dataDir,
      port: 0,
      heap: "256m",
      pageCache: "32m",
      settings: { "db.transaction.timeout": "30s", "db.memory.transaction.max": "64m" },
    });
    expect(second.boltUri).toBe(`bolt://127.0.0.1:${second.port}`);
    expect(second.port).toBeGreaterThan(0);
    if (process.env.NEO4J_URI) {
      const first = new URL(process.env.NEO4J_URI.replace(/^[a-z0-9+]+:/i, "http:"));
      if (["127.0.0.1", "localhost"].includes(first.hostname)) {
        expect(String(second.port)).not.toBe(first.port);
      }
    }
    expect(second.neo4jVersion).toMatch(/^5\.26\./);
    expect(isAlive(second.pid)).toBe(true);

    const driver = driverFor(second.boltUri);
    try {
      const result = await driver.executeQuery(
        "SHOW SETTINGS YIELD name, value WHERE name IN ['db.transaction.timeout', 'db.memory.transaction.max', 'dbms.security.auth_enabled'] RETURN name, value",
      );
      const settings = Object.fromEntries(result.records.map((r) => [r.get("name"), r.get("value")]));
      expect(settings).toEqual({
        "db.transaction.timeout": "30s",
        "db.memory.transaction.max": "64.00MiB",
        "dbms.security.auth_enabled": "false",
      });
    } finally {
      await driver.close();
    }

    const pid = second.pid;
    await second.stop();
    expect(isAlive(pid)).toBe(false);
    expect(() => process.kill(pid, 0)).toThrow();
    await second.stop(); // idempotent
    second = undefined;
  });

  it("reports Neo4j's own error when a setting is invalid", async () => {
    const badDir = fs.mkdtempSync(path.join(os.tmpdir(), "activism-graph-neo4j-bad-"));
    try {
      await expect(
        startLocalNeo4j({ dataDir: badDir, port: 0, heap: "256m", pageCache: "16m", settings: { "db.no_such_setting": "1" } }),
      ).rejects.toThrow(/Local Neo4j failed to start: java exited with code 1[\s\S]*db\.no_such_setting/);
    } finally {
      fs.rmSync(badDir, { recursive: true, force: true });
    }
  });
});
