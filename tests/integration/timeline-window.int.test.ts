import { periodEnd, periodStart } from "../../src/dates";
import { loadDataset } from "../../src/seed/load";
import type { Dataset } from "../../src/seed/validate";
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
  // Dated and undated relationships between actors and events: the timeline's fact entries.
  const relationships: Dataset["relationships"] = [];
  for (let i = 0; i < 12; i++) nodes.push({ id: `actor:a${i}`, name: `Actor ${i}`, aliases: [], description: "An actor.", sources: source });
  for (let i = 0; i < 300; i++) {
    const event = `event:e${Math.floor(next() * count)}`;
    const actor = `actor:a${Math.floor(next() * 12)}`;
    const type = next() < 0.5 ? "PARTICIPATED_IN" : "SUPPORTED";
    if (relationships.some((r) => r.from === actor && r.to === event && r.type === type)) continue;
    const date = next() < 0.8 ? randomDate(next) : undefined;
    relationships.push({ from: actor, type, to: event, ...(date ? { date } : {}), sources: source });
  }
  return { nodes, relationships, types: [] };
}

/**
 * The window query reads events by span class instead of one filter over everything: these
 * windows, directions and page walks compare it with the plain definition (period overlaps the
 * window, ordered by start then id).
 */
describe("events in a time window", () => {
  jest.setTimeout(300_000);
  let db: TestDb;
  let server: TestServer;
  const next = random(42);
  const dataset = eventsDataset(400, next);
  const run = (query: string, variables?: Record<string, unknown>) => gql(server.apollo, server.createContext, query, variables);

  beforeAll(async () => {
    // The machine running the suite may be loaded; the plans are index-backed (bench/ measures them).
    db = connectTestDb({ timeoutMs: 30_000 });
    await resetDb(db.graph);
    await loadDataset(db.graph, dataset);
    server = await startTestServer(db.graph);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  function expected(from: string | null, to: string | null, descending: boolean, withFacts = false, about?: (id: string) => boolean): string[] {
    const events = dataset.nodes.filter((n) => n.date).map((n) => ({ id: n.id, start: periodStart(n.date!), end: periodEnd(n.endDate ?? n.date!), ends: [n.id] }));
    const facts = withFacts
      ? dataset.relationships.filter((r) => r.date).map((r) => ({ id: `${r.from}|${r.type}|${r.to}`, start: periodStart(r.date!), end: periodEnd(r.date!), ends: [r.from, r.to] }))
      : [];
    const rows = [...events, ...facts]
      .filter((e) => (from === null || e.end >= periodStart(from)) && (to === null || e.start <= periodEnd(to)))
      .filter((e) => !about || e.ends.some(about) || e.id.split("|").some(about));
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

  const entryId = (node: { event?: { id: string }; key?: string }) => node.event?.id ?? node.key!;
  const TIMELINE = `query($from: String, $to: String, $first: Int, $after: String, $last: Int, $before: String, $entity: ID) {
    timeline(from: $from, to: $to, first: $first, after: $after, last: $last, before: $before, entity: $entity) {
      edges { cursor node { date ... on EventEntry { event { id } } ... on FactEntry { key } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }`;

  /** Every page of the timeline, forwards with first/after or backwards with last/before; pageInfo checked on each. */
  async function walkTimeline(vars: Record<string, unknown>, backward: boolean): Promise<{ ids: string[]; total: number }> {
    const pages: string[][] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 200; page++) {
      const result = await run(TIMELINE, { ...vars, ...(backward ? { last: 25, before: cursor } : { first: 25, after: cursor }) });
      expect(result.errors).toBeUndefined();
      const { edges, pageInfo, totalCount } = result.data.timeline;
      pages.push(edges.map((e: { node: { event?: { id: string }; key?: string } }) => entryId(e.node)));
      expect(backward ? pageInfo.hasNextPage : pageInfo.hasPreviousPage).toBe(cursor !== null);
      const more = backward ? pageInfo.hasPreviousPage : pageInfo.hasNextPage;
      if (!more) return { ids: (backward ? pages.reverse() : pages).flat(), total: totalCount };
      cursor = backward ? pageInfo.startCursor : pageInfo.endCursor;
    }
    throw new Error("more than 200 pages");
  }

  it("returns every dated event and dated relationship overlapping the window, in order, paging both ways", async () => {
    const windows: [string | null, string | null][] = [["2012", "2014"], ["2000-06", "2000-06"], [null, "1993"], ["2024-12-31", null]];
    for (let i = 0; i < 4; i++) {
      const a = randomDate(next);
      const b = randomDate(next);
      windows.push(periodStart(a) <= periodStart(b) ? [a, b] : [b, a]);
    }
    for (const [from, to] of windows) {
      const want = expected(from, to, false, true);
      for (const backward of [false, true]) {
        const got = await walkTimeline({ from, to }, backward);
        expect({ from, to, backward, ...got }).toEqual({ from, to, backward, ids: want, total: want.length });
      }
    }
  });

  it("filters by entity: its dated relationships and the entries of events linked to it, in order", async () => {
    for (const entity of ["actor:a3", "event:e7"]) {
      const linked = new Set(dataset.relationships.filter((r) => r.from === entity || r.to === entity).flatMap((r) => [r.from, r.to]).filter((id) => id.startsWith("event:")));
      const keys = new Set(dataset.relationships.filter((r) => r.date && (r.from === entity || r.to === entity)).map((r) => `${r.from}|${r.type}|${r.to}`));
      const want = expected("2005", null, false, true).filter((id) => keys.has(id) || id === entity || linked.has(id));
      for (const backward of [false, true]) expect(await walkTimeline({ from: "2005", entity }, backward)).toEqual({ ids: want, total: want.length });
    }
  });

  it("filters by relationship type and by entity type", async () => {
    const organized = await run(`{ timeline(first: 100, relationshipTypes: [SUPPORTED]) { edges { node { ... on FactEntry { type subject { id } } } } totalCount } }`);
    const want = dataset.relationships.filter((r) => r.type === "SUPPORTED" && r.date).length;
    expect(organized.data.timeline.totalCount).toBe(want);
    expect(new Set(organized.data.timeline.edges.map((e: { node: { type: string } }) => e.node.type))).toEqual(new Set(["SUPPORTED"]));
    const events = await run(`{ timeline(first: 5, entityTypes: [EVENT], from: "2010") { edges { node { __typename } } totalCount } }`);
    expect(events.data.timeline.totalCount).toBe(expected("2010", null, false, true).length);
    const actors = await run(`{ timeline(first: 100, entityTypes: [ACTOR]) { edges { node { __typename } } totalCount } }`);
    expect(actors.data.timeline.totalCount).toBe(dataset.relationships.filter((r) => r.date).length);
    expect(new Set(actors.data.timeline.edges.map((e: { node: { __typename: string } }) => e.node.__typename))).toEqual(new Set(["FactEntry"]));
    const bad = await run(`{ timeline(relationshipTypes: [NOPE]) { totalCount } }`);
    expect(bad.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const both = await run(`{ timeline(first: 2, last: 2) { totalCount } }`);
    expect(both.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
