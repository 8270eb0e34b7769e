import { getIntrospectionQuery } from "graphql";
import { useSampleServer } from "../helpers/sample-server";
import { postGraphQL } from "../helpers/test-server";

/** Limits checked before anything runs, over HTTP, with their codes, numbers and status. */
describe("query limits", () => {
  const sample = useSampleServer();
  const executed: string[] = [];
  beforeAll(() => sample.db.graph.onQuery((name) => executed.push(name)));

  /** Sends a query and asserts it was refused with `code` and HTTP 400 before any Cypher ran. */
  async function expectRefused(query: string, code: string, variables?: Record<string, unknown>) {
    executed.length = 0;
    const { status, body } = await postGraphQL(sample.server.url, query, variables);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(executed).toEqual([]);
    return body;
  }

  describe("cost", () => {
    const costly = "query($n: Int) { movements(first: $n) { edges { node { relations(first: 500) { node { id } } } } } }";

    it("puts extensions.cost { requested, limit } on every response", async () => {
      const { body } = await postGraphQL(sample.server.url, "{ stats { entityCount } movements(first: 5) { edges { node { id } } } }");
      // stats: 1; movements: 5 pages x (1 + 0)
      expect(body.extensions).toEqual({ cost: { requested: 6, limit: 50000 } });
      const nested = await postGraphQL(sample.server.url, "{ movements(first: 10) { edges { node { hashtags(first: 3) { node { id } } } } } }");
      expect(nested.body.extensions.cost.requested).toBe(10 * (1 + 3));
    });

    it("refuses a query over the limit with QUERY_TOO_COSTLY and the numbers, costing variables at their values", async () => {
      const body = await expectRefused(costly, "QUERY_TOO_COSTLY", { n: 100 });
      expect(body.errors?.[0].extensions?.cost).toEqual({ requested: 100 * 501, limit: 50000 });
      expect(body.errors?.[0].message).toMatch(/up to 50100 nodes, over the limit of 50000/);
      const cheap = await postGraphQL(sample.server.url, costly, { n: 2 });
      expect(cheap.body.errors).toBeUndefined();
      expect(cheap.body.extensions.cost.requested).toBe(2 * 501);
    });

    it("counts path, neighborhood and influence at their worst case", async () => {
      const path = await postGraphQL(sample.server.url, '{ path(from: "actor:tarana-burke", to: "platform:twitter", maxHops: 8) { length } }');
      expect(path.body.extensions.cost.requested).toBe(17);
      const hood = await postGraphQL(sample.server.url, '{ neighborhood(id: "hashtag:metoo", limit: 100) { nodes { id } } }');
      expect(hood.body.extensions.cost.requested).toBe(500);
      await expectRefused('{ neighborhood(id: "hashtag:metoo", limit: 500) { nodes { relations(first: 20) { node { id } } } } }', "QUERY_TOO_COSTLY");
      const influence = await postGraphQL(sample.server.url, '{ movement(id: "movement:metoo") { inspired(depth: 5) { id } } }');
      expect(influence.body.extensions.cost.requested).toBe(1 + 100);
    });
  });

  describe("document shape", () => {
    it("refuses more than 12 levels of nesting with QUERY_TOO_DEEP, fragments included", async () => {
      const nest = (levels: number) => "relations(first: 1) { node { ".repeat(levels) + "id" + " } }".repeat(levels);
      // movement(1) + 2 per relations/node pair + id(1): 12 levels pass, 14 do not.
      expect((await postGraphQL(sample.server.url, `{ movement(id: "movement:metoo") { ${nest(5)} } }`)).body.errors).toBeUndefined();
      const body = await expectRefused(`{ movement(id: "movement:metoo") { ${nest(6)} } }`, "QUERY_TOO_DEEP");
      expect(body.errors?.[0].message).toBe("The query is nested 14 levels deep, over the limit of 12.");
      await expectRefused(
        `query { movement(id: "movement:metoo") { ...A } }
         fragment A on Movement { relations { node { ...B } } }
         fragment B on Entity { relations { node { relations { node { relations { node { relations { node { relations { node { id } } } } } } } } } } }`,
        "QUERY_TOO_DEEP",
      );
    });

    it("refuses more than 30 aliases with TOO_MANY_ALIASES", async () => {
      const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(" ");
      expect((await postGraphQL(sample.server.url, `{ ${aliases(30)} }`)).body.errors).toBeUndefined();
      const body = await expectRefused(`{ ${aliases(300)} }`, "TOO_MANY_ALIASES");
      expect(body.errors?.[0].extensions).toMatchObject({ aliases: 300, limit: 30 });
    });

    it("refuses documents over 20 kB with DOCUMENT_TOO_LARGE and over 3000 tokens with TOO_MANY_TOKENS", async () => {
      await expectRefused(`{ __typename } # ${"x".repeat(21000)}`, "DOCUMENT_TOO_LARGE");
      await expectRefused(`{ ${"a ".repeat(3100)} }`, "TOO_MANY_TOKENS");
    });

    it("lets Sandbox's introspection query through", async () => {
      const { status, body } = await postGraphQL(sample.server.url, getIntrospectionQuery());
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.__schema.queryType.name).toBe("Query");
    });
  });

  describe("argument caps", () => {
    it.each([
      ["{ movements(first: 101) { totalCount } }", "first", /first must be a whole number from 1 to 100 \(got 101\)/],
      ['{ search(query: "x", first: 1000) { score } }', "first", /from 1 to 100 \(got 1000\)/],
      ['{ movement(id: "movement:metoo") { inspired(depth: 6) { id } } }', "depth", /depth must be a whole number from 1 to 5 \(got 6\)/],
      ['{ neighborhood(id: "hashtag:metoo", depth: 4) { truncated } }', "depth", /from 1 to 3 \(got 4\)/],
      ['{ neighborhood(id: "hashtag:metoo", limit: 501) { truncated } }', "limit", /from 1 to 500 \(got 501\)/],
      ['{ path(from: "actor:tarana-burke", to: "platform:twitter", maxHops: 9) { length } }', "maxHops", /from 1 to 8 \(got 9\)/],
      ['{ movement(id: "movement:metoo") { relations(first: 501) { type } } }', "first", /from 1 to 500 \(got 501\)/],
    ])("refuses %s before running it", async (query, argumentName, message) => {
      const body = await expectRefused(query, "BAD_USER_INPUT");
      expect(body.errors?.[0].extensions?.argumentName).toBe(argumentName);
      expect(body.errors?.[0].message).toMatch(message);
    });

    it("checks caps given through variables", async () => {
      const body = await expectRefused("query($n: Int) { movements(first: $n) { totalCount } }", "BAD_USER_INPUT", { n: -5 });
      expect(body.errors?.[0].message).toMatch(/got -5/);
    });
  });

  it("refuses batched requests", async () => {
    const response = await fetch(`${sample.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
    });
    expect(response.status).toBe(400);
  });
});
