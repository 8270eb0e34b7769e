import "../helpers/apollo-dev"; // first: turns Apollo's development warnings on
import fs from "node:fs";
import path from "node:path";
import { ApolloClient, HttpLink, InMemoryCache, gql, type DocumentNode, type TypePolicies } from "@apollo/client";
import { loadDevMessages, loadErrorMessages } from "@apollo/client/dev";
import { getOperationAST, print } from "graphql";
import { Environment, Network, RecordSource, Store, createOperationDescriptor, fetchQuery, type ConcreteRequest } from "relay-runtime";
import { seedGraph } from "../../src/seed/seed";
import * as codegen from "../generated/codegen/graphql";
import { IdentityCheck } from "../helpers/identity";
import { connectTestDb, resetDb, type TestDb } from "../helpers/test-db";
import { postGraphQL, startTestServer, type TestServer } from "../helpers/test-server";

/** The type policies the README's Apollo set-up documents; nothing else. */
const TYPE_POLICIES: TypePolicies = {
  GraphStats: { merge: true },
  RelationshipTypeInfo: { keyFields: ["type"] },
};

/** Every example runs twice; on a machine shared by several test runs that takes minutes. */
const HEAVY_TEST_MS = 300_000;

const EXAMPLES_DIR = path.join(__dirname, "..", "..", "examples");
const RELAY_DIR = path.join(__dirname, "..", "relay", "__generated__");

/** The operations of examples/, each as graphql-codegen's typed document of the same name. */
function exampleDocuments(): { file: string; document: DocumentNode }[] {
  return fs
    .readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const name = getOperationAST(gql(fs.readFileSync(path.join(EXAMPLES_DIR, file), "utf8")))!.name!.value;
      const document = (codegen as Record<string, unknown>)[`${name}Document`] as DocumentNode | undefined;
      if (!document) throw new Error(`graphql-codegen has no ${name}Document for ${file}: run npm run codegen`);
      return { file, document };
    });
}

/** One relationship read from both ends (INSPIRED, CREATED), by typed link field and generically. */
const BOTH_ENDS = gql`
  query BothEnds($movementA: ID!, $movementB: ID!, $actor: ID!, $movement: ID!) {
    a: movement(id: $movementA) { id name movements { key type direction node { id name } sources { quote } } }
    b: movement(id: $movementB) { id name movements { key type direction node { id name } sources { quote } } }
    actor(id: $actor) { id name movements(types: [CREATED]) { key type direction role date node { id name } } }
    movement(id: $movement) { id name actors { key type direction role date node { id name kind } } }
    node(id: $movement) { id ... on Entity { name relations { key type direction node { id name ... on Actor { kind } } } } }
  }
`;
const BOTH_ENDS_VARIABLES = {
  movementA: "movement:school-strike-for-climate",
  movementB: "movement:march-for-our-lives",
  actor: "actor:tarana-burke",
  movement: "movement:metoo",
};

/** Drops the `__isEntity` fields relay-compiler adds to the text it sends for abstract fragments. */
function withoutAbstractMarkers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAbstractMarkers);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith("__is")).map(([key, v]) => [key, withoutAbstractMarkers(v)]));
}

