import { seedGraph } from "../../src/seed/seed";
import { cypher } from "../../src/graph/run";
import { gql } from "../helpers/gql";
import { connectTestDb, resetDb, type TestDb } from "../helpers/test-db";
import { startTestServer, type TestServer } from "../helpers/test-server";

/** Paths over the curated article graph: hubs avoided by default, filters, k paths ranked. */
describe("path and paths", () => {
  jest.setTimeout(300_000);
  let db: TestDb;
  let server: TestServer;
  const run = (query: string, variables?: Record<string, unknown>) => gql(server.apollo, server.createContext, query, variables);
  const PATH = `query($from: ID!, $to: ID!, $types: [RelationshipType!], $through: [EntityType!], $avoid: [ID!], $maxDegree: Int) {
    path(from: $from, to: $to, relationshipTypes: $types, entityTypes: $through, avoid: $avoid, maxDegree: $maxDegree) {
      length nodes { id } steps { type sources { quote } } } }`;
  const ids = (result: { data?: any }): string[] | null => result.data?.path?.nodes.map((n: { id: string }) => n.id) ?? null;

  beforeAll(async () => {
    db = connectTestDb({ timeoutMs: 30_000 });
    await resetDb(db.graph);
    await seedGraph(db.graph);
    server = await startTestServer(db.graph);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it("does not connect Alicia Garza and Derek Chauvin through Facebook by default", async () => {
    const byDefault = await run(PATH, { from: "actor:alicia-garza", to: "actor:derek-chauvin" });
    expect(byDefault.errors).toBeUndefined();
    const found = ids(byDefault)!;
    expect(found[0]).toBe("actor:alicia-garza");
    expect(found[found.length - 1]).toBe("actor:derek-chauvin");
    expect(found).toEqual(expect.arrayContaining(["movement:black-lives-matter", "event:murder-of-george-floyd"]));
    expect(found.filter((id) => id.startsWith("platform:") || id.startsWith("topic:"))).toEqual([]);
    const withHubs = await run(PATH, { from: "actor:alicia-garza", to: "actor:derek-chauvin", through: ["ACTOR", "MOVEMENT", "HASHTAG", "PLATFORM", "EVENT", "TOPIC"] });
    expect(ids(withHubs)).toEqual(["actor:alicia-garza", "platform:facebook", "event:murder-of-george-floyd", "actor:derek-chauvin"]);
    expect(withHubs.data.path.steps.every((s: { sources: unknown[] }) => s.sources.length > 0)).toBe(true);
  });

  it("never passes through avoided ids nor entities above maxDegree, and keeps to the relationship types", async () => {
    const all = ["ACTOR", "MOVEMENT", "HASHTAG", "PLATFORM", "EVENT", "TOPIC"];
    const base = { from: "actor:alicia-garza", to: "actor:derek-chauvin", through: all };
    const avoiding = await run(PATH, { ...base, avoid: ["event:murder-of-george-floyd"] });
    expect(ids(avoiding) ?? []).not.toContain("event:murder-of-george-floyd");
    const lowDegree = await run(PATH, { ...base, maxDegree: 7 });
    expect(ids(lowDegree) ?? []).not.toContain("platform:facebook");
    const typed = await run(PATH, { from: "actor:tarana-burke", to: "movement:metoo", types: ["CREATED"], through: all });
    expect(typed.data.path.steps.map((s: { type: string }) => s.type)).toEqual(["CREATED"]);
    const bad = await run(PATH, { ...base, types: ["NOPE"] });
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("returns up to k distinct shortest paths of one length, busiest inner entity lowest first", async () => {
    const result = await run(`{ paths(from: "actor:alicia-garza", to: "actor:derek-chauvin", k: 5, maxHops: 5, entityTypes: [ACTOR, MOVEMENT, HASHTAG, PLATFORM, EVENT, TOPIC]) {
      length nodes { id } steps { sources { quote } } } }`);
    expect(result.errors).toBeUndefined();
    const paths = result.data.paths as { length: number; nodes: { id: string }[] }[];
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(5);
    expect(new Set(paths.map((p) => p.length)).size).toBe(1);
    expect(new Set(paths.map((p) => p.nodes.map((n) => n.id).join(">"))).size).toBe(paths.length);
    const tooMany = await run(`{ paths(from: "actor:alicia-garza", to: "actor:derek-chauvin", k: 11) { length } }`);
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filters neighbourhoods by type, kind, avoid and degree, and orders edges most specific first", async () => {
    const q = `query($types: [RelationshipType!], $kinds: [EntityType!], $avoid: [ID!], $maxDegree: Int) {
      neighborhood(id: "actor:alicia-garza", depth: 2, relationshipTypes: $types, entityTypes: $kinds, avoid: $avoid, maxDegree: $maxDegree) { nodes { id __typename } edges { type from to } } }`;
    const plain = await run(q, {});
    expect(plain.errors).toBeUndefined();
    expect(plain.data.neighborhood.nodes.map((n: { id: string }) => n.id)).toContain("platform:facebook");
    const noHubs = await run(q, { maxDegree: 7 });
    expect(noHubs.data.neighborhood.nodes.map((n: { id: string }) => n.id)).not.toContain("platform:facebook");
    const avoided = await run(q, { avoid: ["platform:facebook"] });
    expect(avoided.data.neighborhood.nodes.map((n: { id: string }) => n.id)).not.toContain("platform:facebook");
    const created = await run(q, { types: ["CREATED"] });
    expect(new Set(created.data.neighborhood.edges.map((e: { type: string }) => e.type))).toEqual(new Set(["CREATED"]));
    const events = await run(q, { kinds: ["EVENT"] });
    expect(events.data.neighborhood.nodes.slice(1).every((n: { __typename: string }) => n.__typename === "Event")).toBe(true);
    // Edge order: the sum of both ends' degrees never decreases along the list.
    const degrees = await run(`{ neighborhood(id: "actor:alicia-garza", depth: 2) { edges { from to } } }`);
    const edges = degrees.data.neighborhood.edges as { from: string; to: string }[];
    const rows = await db.graph.read(cypher<{ id: string; d: number }>("degrees", "MATCH (n:Entity) RETURN n.id AS id, COUNT { (n)--() } AS d"));
    const degree = new Map(rows.map((r) => [r.id, r.d]));
    const busy = edges.map((e) => degree.get(e.from)! + degree.get(e.to)!);
    expect(busy.length).toBeGreaterThan(1);
    expect(busy).toEqual([...busy].sort((a, b) => a - b));
  });
});

