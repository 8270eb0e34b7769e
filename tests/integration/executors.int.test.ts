import { useSampleServer } from "../helpers/sample-server";
import { postGraphQL } from "../helpers/test-server";

/**
 * The schema runs the same on graphql-jit and graphql-js (issue 14, section 3): each case here once
 * failed on graphql-jit.
 */
describe.each(["jit", "graphql-js"])("GRAPHQL_EXECUTOR=%s", (executor) => {
  const sample = useSampleServer({ GRAPHQL_EXECUTOR: executor });
  const run = (query: string, variables?: Record<string, unknown>) => postGraphQL(sample.server.url, query, variables);

  it("answers @include(if: $d) from this request's variables when the same document ran with others", async () => {
    const query = "query ($d: Boolean!) { movements(first: 2) { edges { node { id description @include(if: $d) } } } }";
    const without = await run(query, { d: false });
    const withIt = await run(query, { d: true });
    const again = await run(query, { d: false });
    expect(without.body.errors).toBeUndefined();
    expect(without.body.data.movements.edges[0].node).toEqual({ id: expect.any(String) });
    expect(withIt.body.errors).toBeUndefined();
    expect(withIt.body.data.movements.edges[0].node).toEqual({ id: expect.any(String), description: expect.stringMatching(/\w/) });
    expect(again.body).toEqual(without.body);
  });

  it("reads a link's first and an influence's depth from this request's variables when the same document ran with others", async () => {
    const query = `query ($n: Int!, $d: Int!) { movement(id: "movement:metoo") { relations(first: $n) { key } inspired(depth: $d) { id } } }`;
    const small = await run(query, { n: 1, d: 1 });
    const large = await run(query, { n: 4, d: 3 });
    const again = await run(query, { n: 1, d: 1 });
    expect(small.body.errors).toBeUndefined();
    expect(large.body.errors).toBeUndefined();
    expect(small.body.data.movement.relations).toHaveLength(1);
    expect(large.body.data.movement.relations.length).toBeGreaterThan(1);
    expect(large.body.data.movement.inspired.length).toBeGreaterThanOrEqual(small.body.data.movement.inspired.length);
    expect(again.body).toEqual(small.body);
  });

  it("counts a connection's items only when totalCount is selected, and counts them right", async () => {
    const all = await run("{ movements(first: 100) { totalCount edges { node { id } } } timeline(first: 100) { totalCount edges { cursor } } }");
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data.movements.totalCount).toBe(all.body.data.movements.edges.length);
    expect(all.body.data.movements.totalCount).toBeGreaterThan(0);
    expect(all.body.data.timeline.totalCount).toBe(all.body.data.timeline.edges.length);
    const page = await run("{ movements(first: 1) { totalCount } }");
    expect(page.body.data.movements.totalCount).toBe(all.body.data.movements.totalCount);
  });

  it("uses the default of a non-null variable the request leaves out", async () => {
    const query = "query ($order: EntityOrder! = NAME_DESC) { movements(first: 100, orderBy: $order) { edges { node { name } } } }";
    const byDefault = await run(query);
    expect(byDefault.body.errors).toBeUndefined();
    const names = byDefault.body.data.movements.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(names.length).toBeGreaterThan(1);
    const ascending = await run(query, { order: "NAME_ASC" });
    expect(ascending.body.data.movements.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([...names].reverse());
  });

  it("resolves Entity and Node values to their concrete types", async () => {
    const { body } = await run(`{
      node(id: "movement:metoo") { __typename id ... on Entity { name } }
      search(query: "metoo", first: 3) { entity { __typename id ... on Node { id } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.node).toMatchObject({ __typename: "Movement", id: "movement:metoo" });
    expect(body.data.search.length).toBeGreaterThan(0);
    for (const hit of body.data.search) expect(["Movement", "Actor", "Hashtag", "Platform", "Event", "Topic"]).toContain(hit.entity.__typename);
  });

  it("answers an unknown operationName with 400 OPERATION_RESOLUTION_FAILURE", async () => {
    const response = await fetch(`${sample.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "query A { stats { entityCount } }", operationName: "B" }),
    });
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(response.status).toBe(400);
    expect(body.errors[0].extensions.code).toBe("OPERATION_RESOLUTION_FAILURE");
  });
});
