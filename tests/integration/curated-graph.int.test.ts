import { Article, collapseWhitespace } from "../../src/seed/article";
import { ARTICLE_FILE, DATA_DIR } from "../../src/domain/paths";
import { seedGraph } from "../../src/seed/seed";
import { validateDataset } from "../../src/seed/validate";
import { cypher } from "../../src/graph/run";
import { connectTestDb, resetDb, type TestDb } from "../helpers/test-db";

/** The curated graph of issue 3, loaded from seed/data exactly as `npm run seed` loads it. */
describe("curated Internet-activism graph", () => {
  let db: TestDb;
  const article = Article.fromFile(ARTICLE_FILE);
  const files = validateDataset(DATA_DIR, article).dataset;

  beforeAll(async () => {
    db = connectTestDb();
    await resetDb(db.graph);
    await seedGraph(db.graph);
  });
  afterAll(() => db.close());

  const rows = <T>(name: string, text: string, params: Record<string, unknown> = {}) => db.graph.read(cypher<T>(name, text, params));

  it("holds every entity and relationship of the files, well over 150 and 300", async () => {
    const [counts] = await rows<{ nodes: number; rels: number }>(
      "counts",
      "MATCH (n:Entity) WITH count(n) AS nodes MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS rels",
    );
    expect(counts).toEqual({ nodes: files.nodes.length, rels: files.relationships.length });
    expect(counts.nodes).toBeGreaterThan(150);
    expect(counts.rels).toBeGreaterThan(300);
  });

  it("cites, for every node and relationship in the database, quotes found verbatim in their article section", async () => {
    const cited = await rows<{ what: string; sections: string[]; quotes: string[] }>(
      "all sources",
      `MATCH (n:Entity) RETURN n.id AS what, n.sourceSections AS sections, n.sourceQuotes AS quotes
       UNION ALL
       MATCH (:Entity)-[r]->(:Entity) RETURN r.key AS what, r.sourceSections AS sections, r.sourceQuotes AS quotes`,
    );
    const wrong = cited.flatMap(({ what, sections, quotes }) => {
      if (!quotes?.length || quotes.length !== sections.length) return [`${what}: no sources`];
      return quotes.filter((quote, i) => !article.quoteIsIn(sections[i], quote)).map((quote) => `${what}: ${collapseWhitespace(quote).slice(0, 60)}`);
    });
    expect(cited.length).toBe(files.nodes.length + files.relationships.length);
    expect(wrong).toEqual([]);
  });

  it("has no isolated node and no relationship outside the vocabulary", async () => {
    const [isolated] = await rows<{ n: number }>("isolated", "MATCH (n:Entity) WHERE NOT (n)--(:Entity) RETURN count(n) AS n");
    expect(isolated.n).toBe(0);
    const types = await rows<{ type: string }>("types", "MATCH (:Entity)-[r]->(:Entity) RETURN DISTINCT type(r) AS type");
    const vocabulary = new Set(files.types.map((t) => t.type));
    expect(types.filter((t) => !vocabulary.has(t.type))).toEqual([]);
  });

  it("dates events only as the article does: ISO 8601 at year, month or day precision", async () => {
    const dates = await rows<{ id: string; date: string }>("dates", "MATCH (e:Event) WHERE e.date IS NOT NULL RETURN e.id AS id, e.date AS date");
    expect(dates.length).toBeGreaterThan(20);
    expect(dates.filter((d) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d.date))).toEqual([]);
    const [parkland] = dates.filter((d) => d.id === "event:parkland-shooting");
    expect(parkland.date).toBe("2018-02-14");
  });

  it("is idempotent on the full data: a second seed changes no node, relationship or property", async () => {
    const snapshot = () =>
      rows<{ items: unknown[] }>(
        "snapshot",
        `MATCH (n:Entity) WITH n ORDER BY n.id WITH collect([n.id, labels(n), properties(n)]) AS nodes
         MATCH (:Entity)-[r]->(:Entity) WITH nodes, r ORDER BY r.key
         WITH nodes, collect([r.key, type(r), properties(r)]) AS rels
         RETURN nodes + rels AS items`,
      );
    const before = await snapshot();
    await seedGraph(db.graph);
    expect(await snapshot()).toEqual(before);
  });

  describe("facts read straight from the article", () => {
    it("#MarchForOurLives's movement inspired the school climate strike", async () => {
      const found = await rows<{ quote: string }>(
        "mfol inspired ssc",
        `MATCH (:Movement {id: 'movement:march-for-our-lives'})-[r:INSPIRED]->(:Movement {id: 'movement:school-strike-for-climate'})
         RETURN r.sourceQuotes[0] AS quote`,
      );
      expect(found).toHaveLength(1);
      expect(found[0].quote).toContain("#MarchForOurLives");
    });

    it("the shortest path from Tarana Burke to Harvey Weinstein has at most 4 hops", async () => {
      const [path] = await rows<{ hops: number }>(
        "burke to weinstein",
        "MATCH p = shortestPath((:Actor {id: 'actor:tarana-burke'})-[*..8]-(:Actor {id: 'actor:harvey-weinstein'})) RETURN length(p) AS hops",
      );
      expect(path.hops).toBeLessThanOrEqual(4);
    });

    it("Greta Thunberg founded the School Strike for Climate, also called Fridays for Future", async () => {
      const [ssc] = await rows<{ aliases: string[]; founders: string[] }>(
        "ssc",
        `MATCH (m:Movement {id: 'movement:school-strike-for-climate'})
         RETURN m.aliases AS aliases, [(a:Actor)-[:FOUNDED]->(m) | a.id] AS founders`,
      );
      expect(ssc.aliases).toContain("Fridays for Future");
      expect(ssc.founders).toContain("actor:greta-thunberg");
    });

    it("the Parkland shooting triggered March For Our Lives, and Alicia Garza's letter was posted to Facebook", async () => {
      const facts = await rows<{ fact: string }>(
        "facts",
        `MATCH (:Event {id: 'event:parkland-shooting'})-[:TRIGGERED]->(x) RETURN 'parkland->' + x.id AS fact
         UNION
         MATCH (:Actor {id: 'actor:alicia-garza'})-[r]->(x) RETURN 'garza-' + type(r) + '->' + x.id AS fact`,
      );
      const list = facts.map((f) => f.fact);
      expect(list.some((f) => /^parkland->(movement|hashtag):march-?for-?our-?lives$/.test(f))).toBe(true);
      expect(list).toContain("garza-USED->platform:facebook");
    });

    it("#MeToo spread on Twitter and Facebook", async () => {
      const [tag] = await rows<{ platforms: string[] }>(
        "metoo platforms",
        "MATCH (h:Hashtag {id: 'hashtag:metoo'}) RETURN [(h)-[:SPREAD_ON|ORIGINATED_ON]->(p:Platform) | p.id] AS platforms",
      );
      expect(tag.platforms).toEqual(expect.arrayContaining(["platform:twitter", "platform:facebook"]));
    });
  });
});
