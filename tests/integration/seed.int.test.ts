import { cypher } from "../../src/graph/run";
import { seedGraph, SeedValidationError } from "../../src/seed/seed";
import { brokenSampleCopy, SAMPLE_DATA_DIR, sampleCopyWith } from "../helpers/sample-data";
import { connectTestDb, resetDb, type TestDb } from "../helpers/test-db";

type Snapshot = { id: string; labels: string[]; props: Record<string, unknown> }[];

describe("seed pipeline", () => {
  let db: TestDb;
  beforeAll(() => {
    db = connectTestDb();
  });
  beforeEach(() => resetDb(db.graph));
  afterAll(() => db.close());

  const snapshot = async () => ({
    nodes: await db.graph.read(
      cypher<Snapshot[number]>("snapshot nodes", "MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id"),
    ),
    rels: await db.graph.read(
      cypher<{ key: string; type: string; props: Record<string, unknown> }>(
        "snapshot rels",
        "MATCH (:Entity)-[r]->(:Entity) RETURN r.key AS key, type(r) AS type, properties(r) AS props ORDER BY key",
      ),
    ),
  });

  it("loads every node with its label and every relationship with its type and sources", async () => {
    const outcome = await seedGraph(db.graph, { dataDir: SAMPLE_DATA_DIR });
    expect(outcome.counts.labels).toEqual({ Actor: 1, Event: 1, Hashtag: 1, Movement: 3, Platform: 1 });
    expect(outcome.counts.relationships).toEqual({ CREATED: 1, INSPIRED: 1, SPREAD_ON: 1, TRIGGERED: 1, USED_HASHTAG: 1 });
    const [inspired] = await db.graph.read(
      cypher<{ quotes: string[]; sections: string[] }>(
        "inspired",
        "MATCH (:Movement {id: 'movement:march-for-our-lives'})-[r:INSPIRED]->(:Movement {id: 'movement:school-strike-for-climate'}) RETURN r.sourceQuotes AS quotes, r.sourceSections AS sections",
      ),
    );
    expect(inspired).toEqual({ quotes: ["influenced by the creation of #MarchForOurLives"], sections: ["Environmental activism"] });
  });

  it("is idempotent: a second run leaves identical nodes, relationships and properties", async () => {
    await seedGraph(db.graph, { dataDir: SAMPLE_DATA_DIR });
    const first = await snapshot();
    await seedGraph(db.graph, { dataDir: SAMPLE_DATA_DIR });
    expect(await snapshot()).toEqual(first);
    expect(first.nodes).toHaveLength(7);
    expect(first.rels).toHaveLength(5);
  });

  it("writes nothing when any file is invalid, and names file, entry and problem", async () => {
    await seedGraph(db.graph, { dataDir: SAMPLE_DATA_DIR });
    const before = await snapshot();
    const broken = brokenSampleCopy("relationships/sample.yaml", (rels) => {
      rels.push({ from: "actor:tarana-burke", type: "CREATED", to: "hashtag:metoo", sources: [{ section: "Types", quote: "invented words" }] });
      rels[0].to = "movement:unknown";
    });
    const attempt = seedGraph(db.graph, { dataDir: broken });
    await expect(attempt).rejects.toBeInstanceOf(SeedValidationError);
    await expect(attempt).rejects.toThrow(/relationships\/sample\.yaml entry 1 .*unknown reference movement:unknown/);
    await expect(attempt).rejects.toThrow(/entry 6 .*quote not found verbatim in section "Types"/);
    expect(await snapshot()).toEqual(before);
  });

  it("removes entries deleted from the files, so the graph equals the data", async () => {
    await seedGraph(db.graph, { dataDir: SAMPLE_DATA_DIR });
    const smaller = sampleCopyWith({
      "relationships/sample.yaml": (rels) => rels.splice(rels.findIndex((r) => r.type === "SPREAD_ON"), 1),
      "nodes/sample.yaml": (nodes) => nodes.splice(nodes.findIndex((n) => n.id === "platform:twitter"), 1),
    });
    const outcome = await seedGraph(db.graph, { dataDir: smaller });
    expect(outcome.counts.labels.Platform).toBeUndefined();
    expect(outcome.counts.relationships.SPREAD_ON).toBeUndefined();
    expect(outcome.counts.relationships.INSPIRED).toBe(1);
  });

  it("skips the load when the database already holds this exact dataset", async () => {
    const first = await seedGraph(db.graph, { dataDir: SAMPLE_DATA_DIR, onlyIfChanged: true });
    const second = await seedGraph(db.graph, { dataDir: SAMPLE_DATA_DIR, onlyIfChanged: true });
    expect(first.skipped).toBe(false);
    expect(second.skipped).toBe(true);
    expect(second.hash).toBe(first.hash);
  });
});
