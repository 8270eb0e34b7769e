import { seedGraph } from "../../src/seed/seed";
import { connectTestDb, resetDb, type TestDb } from "../helpers/test-db";
import { postGraphQL, startTestServer, type TestServer } from "../helpers/test-server";

type Page = { edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null } };

describe("root connections page forward and backward (Relay)", () => {
  let db: TestDb;
  let server: TestServer;
  beforeAll(async () => {
    // A loaded machine can take seconds for the first reset of a fresh database.
    db = connectTestDb({ timeoutMs: 30000 });
    await resetDb(db.graph);
    await seedGraph(db.graph);
    server = await startTestServer(db.graph);
  }, 180_000); // seeding the full graph on a loaded machine
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  const page = async (field: string, args: string): Promise<Page> => {
    const { body } = await postGraphQL(server.url, `{ page: ${field}(${args}) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
    expect(body.errors).toBeUndefined();
    return body.data.page;
  };
  const ids = (p: Page) => p.edges.map((e) => e.node.id);
  const errorOf = async (query: string) => (await postGraphQL(server.url, query)).body.errors?.[0];

  /** Walks the list backward with `last: size` from its end, checking each page's info. */
  async function walkBackward(field: string, extra: string, size: number): Promise<string[]> {
    const walked: string[][] = [];
    let before: string | null = null;
    for (;;) {
      const p: Page = await page(field, `last: ${size}${before ? `, before: "${before}"` : ""}${extra}`);
      expect(p.pageInfo.hasNextPage).toBe(before !== null);
      expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
      expect(p.pageInfo.endCursor).toBe(p.edges[p.edges.length - 1]?.cursor ?? null);
      walked.unshift(ids(p));
      if (!p.pageInfo.hasPreviousPage) break;
      expect(p.edges).toHaveLength(size);
      before = p.pageInfo.startCursor;
    }
    return walked.flat();
  }

  async function walkForward(field: string, extra: string, size: number): Promise<string[]> {
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p: Page = await page(field, `first: ${size}${after ? `, after: "${after}"` : ""}${extra}`);
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      walked.push(...ids(p));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    return walked;
  }

  it.each([
    ["movements", ""],
    ["movements", ", orderBy: NAME_DESC"],
    ["actors", ", filter: { kind: PERSON }"],
    ["hashtags", ""],
    ["platforms", ""],
    ["topics", ""],
    ["events", ""],
    ["events", ", orderBy: DATE_DESC"],
    ["events", ", orderBy: DATE_ASC, filter: { from: \"2011\", to: \"2020\" }"],
  ])("%s%s: backward pages of 7 give the same list, in the same order, as forward pages", async (field, extra) => {
    const all = ids(await page(field, `first: 100${extra}`));
    expect(all.length).toBeGreaterThan(7);
    expect(await walkForward(field, extra, 7)).toEqual(all);
    expect(await walkBackward(field, extra, 7)).toEqual(all);
  });

  it("takes the items just before a cursor, with both neighbours' flags right", async () => {
    const all = await page("movements", "first: 100");
    const fifth = all.edges[4].cursor;
    const before = await page("movements", `last: 3, before: "${fifth}"`);
    expect(ids(before)).toEqual(ids(all).slice(1, 4));
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const head = await page("movements", `last: 10, before: "${fifth}"`);
    expect(ids(head)).toEqual(ids(all).slice(0, 4));
    expect(head.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    const afterFirst = await page("movements", `first: 2, after: "${all.edges[0].cursor}"`);
    expect(ids(afterFirst)).toEqual(ids(all).slice(1, 3));
    expect(afterFirst.pageInfo.hasPreviousPage).toBe(true);
    const pastEnd = await page("movements", `first: 5, after: "${all.edges[all.edges.length - 1].cursor}"`);
    expect(pastEnd.edges).toEqual([]);
    expect(pastEnd.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it("refuses mixed directions and out-of-range sizes with BAD_USER_INPUT naming the argument", async () => {
    const cursor = (await page("movements", "first: 1")).pageInfo.endCursor;
    const cases: [string, string][] = [
      ["first: 2, last: 2", "last"],
      [`after: "${cursor}", before: "${cursor}"`, "before"],
      [`last: 2, after: "${cursor}"`, "after"],
      [`first: 2, before: "${cursor}"`, "before"],
      ["last: 0", "last"],
      ["last: 101", "last"],
      ['last: 2, before: "not-a-cursor"', "before"],
    ];
    for (const [args, argumentName] of cases) {
      const error = await errorOf(`{ movements(${args}) { edges { cursor } } }`);
      expect([args, error?.extensions]).toEqual([args, { code: "BAD_USER_INPUT", argumentName }]);
    }
    // A cursor of another ordering is refused backward as forward.
    const error = await errorOf(`{ movements(last: 2, before: "${cursor}", orderBy: NAME_DESC) { edges { cursor } } }`);
    expect(error?.extensions).toEqual({ code: "BAD_USER_INPUT", argumentName: "before" });
  });

  it("counts the whole filtered list the same whichever way it is paged", async () => {
    const { body } = await postGraphQL(server.url, `{ f: movements(first: 3) { totalCount } b: movements(last: 3) { totalCount } }`);
    expect(body.data.f.totalCount).toBeGreaterThan(3);
    expect(body.data.b.totalCount).toBe(body.data.f.totalCount);
  });
});
