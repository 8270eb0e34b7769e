import http from "node:http";
import type { AddressInfo } from "node:net";
import neo4j, { type Driver } from "neo4j-driver";
import { NEIGHBORHOOD_2, PATH, TIMELINE_WINDOW } from "./peer";
import { pathAnswer, timelinePage, zipSources } from "./answer-shapes";
import { NEIGHBORHOOD_LIMIT, PAGE, type QuestionName } from "./questions";

/**
 * The floor: hand-written Cypher through neo4j-driver behind a bare node:http handler, one round
 * trip per request, answering in our API's JSON shape ({"data": ...}) with no GraphQL at all.
 * POST /Q1 ... /Q7 with the question's parameters as the JSON body. The bench is the one place
 * outside src/graph that imports neo4j-driver, because bypassing our gateway is the point.
 */

const LINK = (r: string, m: string, outgoing: string) =>
  `{ key: ${r}.key, type: type(${r}), direction: CASE WHEN ${outgoing} THEN 'OUTGOING' ELSE 'INCOMING' END, role: ${r}.role, date: ${r}.date,
     sourceSections: ${r}.sourceSections, sourceQuotes: ${r}.sourceQuotes, label: [l IN labels(${m}) WHERE l <> 'Entity'][0], node: ${m} { .id, .name } }`;

const CYPHER: Record<QuestionName, string> = {
  Q1: `MATCH (n:Movement) WHERE n.sortName IS NOT NULL
    WITH n ORDER BY n.sortName, n.id LIMIT ${PAGE + 1}
    WITH collect(n) AS page
    UNWIND page[0..${PAGE}] AS n
    CALL (n) {
      MATCH (n)-[r]-(m:Entity) WHERE m:Hashtag OR m:Platform OR m:Actor
      WITH r, m, startNode(r) = n AS outgoing ORDER BY type(r), m.sortName, m.id
      RETURN collect(${LINK("r", "m", "outgoing")}) AS links
    }
    RETURN n.id AS id, n.name AS name, links, size(page) > ${PAGE} AS hasNextPage`,
  Q2: `MATCH (n:Entity {id: $id})
    CALL (n) {
      MATCH (n)-[r]-(m:Entity)
      WITH r, m, startNode(r) = n AS outgoing ORDER BY type(r), m.sortName, m.id
      RETURN collect(${LINK("r", "m", "outgoing")})[0..500] AS relations
    }
    RETURN n { .id, .name, .sourceSections, .sourceQuotes } AS node, relations`,
  Q3: `MATCH (start:Movement {id: $id})
    CALL (start) {
      MATCH p = (start)-[:INSPIRED*1..3]->(m:Movement) WHERE m <> start
      WITH m, min(length(p)) AS distance ORDER BY distance, m.sortName, m.id
      RETURN collect(m { .id, .name }) AS inspired
    }
    RETURN start { .id, .name } AS movement, inspired`,
  Q4: `CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
    RETURN [l IN labels(node) WHERE l <> 'Entity'][0] AS label, node.id AS id, node.name AS name
    ORDER BY score DESC, node.sortName, node.id LIMIT 10`,
  Q5: PATH,
  Q6: TIMELINE_WINDOW,
  Q7: NEIGHBORHOOD_2,
};

/** One link in our shape; `keep` lists the optional fields the question selects. */
const link = (l: Row, keep: string[]) => ({ key: l.key, type: l.type, direction: l.direction, ...Object.fromEntries(keep.map((k) => [k, l[k] ?? null])), node: l.node });

type Row = Record<string, any>;
const SHAPE: Record<QuestionName, (rows: Row[]) => unknown> = {
  Q1: (rows) => ({
    movements: {
      edges: rows.map((r) => {
        const of = (label: string, keep: string[]) => r.links.filter((l: Row) => l.label === label).slice(0, 500).map((l: Row) => link(l, keep));
        return { node: { id: r.id, name: r.name, hashtags: of("Hashtag", []), platforms: of("Platform", []), actors: of("Actor", ["role"]) } };
      }),
      pageInfo: { hasNextPage: rows[0]?.hasNextPage ?? false },
    },
  }),
  Q2: ([r]) => ({
    node: r
      ? {
          id: r.node.id,
          name: r.node.name,
          sources: zipSources(r.node.sourceSections, r.node.sourceQuotes),
          relations: r.relations.map((l: Row) => ({ ...link(l, ["role", "date"]), sources: zipSources(l.sourceSections, l.sourceQuotes) })),
        }
      : null,
  }),
  Q3: ([r]) => ({ movement: r ? { ...r.movement, inspired: r.inspired ?? [] } : null }),
  Q4: (rows) => ({ search: rows.map((r) => ({ entity: { __typename: r.label, id: r.id, name: r.name } })) }),
  Q5: ([r]) => pathAnswer(r?.path ?? null),
  Q6: (rows) => ({ timeline: timelinePage(rows.map((r) => r.item), PAGE) }),
  Q7: ([r]) => ({ neighborhood: r ? r.subgraph : null }),
};

export async function answerFloor(driver: Driver, name: QuestionName, params: Record<string, unknown>): Promise<unknown> {
  const extra = name === "Q7" ? { limit: neo4j.int(NEIGHBORHOOD_LIMIT) } : name === "Q6" ? { limit: neo4j.int(PAGE + 1) } : {};
  // An auto-commit transaction, the cheapest way the driver offers to run one read (our gateway
  // runs reads the same way), so that the floor stays the floor.
  const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(CYPHER[name], { ...params, ...extra });
    return { data: SHAPE[name](result.records.map((rec) => rec.toObject())) };
  } finally {
    await session.close();
  }
}

export type FloorServer = { url: string; driver: Driver; close(): Promise<void> };

export async function startFloor(boltUri: string): Promise<FloorServer> {
  const driver = neo4j.driver(boltUri, neo4j.auth.basic("neo4j", "activism-graph"), { disableLosslessIntegers: true, maxConnectionPoolSize: 50 });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const name = (req.url ?? "").slice(1) as QuestionName;
      if (req.method !== "POST" || !(name in CYPHER)) {
        res.writeHead(404).end();
        return;
      }
      answerFloor(driver, name, JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}"))
        .then((answer) => {
          const body = JSON.stringify(answer);
          res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body);
        })
        .catch((error: Error) => {
          res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: error.message }] }));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    driver,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}
