import path from "node:path";
import { exportUrls, graphOfCells, type GraphEdge, type GraphNode } from "../../explorer/src/api";
import { EMPTY_STATE, readState, writeState } from "../../explorer/src/permalink";
import { datedFacts } from "../../explorer/src/timeline";
import { explorerDir } from "../../src/server/explore.route";

const node = (id: string, name: string, extra: Partial<GraphNode> = {}): GraphNode => ({ id, label: "Event", name, sources: [], ...extra });
const edge = (from: string, type: string, to: string, date: string | null): GraphEdge => ({ id: `${from}|${type}|${to}`, from, to, type, date, sources: [] });

describe("explorer permalink", () => {
  it("round-trips every part of the view through the URL", () => {
    const state = {
      focus: "actor:tarana-burke",
      expanded: ["movement:metoo", "hashtag:metoo"],
      path: ["actor:tarana-burke", "actor:alyssa-milano"] as [string, string],
      selected: "actor:tarana-burke|CREATED|movement:metoo",
      hidden: ["Topic", "SPREAD_ON"],
      cypher: "MATCH (m:Movement {id: $id}) RETURN m",
      params: '{"id": "movement:metoo"}',
    };
    const query = writeState(state);
    expect(query).toContain("focus=actor%3Atarana-burke");
    expect(readState(query)).toEqual(state);
  });

  it("writes nothing for the empty view and ignores a path without two ends", () => {
    expect(writeState(EMPTY_STATE)).toBe("");
    expect(readState("?path=actor:a").path).toBeNull();
    expect(readState("?params=%7B%7D").params).toBe("{}");
    expect(writeState({ ...EMPTY_STATE, params: "{}" })).toBe(""); // parameters only travel with a statement
  });
});

describe("explorer timeline", () => {
  it("lists dated events and dated links in the API's date order, a year before its months and days", () => {
    const nodes = [node("event:b", "Parkland", { date: "2018-02-14" }), node("event:a", "Riksdag", { date: "2018-08" }), node("event:c", "Undated"), node("event:d", "Year", { date: "2018" })];
    const edges = [edge("event:a", "TRIGGERED", "event:b", "2006"), edge("event:a", "RELATED_TO", "event:b", null)];
    const names = new Map(nodes.map((n) => [n.id, n.name]));
    const facts = datedFacts(nodes, edges, (id) => names.get(id) ?? id);
    expect(facts.map((f) => [f.date, f.text])).toEqual([
      ["2006", "Riksdag TRIGGERED Parkland"],
      ["2018", "Year"],
      ["2018-02-14", "Parkland"],
      ["2018-08", "Riksdag"],
    ]);
    expect(facts.map((f) => f.kind)).toEqual(["edge", "node", "node", "node"]);
  });
});

describe("explorer Cypher cells", () => {
  const tarana = { element: "node", id: "actor:tarana-burke", label: "Actor", name: "Tarana Burke" };
  const metoo = { element: "node", id: "movement:metoo", label: "Movement", name: "Me Too movement" };
  const created = { element: "relationship", id: null, type: "CREATED", from: tarana, to: metoo, role: null, date: "2006", sources: [{ section: "S", quote: "Q" }] };

  it("draws entity references, relationships and paths, and leaves plain values to the table", () => {
    const graph = graphOfCells([
      [tarana, created, 3, "text"],
      [{ element: "path", nodes: [tarana, metoo], relationships: [created] }, null, [metoo], { n: 1 }],
    ]);
    expect(graph.nodes.map((n) => [n.id, n.label, n.name])).toEqual([
      ["actor:tarana-burke", "Actor", "Tarana Burke"],
      ["movement:metoo", "Movement", "Me Too movement"],
    ]);
    expect(graph.edges).toEqual([
      { id: "actor:tarana-burke|CREATED|movement:metoo", from: "actor:tarana-burke", to: "movement:metoo", type: "CREATED", role: null, date: "2006", sources: [{ section: "S", quote: "Q" }] },
    ]);
  });

  it("draws nothing for a table of plain values, nor an edge whose ends are not entities", () => {
    expect(graphOfCells([[1, "a"], [{ name: "x" }, [2]]])).toEqual({ nodes: [], edges: [], truncated: false });
    const dangling = { element: "relationship", id: "r", type: "X", from: "4:abc:1", to: "4:abc:2", sources: [] };
    expect(graphOfCells([[dangling]]).edges).toEqual([]);
  });
});

describe("explorer export links", () => {
  it("point at the API's /export/ endpoints with escaped ids", () => {
    expect(exportUrls.neighborhood("actor:tarana-burke", 1, 60, "graphml")).toBe("/export/neighborhood.graphml?id=actor%3Atarana-burke&depth=1&limit=60");
    expect(exportUrls.path("actor:a", "actor:b", "csv")).toBe("/export/path.csv?from=actor%3Aa&to=actor%3Ab");
    expect(exportUrls.graph("gexf")).toBe("/export/graph.gexf");
  });
});

describe("explorer files", () => {
  it("are found under the repository's dist/explorer from src/ (ts-jest) and from dist/src/ (npm start)", () => {
    const root = path.join(__dirname, "..", "..");
    expect(explorerDir(path.join(root, "src", "server"))).toBe(path.join(root, "dist", "explorer"));
    expect(explorerDir(path.join(root, "dist", "src", "server"))).toBe(path.join(root, "dist", "explorer"));
  });
});
