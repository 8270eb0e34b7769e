import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { seedGraph } from "../../src/seed/seed";
import { cypher } from "../../src/graph/run";
import { gql, type GqlResult } from "../helpers/gql";
import { connectTestDb, resetDb, type TestDb } from "../helpers/test-db";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { MAX_CYPHER_ROWS, MAX_STATEMENT_LENGTH } from "../../src/bounds";

const CYPHER = /* GraphQL */ `
  query Run($statement: String!, $parameters: JSON) {
    cypher(statement: $statement, parameters: $parameters) { columns rows rowCount truncated }
  }
`;

/** Every node and relationship with labels and properties, hashed: any write changes it. */
async function contentHash(db: TestDb): Promise<string> {
  const [row] = await db.graph.read(
    cypher<{ nodes: unknown[]; rels: unknown[]; schema: unknown[] }>(
      "test content hash",
      /* cypher */ `
      CALL () { MATCH (n) WITH n ORDER BY n.id, elementId(n) RETURN collect([labels(n), properties(n)]) AS nodes }
      CALL () { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY r.key, elementId(r) RETURN collect([a.id, type(r), b.id, properties(r)]) AS rels }
      RETURN nodes, rels, [] AS schema`,
    ),
  );
  const [schema] = await db.graph.read(
    cypher<{ names: string[] }>("test schema names", "SHOW INDEXES YIELD name RETURN collect(name) AS names"),
  );
  return createHash("sha256").update(JSON.stringify([row, schema.names.sort()])).digest("hex");
}

type Outcome = { code: string; reason?: string | string[] };
const refused = (reason: string | string[]): Outcome => ({ code: "CYPHER_REFUSED", reason });
const invalid: Outcome = { code: "CYPHER_INVALID" };
const WRITE = refused("WRITE");
const timeout: Outcome = { code: "QUERY_TIMEOUT" };
const exhausted = (...codes: string[]): Outcome => ({ code: codes.join("|") });

let ssrfHits = 0;
let ssrfUrl = "";