describe("client caches: Apollo Client and Relay over HTTP", () => {
  let db: TestDb;
  let server: TestServer;
  let warn: jest.SpyInstance;
  let error: jest.SpyInstance;
  beforeAll(async () => {
    loadDevMessages();
    loadErrorMessages();
    // A loaded machine can take seconds for the first reset of a fresh database.
    db = connectTestDb({ timeoutMs: 30000 });
    await resetDb(db.graph);
    await seedGraph(db.graph);
    server = await startTestServer(db.graph);
  }, 180_000); // seeding the full graph on a loaded machine
  beforeEach(() => {
    warn = jest.spyOn(console, "warn");
    error = jest.spyOn(console, "error");
  });
  afterEach(() => {
    warn.mockRestore();
    error.mockRestore();
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it("serves possibleTypes generated from the schema, as committed in schema/possible-types.json", async () => {
    const response = await fetch(`${server.url}/possible-types.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const served = (await response.json()) as Record<string, string[]>;
    expect(served).toEqual(JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "schema", "possible-types.json"), "utf8")));
    expect(served.Entity).toEqual(["Actor", "Event", "Hashtag", "Movement", "Platform", "Topic"]);
  }, HEAVY_TEST_MS);

  it("Apollo Client: after every example and a relationship read from both ends, the cache answers each query as the server does, silently", async () => {
    const possibleTypes = (await (await fetch(`${server.url}/possible-types.json`)).json()) as Record<string, string[]>;
    const cache = new InMemoryCache({ possibleTypes, typePolicies: TYPE_POLICIES });
    const client = new ApolloClient({ link: new HttpLink({ uri: `${server.url}/graphql` }), cache });
    const operations = [
      ...exampleDocuments().map(({ file, document }) => ({ name: file, document, variables: {} })),
      { name: "both ends", document: BOTH_ENDS, variables: BOTH_ENDS_VARIABLES },
    ];
    for (const op of operations) {
      const result = await client.query({ query: op.document, variables: op.variables, fetchPolicy: "network-only" });
      expect([op.name, result.error]).toEqual([op.name, undefined]);
    }
    const identity = new IdentityCheck();
    for (const op of operations) {
      // What the server answers to the document Apollo sends (with the __typename fields it adds).
      const sent = print(cache.transformDocument(op.document));
      const { body } = await postGraphQL(server.url, sent, op.variables);
      expect([op.name, body.errors]).toEqual([op.name, undefined]);
      identity.add(body.data);
      const cached = await client.query({ query: op.document, variables: op.variables, fetchPolicy: "cache-only" });
      expect([op.name, cached.data]).toEqual([op.name, body.data]);
    }
    expect(identity.conflicts).toEqual([]);

    // The relationship is one key with a direction and a node per end, and the cache kept both.
    const { data } = await client.query({ query: BOTH_ENDS, variables: BOTH_ENDS_VARIABLES, fetchPolicy: "cache-only" });
    const inspired = (m: { movements: { key: string; type: string; direction: string; node: { id: string } }[] }) =>
      m.movements.filter((l) => l.key === "movement:march-for-our-lives|INSPIRED|movement:school-strike-for-climate");
    expect(inspired((data as any).a)).toMatchObject([{ type: "INSPIRED", direction: "INCOMING", node: { id: "movement:march-for-our-lives" } }]);
    expect(inspired((data as any).b)).toMatchObject([{ type: "INSPIRED", direction: "OUTGOING", node: { id: "movement:school-strike-for-climate" } }]);
    const created = "actor:tarana-burke|CREATED|movement:metoo";
    expect((data as any).actor.movements.filter((l: any) => l.key === created)).toMatchObject([{ direction: "OUTGOING", node: { __typename: "Movement", id: "movement:metoo" } }]);
    expect((data as any).movement.actors.filter((l: any) => l.key === created)).toMatchObject([{ direction: "INCOMING", node: { __typename: "Actor", id: "actor:tarana-burke" } }]);
    expect((data as any).node.relations.filter((l: any) => l.key === created)).toMatchObject([{ direction: "INCOMING", node: { name: "Tarana Burke", kind: "PERSON" } }]);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  }, HEAVY_TEST_MS);

  it("Apollo Client without the GraphStats policy warns when two queries select different stats fields (so the silence above means something)", async () => {
    warn.mockImplementation(() => undefined);
    const client = new ApolloClient({ link: new HttpLink({ uri: `${server.url}/graphql` }), cache: new InMemoryCache() });
    await client.query({ query: gql`{ stats { entityCount } }` });
    await client.query({ query: gql`{ stats { labels { label count } } }` });
    const lost = warn.mock.calls.filter((call) => /^Cache data may be lost when replacing the %s field of a %s object/.test(String(call[0])));
    expect(lost.map((call) => [call[1], call[2]])).toEqual([["stats", "Query"]]);
  }, HEAVY_TEST_MS);

  it("relay-runtime: the compiled examples and both-ends queries normalise with no invalid-record warning, and the store reads them back", async () => {
    const network = Network.create(async (params, variables) => (await postGraphQL(server.url, params.text!, variables)).body as any);
    const environment = new Environment({ network, store: new Store(new RecordSource()) });
    const artifacts = fs
      .readdirSync(RELAY_DIR)
      .filter((f) => f.endsWith("Query.graphql.ts") && !f.includes("Pagination"))
      .sort()
      .map((f) => ({ name: f, request: require(path.join(RELAY_DIR, f)).default as ConcreteRequest }));
    expect(artifacts.length).toBeGreaterThanOrEqual(exampleDocuments().length + 2);
    const VARIABLES: Record<string, Record<string, unknown>> = {
      relayQueriesBothEndsQuery: { from: "movement:school-strike-for-climate", to: "movement:march-for-our-lives" },
      relayQueriesMovementPagesQuery: { count: 5 },
      relayQueriesMovementCardQuery: { id: "movement:metoo" },
      relayQueriesMovementRefetchQuery: { id: "movement:metoo" },
    };
    const variablesOf = (name: string) => VARIABLES[name.replace(/\.graphql\.ts$/, "")] ?? {};
    for (const { name, request } of artifacts) await fetchQuery(environment, request, variablesOf(name)).toPromise();
    const examples = new Map(
      fs.readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith(".graphql")).map((f) => {
        const text = fs.readFileSync(path.join(EXAMPLES_DIR, f), "utf8");
        return [getOperationAST(gql(text))!.name!.value, text] as const;
      }),
    );
    // Both ends of Tarana Burke CREATED Me Too, as the failing case.
    const metoo = { from: "actor:tarana-burke", to: "movement:metoo" };
    const bothEnds = artifacts.find((a) => a.name.startsWith("relayQueriesBothEnds"))!.request;
    await fetchQuery(environment, bothEnds, metoo).toPromise();
    const identity = new IdentityCheck();
    for (const { name, request } of artifacts) {
      const operation = createOperationDescriptor(request, variablesOf(name));
      expect([name, environment.check(operation).status]).toEqual([name, "available"]);
      identity.add((await postGraphQL(server.url, request.params.text!, variablesOf(name))).body.data);
      // Relay reads back the selection as written (without the ids it adds for normalisation):
      // what the server answers to the example itself. Fragment spreads read as references.
      if (request.params.text!.includes("\nfragment ")) continue;
      const example = examples.get(request.params.name.replace(/^relayQueries/, "").replace(/Query$/, ""));
      const { body } = await postGraphQL(server.url, example ?? request.params.text!, variablesOf(name));
      expect([name, environment.lookup(operation.fragment).data]).toEqual([name, withoutAbstractMarkers(body.data)]);
    }
    const read = environment.lookup(createOperationDescriptor(bothEnds, metoo).fragment).data as any;
    const created = (end: any) => end.relations.filter((l: any) => l.key === "actor:tarana-burke|CREATED|movement:metoo");
    expect(created(read.from)).toMatchObject([{ direction: "OUTGOING", node: { __typename: "Movement", id: "movement:metoo" } }]);
    expect(created(read.to)).toMatchObject([{ direction: "INCOMING", node: { __typename: "Actor", id: "actor:tarana-burke" } }]);
    expect(identity.conflicts).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  }, HEAVY_TEST_MS);

  it("reads the relations of every entity: each relationship key is seen from both its ends, and no id stands for two objects", async () => {
    const identity = new IdentityCheck();
    const seen = new Map<string, { viewer: string; direction: string; node: string; type: string }[]>();
    let entities = 0;
    for (const field of ["movements", "actors", "hashtags", "platforms", "events", "topics"]) {
      let after: string | null = null;
      for (;;) {
        const { body } = await postGraphQL(
          server.url,
          `query($after: String) { list: ${field}(first: 40, after: $after, orderBy: NAME_ASC) {
            pageInfo { hasNextPage endCursor }
            edges { node { __typename id name relations(ownOnly: true) { __typename key type direction node { __typename id name } } } } } }`,
          { after },
        );
        expect(body.errors).toBeUndefined();
        identity.add(body.data);
        for (const { node } of body.data.list.edges) {
          entities++;
          for (const link of node.relations) seen.set(link.key, [...(seen.get(link.key) ?? []), { viewer: node.id, direction: link.direction, node: link.node.id, type: link.type }]);
        }
        if (!body.data.list.pageInfo.hasNextPage) break;
        after = body.data.list.pageInfo.endCursor;
      }
    }
    // Edges of neighbourhoods keep an id: the relationship's key, the same Edge wherever it appears.
    for (const id of ["topic:internet-activism", "platform:tiktok", "hashtag:metoo", "movement:black-lives-matter"]) {
      const { body } = await postGraphQL(server.url, `{ neighborhood(id: "${id}", depth: 2, limit: 200) { nodes { __typename id name } edges { __typename id type from to role date } } }`);
      expect(body.errors).toBeUndefined();
      identity.add(body.data);
      for (const edge of body.data.neighborhood.edges) expect(seen.has(edge.id)).toBe(true);
    }
    expect(entities).toBeGreaterThan(200);
    const stats = (await postGraphQL(server.url, "{ stats { relationshipCount } }")).body.data.stats;
    expect(seen.size).toBe(stats.relationshipCount);
    for (const [key, ends] of seen) {
      const [from, type, to] = key.split("|");
      expect([key, ends.sort((x, y) => x.direction.localeCompare(y.direction))]).toEqual([
        key,
        [
          { viewer: to, direction: "INCOMING", node: from, type },
          { viewer: from, direction: "OUTGOING", node: to, type },
        ],
      ]);
    }
    expect(identity.conflicts).toEqual([]);
    expect(identity.ids).toBeGreaterThanOrEqual(entities);
  }, HEAVY_TEST_MS);
});
