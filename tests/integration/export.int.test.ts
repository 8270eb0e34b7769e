import { parse as parseCsv } from "csv-parse/sync";
import { unzipSync, strFromU8 } from "fflate";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { gql } from "../helpers/gql";
import { connectTestDb, loadSample, resetDb, type TestDb } from "../helpers/test-db";
import { startTestServer, type TestServer } from "../helpers/test-server";

type Node = { id: string; label: string; name: string; date: string | null };
type Edge = { id: string; type: string; from: string; to: string; role: string | null; date: string | null; sources: { section: string; quote: string }[] };

const NEIGHBORHOOD = /* GraphQL */ `
  query ($id: ID!) {
    neighborhood(id: $id, depth: 2, limit: 100) {
      nodes { id label: __typename name ... on Event { date } }
      edges { id type from to role date sources { section quote } }
    }
  }
`;

/** Nodes and edges as the API's GraphQL answer gives them, sorted, for comparison. */
const norm = (nodes: Node[], edges: Edge[]) => ({
  nodes: nodes.map((n) => ({ id: n.id, label: n.label, name: n.name, date: n.date ?? null })).sort((a, b) => a.id.localeCompare(b.id)),
  edges: edges
    .map((e) => ({ id: e.id, type: e.type, from: e.from, to: e.to, role: e.role ?? null, date: e.date ?? null, sources: e.sources }))
    .sort((a, b) => a.id.localeCompare(b.id)),
});

/** A graphology graph read back from GraphML or GEXF, in the same shape. */
function fromGraphology(g: Graph): ReturnType<typeof norm> {
  const orNull = (v: unknown) => (v === undefined || v === "" ? null : String(v));
  const nodes = g.mapNodes((key, a) => ({ id: key, label: a.label === a.name ? String(a.label) : String(a.label), name: String(a.name), date: orNull(a.date) }));
  const edges = g.mapEdges((key, a, source, target) => ({
    id: String(a.id ?? key),
    type: String(a.type),
    from: source,
    to: target,
    role: orNull(a.role),
    date: orNull(a.date),
    sources: JSON.parse(String(a.sources)),
  }));
  return norm(nodes as Node[], edges as Edge[]);
}