/** [label, statement, parameters, outcome]. `$SSRF` is replaced by a URL of a listener that counts hits. */
const HOSTILE: [string, string, Record<string, unknown> | unknown[] | null, Outcome][] = [
  // Every write form
  ["CREATE", "CREATE (n:Actor {id: 'actor:intruder', name: 'x'}) RETURN n", null, WRITE],
  ["MERGE", "MERGE (n:Actor {id: 'actor:intruder'}) RETURN n", null, WRITE],
  ["DETACH DELETE", "MATCH (n) DETACH DELETE n", null, WRITE],
  ["DELETE relationships", "MATCH ()-[r]->() DELETE r", null, WRITE],
  ["SET property", "MATCH (n:Movement) SET n.name = 'defaced'", null, WRITE],
  ["SET label", "MATCH (n:Movement) SET n:Defaced", null, WRITE],
  ["SET +=", "MATCH (n:Movement) SET n += {name: 'defaced'}", null, WRITE],
  ["REMOVE", "MATCH (n:Movement) REMOVE n.name", null, WRITE],
  ["CREATE relationship", "MATCH (a:Actor), (b:Movement) WITH a, b LIMIT 1 CREATE (a)-[:FOUNDED]->(b)", null, WRITE],
  ["FOREACH CREATE", "FOREACH (i IN range(1, 3) | CREATE (:Intruder {i: i}))", null, WRITE],
  ["write in a CALL subquery", "MATCH (n:Movement) WITH n LIMIT 1 CALL (n) { SET n.x = 1 } RETURN n", null, WRITE],
  ["write after a read", "MATCH (n) RETURN count(n) AS c UNION MATCH (m) DETACH DELETE m RETURN 0 AS c", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  ["CALL IN TRANSACTIONS with a write", "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS", null, refused(["TRANSACTIONS", "WRITE"])],
  ["CALL IN TRANSACTIONS, read-only", "UNWIND range(1, 3) AS i CALL (i) { RETURN i * 2 AS j } IN TRANSACTIONS RETURN j", null, refused("TRANSACTIONS")],
  // Schema changes
  ["CREATE INDEX", "CREATE INDEX intruder FOR (n:Actor) ON (n.x)", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  ["DROP INDEX", "DROP INDEX entity_search IF EXISTS", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  ["CREATE CONSTRAINT", "CREATE CONSTRAINT intruder FOR (n:Intruder) REQUIRE n.id IS UNIQUE", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  ["DROP CONSTRAINT", "DROP CONSTRAINT entity_id IF EXISTS", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  ["db.createLabel", "CALL db.createLabel('Intruder')", null, exhausted("CYPHER_REFUSED")],
  // LOAD CSV in each form
  ["LOAD CSV file", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", null, refused("LOAD_CSV")],
  ["LOAD CSV WITH HEADERS", "LOAD CSV WITH HEADERS FROM 'file:///etc/hostname' AS row RETURN row", null, refused("LOAD_CSV")],
  ["LOAD CSV FIELDTERMINATOR", "LOAD CSV FROM 'file:///etc/passwd' AS line FIELDTERMINATOR ':' RETURN line[0]", null, refused("LOAD_CSV")],
  ["LOAD CSV http (SSRF)", "LOAD CSV FROM '$SSRF' AS line RETURN line", null, refused("LOAD_CSV")],
  ["LOAD CSV url from a parameter", "LOAD CSV FROM $url AS line RETURN line", { url: "$SSRF" }, refused("LOAD_CSV")],
  ["LOAD CSV url built by an expression", "WITH 'file:///etc/' + 'passwd' AS u LOAD CSV FROM u AS line RETURN line", null, refused("LOAD_CSV")],
  ["LOAD CSV inside a subquery", "CALL () { LOAD CSV FROM '$SSRF' AS line RETURN line } RETURN line", null, refused("LOAD_CSV")],
  ["USING PERIODIC COMMIT", "USING PERIODIC COMMIT LOAD CSV FROM '$SSRF' AS line RETURN line", null, invalid],
  // Admin and other procedures
  ["dbms.listConfig", "CALL dbms.listConfig()", null, refused("PROCEDURE")],
  ["dbms.listConfig YIELD", "CALL dbms.listConfig() YIELD name, value RETURN name, value", null, refused("PROCEDURE")],
  ["dbms.components", "CALL dbms.components()", null, refused("PROCEDURE")],
  ["dbms.listConnections", "CALL dbms.listConnections()", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  ["db.stats.retrieve", "CALL db.stats.retrieve('GRAPH COUNTS')", null, exhausted("CYPHER_REFUSED")],
  ["db.clearQueryCaches", "CALL db.clearQueryCaches()", null, exhausted("CYPHER_REFUSED")],
  ["db.schema.visualization", "CALL db.schema.visualization()", null, refused("PROCEDURE")],
  ["tx.setMetaData", "CALL tx.setMetaData({owner: 'intruder'})", null, exhausted("CYPHER_REFUSED")],
  ["procedure name in backticks", "CALL `dbms`.`listConfig`()", null, refused("PROCEDURE")],
  ["procedure with a comment inside", "CALL dbms./* hidden */listConfig()", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  ["procedure after a read", "MATCH (n:Movement) WITH n LIMIT 1 CALL dbms.listConfig() YIELD name RETURN name", null, refused("PROCEDURE")],
  ["apoc (absent) from a parameter", "CALL apoc.cypher.run($q, {})", { q: "MATCH (n) DETACH DELETE n" }, exhausted("CYPHER_INVALID")],
  // SHOW commands and administration
  ["SHOW SETTINGS", "SHOW SETTINGS", null, refused("SHOW")],
  ["SHOW SETTINGS YIELD", "SHOW SETTINGS YIELD name, value WHERE name CONTAINS 'import' RETURN name, value", null, refused("SHOW")],
  ["SHOW PROCEDURES", "SHOW PROCEDURES", null, refused("SHOW")],
  ["SHOW FUNCTIONS", "SHOW FUNCTIONS", null, refused("SHOW")],
  ["SHOW TRANSACTIONS", "SHOW TRANSACTIONS", null, refused("SHOW")],
  ["SHOW INDEXES", "SHOW INDEXES", null, refused("SHOW")],
  ["SHOW CONSTRAINTS", "SHOW CONSTRAINTS", null, refused("SHOW")],
  ["SHOW DATABASES", "SHOW DATABASES", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  ["SHOW USERS", "SHOW USERS", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  ["TERMINATE TRANSACTIONS", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  ["CREATE DATABASE", "CREATE DATABASE intruder", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  ["USE system", "USE system MATCH (n) RETURN n", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  ["CREATE USER", "CREATE USER intruder SET PASSWORD 'secret123'", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  // Transactions and statement framing
  ["BEGIN", "BEGIN", null, invalid],
  ["two statements", "MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n", null, invalid],
  ["EXPLAIN prefix", "EXPLAIN MATCH (n) DETACH DELETE n", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  ["PROFILE prefix", "PROFILE MATCH (n) DETACH DELETE n", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  ["CYPHER options prefix", "CYPHER runtime=slotted MATCH (n) DETACH DELETE n", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  // Comment and unicode tricks around keywords
  ["line comment hides nothing", "MATCH (n) RETURN count(n) // harmless?\nUNION MATCH (n) DETACH DELETE n RETURN 0", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  ["block comment before a write", "/* RETURN 1 */ CREATE (:Intruder)", null, WRITE],
  ["mixed case", "cReAtE (:Intruder)", null, WRITE],
  ["no-break space as separator", "CREATE\u00a0(:Intruder)", null, exhausted("CYPHER_REFUSED", "CYPHER_INVALID")],
  ["full-width letters", "\uff23\uff32\uff25\uff21\uff34\uff25 (:Intruder)", null, invalid],
  ["zero-width space in LOAD", "LO\u200bAD CSV FROM 'file:///etc/passwd' AS l RETURN l", null, invalid],
  ["backticked label and property", "CREATE (:`Intruder` {`id`: 'x'})", null, WRITE],
  // Parameter tricks
  ["parameters as a list", "RETURN $x", [1, 2], refused("PARAMETERS")],
  ["parameters too large", "RETURN $x", { x: "x".repeat(20_000) }, refused("PARAMETERS")],
  ["statement too long", `RETURN 1 ${" ".repeat(MAX_STATEMENT_LENGTH)}`, null, refused("TOO_LONG")],
  ["missing parameter", "MATCH (n {id: $id}) RETURN n", null, invalid],
  // Resource exhaustion: stopped by the timeout or the memory cap
  ["cartesian product", "MATCH (a), (b), (c), (d), (e) WHERE a.name < b.name AND c.name < d.name AND e.name <> a.name RETURN count(*)", null, timeout],
  ["huge range() collected", "UNWIND range(1, 200000000) AS i WITH collect(i) AS everything RETURN size(everything) AS n", null, exhausted("QUERY_TOO_LARGE", "QUERY_TIMEOUT")],
  ["huge range() unwound", "UNWIND range(1, 2000000000) AS i WITH i WHERE i < 0 RETURN count(i)", null, timeout],
  ["deep variable-length pattern", "MATCH p = (a)-[*1..30]-(b) RETURN count(p)", null, timeout],
  ["string built in a reduce() loop", "RETURN size(reduce(s = '', i IN range(1, 50000000) | s + 'xxxxxxxxxx')) AS n", null, refused("EXPRESSION")],
  ["collect of everything squared", "MATCH (a), (b), (c) RETURN collect([a, b, c, properties(a), properties(b)]) AS everything", null, exhausted("QUERY_TOO_LARGE", "QUERY_TIMEOUT")],
];

describe("cypher: read-only Cypher sandbox", () => {
  let db: TestDb;
  let server: TestServer;
  let listener: http.Server;
  let before: string;
  const sent: string[] = [];
  const run = (statement: string, parameters?: unknown): Promise<GqlResult> =>
    gql(server.apollo, server.createContext, CYPHER, { statement, parameters: parameters ?? null });

  beforeAll(async () => {
    listener = http.createServer((_req, res) => {
      ssrfHits += 1;
      res.end("a,b\n1,2\n");
    });
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    ssrfUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/data.csv`;
    db = connectTestDb({ timeoutMs: 60_000 });
    await resetDb(db.graph);
    await seedGraph(db.graph);
    server = await startTestServer(db.graph);
    db.graph.onQuery((name) => sent.push(name));
    before = await contentHash(db);
  }, 240_000);
  afterAll(async () => {
    await server.close();
    await db.close();
    await new Promise((resolve) => listener.close(resolve));
  });

  it("has a table of at least 40 hostile statements", () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(HOSTILE)("refuses or stops: %s", async (_label, statement, parameters, outcome) => {
    const withUrl = (s: string) => s.replace("$SSRF", ssrfUrl);
    const params = parameters && !Array.isArray(parameters) ? Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, typeof v === "string" ? withUrl(v) : v])) : parameters;
    sent.length = 0;
    const { data, errors } = await run(withUrl(statement), params);
    expect(data?.cypher ?? null).toBeNull();
    const extensions = errors?.[0]?.extensions ?? {};
    // The whole error in the failure message, so an unexpected refusal says why.
    expect([extensions.code, outcome.code.split("|").includes(extensions.code) || JSON.stringify(errors)]).toEqual([extensions.code, true]);
    if (outcome.reason) expect([outcome.reason].flat()).toContain(extensions.reason);
    // Refused statements never ran: at most the EXPLAIN reached the database.
    // (A missing parameter is only noticed by the run itself, which Neo4j refuses before reading.)
    if (extensions.code === "CYPHER_REFUSED") expect(sent).not.toContain("user cypher");
  });

  it("leaves the graph, its indexes and the outside world untouched", async () => {
    expect(await contentHash(db)).toBe(before);
    expect(ssrfHits).toBe(0);
  });

  it("is backed by the database's own hardening: no LOAD CSV from files or URLs even bypassing the sandbox", async () => {
    await expect(db.graph.read(cypher("direct file", "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l LIMIT 1"))).rejects.toThrow(/file|URL|allowed|denied|import/i);
    await expect(db.graph.read(cypher("direct url", `LOAD CSV FROM '${ssrfUrl}' AS l RETURN l LIMIT 1`))).rejects.toThrow(/blocked|not allowed|denied|access/i);
    expect(ssrfHits).toBe(0);
  });

  it("treats parameters as data, never as Cypher", async () => {
    const { data, errors } = await run("RETURN $x AS x", { x: "'}) DETACH DELETE n //" });
    expect(errors).toBeUndefined();
    expect(data.cypher).toEqual({ columns: ["x"], rows: [["'}) DETACH DELETE n //"]], rowCount: 1, truncated: false });
  });

  it("answers integers up to 2^53 - 1 as numbers and refuses larger ones clearly, never rounded", async () => {
    const safe = await run("RETURN 9007199254740991 AS max, -9007199254740991 AS min, 42 AS n, 1.5 AS f, toString(9007199254740993) AS text, date('2014-07-29') AS d");
    expect(safe.errors).toBeUndefined();
    expect(safe.data.cypher.rows).toEqual([[9007199254740991, -9007199254740991, 42, 1.5, "9007199254740993", "2014-07-29"]]);
    for (const statement of ["RETURN 9007199254740993 AS big", "RETURN [1, -9223372036854775807] AS list", "RETURN {n: 9007199254740992} AS map"]) {
      const { data, errors } = await run(statement);
      expect(data?.cypher ?? null).toBeNull();
      expect(errors?.[0]).toMatchObject({ extensions: { code: "CYPHER_REFUSED", reason: "NUMBER_RANGE" }, message: expect.stringMatching(/toString/) });
    }
  });

  it(`cuts answers at ${MAX_CYPHER_ROWS} rows and says so`, async () => {
    const { data, errors } = await run("UNWIND range(1, 5000) AS i RETURN i");
    expect(errors).toBeUndefined();
    expect(data.cypher.rowCount).toBe(MAX_CYPHER_ROWS);
    expect(data.cypher.truncated).toBe(true);
    expect(data.cypher.rows.at(-1)).toEqual([MAX_CYPHER_ROWS]);
  });

  it("allows full-text search and label introspection", async () => {
    const labels = await run("CALL db.labels() YIELD label RETURN label ORDER BY label");
    expect(labels.errors).toBeUndefined();
    expect(labels.data.cypher.rows.map((r: string[]) => r[0])).toEqual(expect.arrayContaining(["Actor", "Movement", "Entity"]));
    const hits = await run("CALL db.index.fulltext.queryNodes('entity_search', 'metoo') YIELD node RETURN node.id AS id LIMIT 3");
    expect(hits.errors).toBeUndefined();
    expect(hits.data.cypher.rows.flat()).toContain("hashtag:metoo");
  });

  it("answers a journalist's query: every actor within two hops of a movement, with the quotes", async () => {
    const statement = `
      MATCH (m:Movement {id: $movement})-[r1]-(x)
      OPTIONAL MATCH (x)-[r2]-(a:Actor)
      WITH m, r1, x, r2, CASE WHEN x:Actor THEN x ELSE a END AS actor
      WHERE actor IS NOT NULL
      RETURN DISTINCT actor, r1, r2 ORDER BY actor.name LIMIT 50`;
    const { data, errors } = await run(statement, { movement: "movement:metoo" });
    expect(errors).toBeUndefined();
    expect(data.cypher.columns).toEqual(["actor", "r1", "r2"]);
    expect(data.cypher.rowCount).toBeGreaterThan(0);
    const [actor, r1] = data.cypher.rows[0];
    expect(actor).toEqual({ element: "node", id: expect.stringMatching(/^actor:/), label: "Actor", name: expect.any(String) });
    expect(r1).toMatchObject({ element: "relationship", type: expect.any(String) });
    expect([r1.from.id, r1.to.id]).toContain("movement:metoo");
    expect(r1.sources.length).toBeGreaterThan(0);
    expect(r1.sources[0].quote.length).toBeGreaterThan(10);
  });

  it("returns paths with their nodes and relationships as entity references", async () => {
    const { data, errors } = await run("MATCH p = (:Hashtag {id: 'hashtag:metoo'})-[*1..2]-(:Actor) RETURN p LIMIT 1");
    expect(errors).toBeUndefined();
    const [path] = data.cypher.rows[0];
    expect(path.element).toBe("path");
    expect(path.nodes[0]).toEqual({ element: "node", id: "hashtag:metoo", label: "Hashtag", name: "#MeToo" });
    expect(path.relationships).toHaveLength(path.nodes.length - 1);
  });

  it("reports its own cost and can be switched off", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: CYPHER, variables: { statement: "RETURN 1 AS one" } }),
    });
    const body = (await response.json()) as { data: any; extensions: any };
    expect(body.data.cypher.rows).toEqual([[1]]);
    expect(body.extensions.cost.requested).toBe(MAX_CYPHER_ROWS);
    const off = await startTestServer(db.graph, { CYPHER_ENDPOINT: "false" });
    try {
      const { errors } = await gql(off.apollo, off.createContext, CYPHER, { statement: "RETURN 1" });
      expect(errors?.[0].extensions).toMatchObject({ code: "CYPHER_REFUSED", reason: "DISABLED" });
    } finally {
      await off.close();
    }
  });
});
