import { useSampleServer } from "../helpers/sample-server";

type Case = {
  name: string;
  /** A GraphQL query with variables, or a raw HTTP request. */
  query?: string;
  variables?: unknown;
  operationName?: string;
  raw?: { method?: string; contentType?: string; body?: string; path?: string; bare?: boolean };
  status: number;
  /** Expected extensions.code of the first error; null when the request must succeed without errors. */
  code: string | null;
};

const CYPHER = "x'}) MATCH (n) DETACH DELETE n //";
const LONG = "x".repeat(10_000);
const cursorOf = (o: string) => Buffer.from(JSON.stringify({ o, k: "a", i: "movement:metoo" })).toString("base64url");

const cases: Case[] = [
  // Transport
  { name: "malformed JSON", raw: { body: '{"query": "{ __typename }"' }, status: 400, code: "BAD_REQUEST" },
  { name: "JSON that is not an object", raw: { body: '"just a string"' }, status: 400, code: "BAD_REQUEST" },
  { name: "empty body", raw: { body: "" }, status: 400, code: "BAD_REQUEST" },
  { name: "text/plain content type (CSRF-safe refusal)", raw: { contentType: "text/plain", body: '{"query":"{ __typename }"}' }, status: 400, code: "BAD_REQUEST" },
  { name: "application/xml content type", raw: { contentType: "application/xml", body: "<query/>" }, status: 400, code: "BAD_REQUEST" },
  { name: "body over 1 MB", raw: { body: JSON.stringify({ query: `{ __typename } #${"x".repeat(1_100_000)}` }) }, status: 413, code: "PAYLOAD_TOO_LARGE" },
  { name: "batched array of operations", raw: { body: '[{"query":"{ __typename }"}]' }, status: 400, code: "BAD_REQUEST" },
  { name: "query that is not a string", raw: { body: '{"query": 42}' }, status: 400, code: "BAD_REQUEST" },
  { name: "variables that are not an object", raw: { body: '{"query": "{ __typename }", "variables": [1]}' }, status: 400, code: "BAD_REQUEST" },
  { name: "GET with a mutation", raw: { method: "GET", path: "/graphql?query=" + encodeURIComponent("mutation { __typename }") }, status: 405, code: "BAD_REQUEST" },
  { name: "GET without the CSRF-prevention header", raw: { method: "GET", path: "/graphql?query=" + encodeURIComponent("{ __typename }"), bare: true }, status: 400, code: "BAD_REQUEST" },
  { name: "GET with a query works", raw: { method: "GET", path: "/graphql?query=" + encodeURIComponent("{ __typename }") }, status: 200, code: null },
  // Documents
  { name: "syntax error", query: "{ movements(", status: 400, code: "GRAPHQL_PARSE_FAILED" },
  { name: "unknown field", query: "{ movements { nope } }", status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
  { name: "unknown operation name", query: "query A { __typename }", operationName: "B", status: 400, code: "OPERATION_RESOLUTION_FAILURE" },
  { name: "wrong argument type", query: '{ movements(first: "ten") { totalCount } }', status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
  { name: "variable of the wrong type", query: "query($n: Int) { movements(first: $n) { totalCount } }", variables: { n: "ten" }, status: 400, code: "BAD_USER_INPUT" },
  { name: "first beyond 32 bits", query: "{ movements(first: 99999999999) { totalCount } }", status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
  { name: "fragment cycle", query: "{ movement(id: \"movement:metoo\") { ...A } } fragment A on Movement { relations { node { ...B } } } fragment B on Entity { ...A }", status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
  { name: "deeply nested fragments", query: `{ movement(id: "movement:metoo") { ...F0 } } ${Array.from({ length: 14 }, (_, i) => `fragment F${i} on Entity { relations(first: 1) { node { ${i < 13 ? `...F${i + 1}` : "id"} } } }`).join(" ")}`, status: 400, code: "QUERY_TOO_DEEP" },
  { name: "hundreds of aliases", query: `{ ${Array.from({ length: 400 }, (_, i) => `a${i}: __typename`).join(" ")} }`, status: 400, code: "TOO_MANY_ALIASES" },
  { name: "document over 20 kB", query: `{ __typename } # ${"y".repeat(25_000)}`, status: 400, code: "DOCUMENT_TOO_LARGE" },
  // Arguments
  { name: "negative first", query: "{ movements(first: -1) { totalCount } }", status: 400, code: "BAD_USER_INPUT" },
  { name: "huge first", query: "{ actors(first: 1000000) { totalCount } }", status: 400, code: "BAD_USER_INPUT" },
  { name: "zero first on a link field", query: '{ movement(id: "movement:metoo") { actors(first: 0) { type } } }', status: 400, code: "BAD_USER_INPUT" },
  { name: "malformed cursor", query: '{ movements(after: "not-a-cursor!") { totalCount } }', status: 200, code: "BAD_USER_INPUT" },
  { name: "cursor of another list", query: `{ movements(after: "${cursorOf("Actor:NAME:ASC")}") { totalCount } }`, status: 200, code: "BAD_USER_INPUT" },
  { name: "Cypher in a cursor", query: "query($c: String) { movements(after: $c) { totalCount } }", variables: { c: CYPHER }, status: 200, code: "BAD_USER_INPUT" },
  { name: "unknown but well-formed id", query: '{ node(id: "movement:no-such-movement") { id } }', status: 200, code: null },
  { name: "malformed id", query: '{ node(id: "Movement:BLM") { id } }', status: 200, code: "BAD_USER_INPUT" },
  { name: "Cypher in an id", query: "query($id: ID!) { node(id: $id) { id } }", variables: { id: CYPHER }, status: 200, code: "BAD_USER_INPUT" },
  { name: "NUL byte in an id", query: "query($id: ID!) { node(id: $id) { id } }", variables: { id: "movement:metoo\u0000" }, status: 200, code: "BAD_USER_INPUT" },
  { name: "unknown path endpoint", query: '{ path(from: "actor:nobody", to: "platform:twitter") { length } }', status: 200, code: "NOT_FOUND" },
  { name: "unknown neighborhood centre", query: '{ neighborhood(id: "event:never") { truncated } }', status: 200, code: "NOT_FOUND" },
  { name: "both id and name", query: '{ movement(id: "movement:metoo", name: "Me Too") { id } }', status: 200, code: "BAD_USER_INPUT" },
  { name: "invalid date 2012-13-45", query: '{ timeline(from: "2012-13-45") { totalCount } }', status: 200, code: "BAD_USER_INPUT" },
  { name: "invalid date yesterday", query: '{ events(filter: { to: "yesterday" }) { totalCount } }', status: 200, code: "BAD_USER_INPUT" },
  { name: "Cypher in a date", query: "query($d: String) { timeline(to: $d) { totalCount } }", variables: { d: CYPHER }, status: 200, code: "BAD_USER_INPUT" },
  { name: "unknown relationship type", query: "query($t: [RelationshipType!]) { movement(id: \"movement:metoo\") { relations(types: $t) { type } } }", variables: { t: [CYPHER] }, status: 400, code: "BAD_USER_INPUT" },
  { name: "filter id of the wrong kind", query: '{ movements(filter: { platform: "hashtag:metoo" }) { totalCount } }', status: 200, code: "BAD_USER_INPUT" },
  // Text that must be harmless
  { name: "Lucene syntax in search", query: 'query($q: String!) { search(query: $q) { score } }', variables: { q: 'name:(metoo OR "x") AND description:* ~2 ^9 [a TO z]' }, status: 200, code: null },
  { name: "unbalanced quotes in search", query: 'query($q: String!) { search(query: $q) { score } }', variables: { q: '"metoo' }, status: 200, code: null },
  { name: "10,000-character search", query: 'query($q: String!) { search(query: $q) { score } }', variables: { q: LONG }, status: 200, code: "BAD_USER_INPUT" },
  { name: "10,000-character name lookup", query: "query($n: String) { movement(name: $n) { id } }", variables: { n: LONG }, status: 200, code: "BAD_USER_INPUT" },
  { name: "10,000-character nameContains", query: "query($n: String) { movements(filter: { nameContains: $n }) { totalCount } }", variables: { n: LONG }, status: 200, code: "BAD_USER_INPUT" },
  { name: "control characters and NUL in search", query: 'query($q: String!) { search(query: $q) { score } }', variables: { q: "me\u0000too\u0007\u001b[31m" }, status: 200, code: null },
  { name: "emoji search", query: 'query($q: String!) { search(query: $q) { score } }', variables: { q: "✊🏾 #MeToo 🔥" }, status: 200, code: null },
  { name: "right-to-left text search", query: 'query($q: String!) { search(query: $q) { score } }', variables: { q: "\u202Eحركة أنا أيضا" }, status: 200, code: null },
  { name: "emoji name lookup", query: "query($n: String) { hashtag(name: $n) { id } }", variables: { n: "#🔥" }, status: 200, code: null },
  { name: "Cypher in search", query: 'query($q: String!) { search(query: $q) { score } }', variables: { q: CYPHER }, status: 200, code: null },
  { name: "Cypher in a name lookup", query: "query($n: String) { actor(name: $n) { id } }", variables: { n: CYPHER }, status: 200, code: null },
  { name: "Cypher in nameContains", query: "query($n: String) { actors(filter: { nameContains: $n }) { totalCount } }", variables: { n: CYPHER }, status: 200, code: null },
];

describe("bad input", () => {
  const sample = useSampleServer();
  let countsBefore: unknown;

  const counts = async () => {
    const response = await fetch(`${sample.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ stats { entityCount relationshipCount } }" }),
    });
    return ((await response.json()) as { data: unknown }).data;
  };

  beforeAll(async () => {
    countsBefore = await counts();
  });

  it("has at least 40 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)("$name: answers $status with $code, and the server and graph are unharmed", async (c) => {
    const init: RequestInit = c.raw
      ? {
          method: c.raw.method ?? "POST",
          // Apollo's CSRF prevention asks GET requests for a header a browser form cannot send.
          headers: c.raw.method === "GET" ? (c.raw.bare ? {} : { "apollo-require-preflight": "true" }) : { "content-type": c.raw.contentType ?? "application/json" },
          body: c.raw.method === "GET" ? undefined : c.raw.body,
        }
      : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: c.query, variables: c.variables, operationName: c.operationName }) };
    const response = await fetch(`${sample.server.url}${c.raw?.path ?? "/graphql"}`, init);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.(ts|js):\d+|stacktrace/);
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    expect(response.status).toBe(c.status);
    expect(body.errors?.[0]?.extensions?.code ?? null).toBe(c.code);

    const alive = await fetch(`${sample.server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' });
    expect(alive.status).toBe(200);
    expect(await counts()).toEqual(countsBefore);
  });
});