describe("exports under /export/", () => {
  let db: TestDb;
  let server: TestServer;
  let api: ReturnType<typeof norm>;
  const get = (path: string) => fetch(`${server.url}${path}`);

  beforeAll(async () => {
    db = connectTestDb({ timeoutMs: 60_000 });
    await resetDb(db.graph);
    await loadSample(db.graph);
    server = await startTestServer(db.graph);
    const { data, errors } = await gql(server.apollo, server.createContext, NEIGHBORHOOD, { id: "movement:metoo" });
    expect(errors).toBeUndefined();
    api = norm(data.neighborhood.nodes, data.neighborhood.edges);
    expect(api.edges.length).toBeGreaterThan(0);
  }, 240_000);
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  const url = "/export/neighborhood.FORMAT?id=movement:metoo&depth=2";

  it("serves JSON with attribution, matching the API's neighbourhood", async () => {
    const response = await get(url.replace("FORMAT", "json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="activism-graph-neighborhood.json"');
    const body = (await response.json()) as { attribution: string; query: unknown; nodes: Node[]; edges: Edge[] };
    expect(body.attribution).toMatch(/Internet activism/);
    expect(body.query).toEqual({ id: "movement:metoo", depth: 2, limit: 100 });
    expect(norm(body.nodes, body.edges)).toEqual(api);
  });

  it("serves GraphML that graphology-graphml reads back as the API's answer", async () => {
    const response = await get(url.replace("FORMAT", "graphml"));
    expect(response.headers.get("content-type")).toMatch(/^application\/graphml\+xml/);
    expect(response.headers.get("content-disposition")).toContain('filename="activism-graph-neighborhood.graphml"');
    const g = parseGraphml(Graph, await response.text());
    expect(fromGraphology(g)).toEqual(api);
  });

  it("serves GEXF that graphology-gexf reads back as the API's answer", async () => {
    const response = await get(url.replace("FORMAT", "gexf"));
    expect(response.headers.get("content-type")).toMatch(/^application\/gexf\+xml/);
    const g = parseGexf(Graph, await response.text());
    // GEXF keeps a node's label in its own attribute: the writer puts the name there.
    const back = fromGraphology(g);
    expect(back.edges).toEqual(api.edges);
    expect(back.nodes.map((n) => [n.id, n.name, n.date])).toEqual(api.nodes.map((n) => [n.id, n.name, n.date]));
  });

  it("serves CSV as a zip of nodes.csv and edges.csv that a CSV parser reads back", async () => {
    const response = await get(url.replace("FORMAT", "csv"));
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toContain('filename="activism-graph-neighborhood.zip"');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(["README.txt", "edges.csv", "nodes.csv"]);
    const nodes = parseCsv(strFromU8(files["nodes.csv"]), { columns: true }) as Record<string, string>[];
    const edges = parseCsv(strFromU8(files["edges.csv"]), { columns: true }) as Record<string, string>[];
    const orNull = (v: string) => (v === "" ? null : v);
    expect(
      norm(
        nodes.map((n) => ({ id: n.id, label: n.label, name: n.name, date: orNull(n.date) })),
        edges.map((e) => ({ id: e.id, type: e.type, from: e.from, to: e.to, role: orNull(e.role), date: orNull(e.date), sources: JSON.parse(e.sources) })),
      ),
    ).toEqual(api);
  });

  it("exports the whole graph in every format with every edge's quotes", async () => {
    const { data } = await gql(server.apollo, server.createContext, "{ stats { entityCount relationshipCount } }");
    for (const format of ["json", "graphml", "gexf", "csv"]) {
      const response = await get(`/export/graph.${format}`);
      expect([format, response.status]).toEqual([format, 200]);
    }
    const body = (await (await get("/export/graph.json")).json()) as { nodes: Node[]; edges: Edge[] };
    expect(body.nodes).toHaveLength(data.stats.entityCount);
    expect(body.edges).toHaveLength(data.stats.relationshipCount);
    for (const edge of body.edges) expect(edge.sources.length).toBeGreaterThan(0);
    const g = parseGexf(Graph, await (await get("/export/graph.gexf")).text());
    expect([g.order, g.size]).toEqual([data.stats.entityCount, data.stats.relationshipCount]);
  });

  it("exports a path, a search and a timeline window", async () => {
    const path = (await (await get("/export/path.json?from=actor:tarana-burke&to=platform:twitter")).json()) as { nodes: Node[]; edges: Edge[] };
    expect(path.nodes[0].id).toBe("actor:tarana-burke");
    expect(path.nodes.map((n) => n.id)).toEqual(["actor:tarana-burke", "movement:metoo", "hashtag:metoo", "platform:twitter"]);
    expect(path.edges).toHaveLength(path.nodes.length - 1);
    const search = (await (await get("/export/search.json?q=metoo")).json()) as { nodes: Node[] };
    expect(search.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(["hashtag:metoo", "movement:metoo"]));
    // The timeline's dated facts too: the shooting (an event) and the dated TRIGGERED link it has.
    const timeline = (await (await get("/export/timeline.json?from=2018&to=2018")).json()) as { nodes: Node[]; edges: Edge[] };
    expect(timeline.nodes.map((n) => n.id)).toEqual(["event:parkland-shooting", "movement:march-for-our-lives"]);
    expect(timeline.edges.map((e) => e.id)[0]).toBe("event:parkland-shooting|TRIGGERED|movement:march-for-our-lives");
  });

  it.each([
    ["/export/neighborhood.json", 400, "BAD_USER_INPUT", "id"],
    ["/export/neighborhood.json?id=not-an-id", 400, "BAD_USER_INPUT", "id"],
    ["/export/neighborhood.json?id=movement:metoo&depth=9", 400, "BAD_USER_INPUT", "depth"],
    ["/export/neighborhood.json?id=movement:metoo&limit=abc", 400, "BAD_USER_INPUT", "limit"],
    ["/export/neighborhood.gexf?id=movement:nothing-here", 404, "NOT_FOUND", "id"],
    ["/export/path.csv?from=actor:tarana-burke", 400, "BAD_USER_INPUT", "to"],
    ["/export/path.json?from=actor:tarana-burke&to=movement:metoo&maxHops=99", 400, "BAD_USER_INPUT", "maxHops"],
    ["/export/search.graphml?q=x&first=1000", 400, "BAD_USER_INPUT", "first"],
    ["/export/timeline.json?from=yesterday", 400, "BAD_USER_INPUT", "from"],
    ["/export/graph.xlsx", 404, "NOT_FOUND", undefined],
    ["/export/everything.json", 404, "NOT_FOUND", undefined],
  ])("answers %s with %d %s", async (path, status, code, argumentName) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions.code).toBe(code);
    if (argumentName) expect(body.errors[0].extensions.argumentName).toBe(argumentName);
  });

  it("refuses an export costing more than COST_LIMIT, as the API does", async () => {
    const small = await startTestServer(db.graph, { COST_LIMIT: "5" });
    try {
      const response = await fetch(`${small.url}/export/graph.json`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { extensions: { code: string; cost: { limit: number } } }[] };
      expect(body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COSTLY", cost: { limit: 5 } });
    } finally {
      await small.close();
    }
  });
});
