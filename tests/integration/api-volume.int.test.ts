import { loadDataset } from "../../src/seed/load";
import { gql } from "../helpers/gql";
import { syntheticDataset } from "../helpers/synthetic-data";
import { connectTestDb, resetDb, type TestDb } from "../helpers/test-db";
import { startTestServer, type TestServer } from "../helpers/test-server";

/** Pagination, filters and round trips need volume: a synthetic graph of 150 movements. */
describe("GraphQL API at volume", () => {
  let db: TestDb;
  let server: TestServer;
  const run = (query: string, variables?: Record<string, unknown>) => gql(server.apollo, server.createContext, query, variables);

  beforeAll(async () => {
    db = connectTestDb();
    await resetDb(db.graph);
    await loadDataset(db.graph, syntheticDataset(150));
    server = await startTestServer(db.graph);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  describe("pagination", () => {
    const page = `query($first: Int, $after: String, $order: EntityOrder! = NAME_ASC) {
      movements(first: $first, after: $after, orderBy: $order) {
        edges { cursor node { id } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;

    it("walks the whole list in pages with stable cursors, each item once, in name order", async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages++) {
        const { data, errors } = await run(page, { first: 40, after });
        expect(errors).toBeUndefined();
        const connection = data.movements;
        seen.push(...connection.edges.map((e: any) => e.node.id));
        expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
        expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1).cursor);
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(150);
      expect(seen).toEqual([...seen].sort());
      expect(new Set(seen).size).toBe(150);
    });

    it("pages in descending order too", async () => {
      const first = await run(page, { first: 2, order: "NAME_DESC" });
      expect(first.data.movements.edges.map((e: any) => e.node.id)).toEqual(["movement:m0149", "movement:m0148"]);
      const next = await run(page, { first: 2, order: "NAME_DESC", after: first.data.movements.pageInfo.endCursor });
      expect(next.data.movements.edges.map((e: any) => e.node.id)).toEqual(["movement:m0147", "movement:m0146"]);
    });

    it("defaults to 20, caps at 100, and rejects bad sizes and cursors with BAD_USER_INPUT", async () => {
      expect((await run(page)).data.movements.edges).toHaveLength(20);
      for (const first of [0, -1, 101, 100000]) {
        const result = await run(page, { first });
        expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "first" });
      }
      for (const after of ["nonsense", "eyJ4IjoxfQ", Buffer.from('{"o":"Actor:NAME:ASC","k":"a","i":"b"}').toString("base64url")]) {
        const result = await run(page, { after });
        expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
      }
    });

    it("counts the filtered list only when totalCount is selected", async () => {
      const queries: string[] = [];
      const stop = db.graph.onQuery((name) => queries.push(name));
      try {
        await run(`{ movements(first: 1) { edges { node { id } } } }`);
        expect(queries.filter((q) => q.startsWith("count"))).toHaveLength(0);
        const { data } = await run(`{ movements(first: 1, filter: { platform: "platform:alpha" }) { totalCount } }`);
        expect(data.movements.totalCount).toBe(50);
        expect(queries.filter((q) => q.startsWith("count"))).toHaveLength(1);
      } finally {
        stop();
      }
    });
  });

  describe("filters", () => {
    it("combines name, linked platform and linked actor filters", async () => {
      const { data } = await run(`{
        byName: movements(filter: { nameContains: "MENT 001" }) { totalCount }
        byAlias: movements(filter: { nameContains: "m149" }) { edges { node { id } } }
        both: movements(filter: { platform: "platform:beta", nameContains: "movement 000" }) { edges { node { id } } }
        byActor: movements(filter: { actor: "actor:a0007" }) { edges { node { id } } }
        persons: actors(filter: { kind: PERSON }) { totalCount }
      }`);
      expect(data.byName.totalCount).toBe(10);
      expect(data.byAlias.edges).toEqual([{ node: { id: "movement:m0149" } }]);
      expect(data.both.edges.map((e: any) => e.node.id)).toEqual(["movement:m0001", "movement:m0004", "movement:m0007"]);
      expect(data.byActor.edges).toEqual([{ node: { id: "movement:m0007" } }]);
      expect(data.persons.totalCount).toBe(75);
    });

    it("rejects a filter id of the wrong kind", async () => {
      const result = await run(`{ movements(filter: { platform: "actor:a0001" }) { totalCount } }`);
      expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.platform" });
    });
  });

  describe("influence", () => {
    it("returns each movement within depth once, nearest first", async () => {
      const { data } = await run(`{ movement(id: "movement:m0010") { inspired(depth: 3) { id } inspiredBy(depth: 2) { id } } }`);
      expect(data.movement.inspired.map((m: any) => m.id)).toEqual(["movement:m0011", "movement:m0012", "movement:m0013"]);
      expect(data.movement.inspiredBy.map((m: any) => m.id)).toEqual(["movement:m0009", "movement:m0008"]);
    });
  });

  describe("round trips (no N+1)", () => {
    const nested = `query($first: Int) {
      movements(first: $first) {
        edges { node {
          id
          hashtags(first: 2) { node { name movements(first: 2) { node { id } } } sources { quote } }
          platforms { node { name } }
          actors { node { name } role }
          inspired(depth: 2) { id }
        } }
      }
    }`;

    async function statementsOf(query: string, variables: Record<string, unknown>) {
      const queries: string[] = [];
      const stop = db.graph.onQuery((name) => queries.push(name));
      try {
        return { result: await run(query, variables), queries };
      } finally {
        stop();
      }
    }

    async function roundTrips(first: number) {
      const queries: string[] = [];
      const stop = db.graph.onQuery((name) => queries.push(name));
      try {
        const { data, errors } = await run(nested, { first });
        expect(errors).toBeUndefined();
        expect(data.movements.edges).toHaveLength(first);
        expect(data.movements.edges.every((e: any) => e.node.hashtags.length === 1 && e.node.platforms.length === 1 && e.node.actors.length === 1)).toBe(true);
        return queries;
      } finally {
        stop();
      }
    }

    it("costs the same number of Cypher round trips for 100 movements as for 2", async () => {
      const forTwo = await roundTrips(2);
      const forHundred = await roundTrips(100);
      expect(forHundred).toEqual(forTwo);
      // The page reads its hashtags, platforms, actors and influence in the same statement; the
      // hashtags' own movements, one level down, are one batched links statement.
      expect(forHundred).toEqual(["list Movement", "links batch"]);
    });

    it("answers a lookup and its links and influence in one statement, and the same as field by field", async () => {
      const lookup = `query($first: Int) { movement(id: "movement:m0007") { id name
        hashtags { key node { id name } } relations(first: $first) { type node { id } sources { quote } }
        inspired(depth: 3) { id } inspiredBy { id } } }`;
      const { result: viaLookup, queries } = await statementsOf(lookup, { first: 2 });
      expect(queries).toEqual(["entities by ids, prefetched"]);
      expect(viaLookup.errors).toBeUndefined();
      const viaNode = await run(lookup.replace('movement(id: "movement:m0007") {', 'node(id: "movement:m0007") { ... on Movement {').replace(/\} \}$/, "} } }"), { first: 2 });
      expect(viaNode.data.node).toEqual(viaLookup.data.movement);
      // One level down the same fields go through the DataLoaders, one statement per depth.
      const fieldByField = await run(
        lookup.replace('movement(id: "movement:m0007") {', 'hashtag(id: "hashtag:h0007") { movements { node { ... on Movement {').replace(/\} \}$/, "} } } } }"),
        { first: 2 },
      );
      expect(fieldByField.errors).toBeUndefined();
      expect(fieldByField.data.hashtag.movements[0].node).toEqual(viaLookup.data.movement);
      expect(viaLookup.data.movement).toMatchObject({
        hashtags: [{ node: { id: "hashtag:h0007", name: "#H0007" } }],
        inspired: [{ id: "movement:m0008" }, { id: "movement:m0009" }, { id: "movement:m0010" }],
        inspiredBy: [{ id: "movement:m0006" }],
      });
      expect(viaLookup.data.movement.relations).toHaveLength(2);
    });

    it("answers thirty aliased lookups with one statement, each under its own alias", async () => {
      const id = (i: number) => `movement:m${String(i).padStart(4, "0")}`;
      const fields = Array.from({ length: 30 }, (_, i) =>
        i % 2 ? `n${i}: node(id: "${id(i)}") { id ... on Movement { hashtags { node { id } } } }` : `n${i}: movement(id: "${id(i)}") { id hashtags { node { id } } }`,
      );
      const { result, queries } = await statementsOf(`{ ${fields.join("\n")} }`, {});
      expect(result.errors).toBeUndefined();
      expect(Object.keys(result.data)).toHaveLength(30);
      expect(result.data.n7).toEqual({ id: "movement:m0007", hashtags: [{ node: { id: "hashtag:h0007" } }] });
      expect(result.data.n8).toEqual({ id: "movement:m0008", hashtags: [{ node: { id: "hashtag:h0008" } }] });
      expect(queries).toEqual(["entities by ids, prefetched"]);
    });

    it("keeps aliased link and influence fields of one lookup apart", async () => {
      const { result, queries } = await statementsOf(
        `{ movement(id: "movement:m0007") { one: relations(first: 1) { key } two: relations(first: 2) { key } near: inspired { id } far: inspired(depth: 3) { id } } }`,
        {},
      );
      expect(result.errors).toBeUndefined();
      expect(queries).toEqual(["entities by ids, prefetched"]);
      const { one, two, near, far } = result.data.movement;
      expect(one).toHaveLength(1);
      expect(two).toHaveLength(2);
      expect(two[0]).toEqual(one[0]);
      expect(near).toEqual([{ id: "movement:m0008" }]);
      expect(far).toEqual([{ id: "movement:m0008" }, { id: "movement:m0009" }, { id: "movement:m0010" }]);
    });

    // Relationship types are an enum now (issue 11): an unknown one no longer reaches the
    // prefetch, it fails validation, and nothing runs.
    it("refuses an unknown relationship type of a prefetched field before any statement runs", async () => {
      const { result, queries } = await statementsOf(`{ movement(id: "movement:m0001") { id hashtags { key } relations(types: [LIKES]) { key } } }`, {});
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
      expect(queries).toEqual([]);
    });
  });
});
