import { periodEnd, periodStart } from "../../src/dates";
import { loadDataset } from "../../seed/load";
import type { Dataset } from "../../seed/validate";
import { gql } from "../helpers/gql";
import { connectTestDb, resetDb, type TestDb } from "../helpers/test-db";
import { startTestServer, type TestServer } from "../helpers/test-server";

const source = [{ section: "Introduction", quote: "Internet activism" }];

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A date at year, month or day precision; `to` and `from` picks draw from the same. */
function randomDate(next: () => number): string {
  const year = 1990 + Math.floor(next() * 35);
  const month = String(1 + Math.floor(next() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(next() * 28)).padStart(2, "0");
  const precision = next();
  return precision < 0.2 ? String(year) : precision < 0.4 ? `${year}-${month}` : `${year}-${month}-${day}`;
}

/** Events of every span, from one day to decades, many on the same dates (ties break by id). */
function eventsDataset(count: number, next: () => number): Dataset {
  const nodes: Dataset["nodes"] = [];
  for (let i = 0; i < count; i++) {
    const date = randomDate(next);
    let endDate: string | undefined;
    if (next() < 0.5) {
      const end = randomDate(next);
      if (periodStart(end) >= periodStart(date)) endDate = end;
    }
    nodes.push({ id: `event:e${i}`, name: `Event ${i}`, aliases: [], description: "An event.", date, ...(endDate ? { endDate } : {}), sources: source });
  }
  nodes.push({ id: "event:undated", name: "Undated", aliases: [], description: "No date.", sources: source });
  return { nodes, relationships: [], types: [] };
}

/**
 * The window query reads events by span class instead of one filter over everything: these
 * windows, directions and page walks compare it with the plain definition (period overlaps the
 * window, ordered by start then id).
 */
describe("events in a time window", () => {
  let db: TestDb;
  let server: TestServer;
  const next = random(42);
  const dataset = eventsDataset(400, next);
  const run = (query: string, variables?: Record<string, unknown>) => gql(server.apollo, server.createContext, query, variables);

  beforeAll(async () => {
    db = connectTestDb();
    await resetDb(db.graph);
    await loadDataset(db.graph, dataset);
    server = await startTestServer(db.graph);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  function expected(from: string, to: string | null, descending: boolean): string[] {
    const rows = dataset.nodes
      .filter((n) => n.date)
      .map((n) => ({ id: n.id, start: periodStart(n.date!), end: periodEnd(n.endDate ?? n.date!) }))
      .filter((e) => e.end >= periodStart(from) && (to === null || e.start <= periodEnd(to)));
    rows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (descending) rows.reverse();
    return rows.map((e) => e.id);
  }

  async function walk(from: string, to: string | null, order: "DATE_ASC" | "DATE_DESC"): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const result = await run(
        `query($from: String, $to: String, $after: String, $order: EventOrder!) {
          events(first: 7, after: $after, orderBy: $order, filter: { from: $from, to: $to }) { edges { node { id } } pageInfo { hasNextPage endCursor } }
        }`,
        { from, to, after, order },
      );
      expect(result.errors).toBeUndefined();
      const { edges, pageInfo } = result.data.events;
      ids.push(...edges.map((e: { node: { id: string } }) => e.node.id));
      if (!pageInfo.hasNextPage) return ids;
      after = pageInfo.endCursor;
    }
    throw new Error("more than 100 pages");
  }

  it("returns exactly the overlapping events, in order, across pages, both ways", async () => {
    const windows: [string, string | null][] = [["2012", "2014"], ["2000-06", "2000-06"], ["1989", null], ["2024-12-31", null], ["1995-03-15", "2003"]];
    for (let i = 0; i < 15; i++) {
      const a = randomDate(next);
      const b = randomDate(next);
      windows.push(periodStart(a) <= periodStart(b) ? [a, b] : [b, a]);
    }
    for (const [from, to] of windows) {
      for (const order of ["DATE_ASC", "DATE_DESC"] as const) {
        expect({ from, to, order, ids: await walk(from, to, order) }).toEqual({ from, to, order, ids: expected(from, to, order === "DATE_DESC") });
      }
    }
  });

  it("gives the timeline's first page from the same rows", async () => {
    const result = await run(`{ timeline(from: "2010", to: "2020", first: 20) { edges { node { id } } pageInfo { hasNextPage } } }`);
    const all = expected("2010", "2020", false);
    expect(result.data.timeline.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(all.slice(0, 20));
    expect(result.data.timeline.pageInfo.hasNextPage).toBe(all.length > 20);
  });
});
