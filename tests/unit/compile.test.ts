import { execute, parse, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { LABEL_BY_PREFIX, type EntityLabel } from "../../src/domain";
import { compileLookup, type ReadPlan } from "../../src/graph/compile";
import { listPage } from "../../src/graph/queries/list.queries";
import { buildAppSchema } from "../../src/schema/build-schema";
import * as readPlanModule from "../../src/schema/read-plan";
import { readPlan } from "../../src/schema/read-plan";
import { RelationshipCatalogue } from "../../src/services/catalogue";
import { LinkService } from "../../src/services/link.service";

/**
 * The compile step, shape by shape (as neo4j/graphql's TCK does): a document's root field becomes a
 * plan (schema/read-plan.ts), the services check it, and graph/compile turns it into one
 * statement. Each snapshot shows the Cypher and parameters a shape sends.
 */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const links = new LinkService({} as never, RelationshipCatalogue.fromDataDir());
const labelOf = (id: string) => LABEL_BY_PREFIX[id.split(":")[0] as keyof typeof LABEL_BY_PREFIX];

type Captured = { kind: "lookup" | "list"; id?: string; label: EntityLabel; plan: ReadPlan };

/** Runs `document` through the real schema and resolvers with services that only record the plan. */
async function planOf(document: string, variables?: Record<string, unknown>): Promise<Captured> {
  let captured: Captured | undefined;
  const entities = {
    byId: async (id: string, plan: ReadPlan) => {
      captured = { kind: "lookup", id, label: labelOf(id), plan };
      return null;
    },
    lookup: async (label: EntityLabel, args: { id: string }, plan: ReadPlan) => {
      captured = { kind: "lookup", id: args.id, label, plan };
      return null;
    },
    list: async (label: EntityLabel, _args: unknown, plan: ReadPlan) => {
      captured = { kind: "list", label, plan };
      return { items: [], hasNextPage: false, hasPreviousPage: false, totalCount: async () => 0 };
    },
  };
  const result = await execute({ schema, document: parse(document), contextValue: { services: { entities } }, variableValues: variables });
  expect(result.errors).toBeUndefined();
  return captured!;
}

/** The checked plan of the document's root field and the statement it compiles to. */
async function compiled(document: string, variables?: Record<string, unknown>) {
  const { kind, id, label, plan } = await planOf(document, variables);
  const checked = links.checkPlan(plan, label);
  const query = kind === "list" ? listPage(label, {}, { field: "NAME", direction: "ASC" }, 5, undefined, checked) : compileLookup([id!], checked);
  return { plan: checked, keys: [...checked.links, ...checked.influence].map((e) => e.key), text: query.text, params: query.params };
}

describe("compiling a root field's selection to one statement", () => {
  it("reads a lookup's selected properties only, with no subquery", async () => {
    const { text, params } = await compiled(`{ movement(id: "movement:metoo") { id name description } }`);
    expect(text).toMatchSnapshot();
    expect(text).not.toContain("CALL");
    expect(text).not.toContain("aliases");
    expect(params).toEqual({ ids: ["movement:metoo"] });
  });

  it("reads the sources of a looked-up entity only when selected", async () => {
    const { text } = await compiled(`{ node(id: "movement:metoo") { ... on Movement { name sources { quote } } } }`);
    expect(text).toMatchSnapshot();
    expect(text).toContain("sourceQuotes: n.sourceQuotes");
  });

  it("reads a link field without its sources", async () => {
    const { text, params, keys } = await compiled(`{ movement(id: "movement:metoo") { hashtags { node { name } } } }`);
    expect(text).toMatchSnapshot();
    expect(keys).toEqual(["hashtags"]);
    expect(params).toMatchSnapshot();
    expect((params.linkShapes as Record<string, unknown>[])[0]).not.toHaveProperty("sources");
    expect(text).not.toContain("sourceQuotes");
  });

  it("sends of each link entry exactly the flags its statement reads", async () => {
    const documents = [
      `{ movement(id: "movement:metoo") { hashtags { node { name } } } }`,
      `{ movement(id: "movement:metoo") { actors { role node { name } } platforms { date dateQualifier note node { name description } } } }`,
      `{ movement(id: "movement:metoo") { relations { type sources { quote } node { aliases } } hashtags(ownOnly: false) { via { id } node { id } } } }`,
    ];
    for (const document of documents) {
      const { text, params } = await compiled(document);
      for (const shape of params.linkShapes as Record<string, unknown>[]) {
        const sent = Object.entries(shape).flatMap(([k, v]) => (k === "node" ? Object.keys(v as object).map((n) => `node.${n}`) : [k]));
        const read = [...new Set([...text.matchAll(/\breq\.([a-zA-Z]+(?:\.[a-zA-Z]+)?)/g)].map((m) => m[1]))];
        expect(sent.sort()).toEqual(read.sort());
      }
    }
  });

  it("reads of each link only the optional fields selected (role here, not date, qualifier or note)", async () => {
    const { params } = await compiled(`{ movement(id: "movement:metoo") { actors { role node { name } } platforms { date dateQualifier note node { name } } } }`);
    const [actors, platforms] = params.linkShapes as Record<string, unknown>[];
    expect(actors).toMatchObject({ label: "Actor", role: true, date: false, dateQualifier: false, note: false });
    expect(platforms).toMatchObject({ label: "Platform", role: false, date: true, dateQualifier: true, note: true });
    for (const shape of [actors, platforms]) expect(shape).not.toHaveProperty("sources");
  });

  it("reads a link field with its sources and arguments, as parameters", async () => {
    const { text, params } = await compiled(
      `{ movement(id: "movement:metoo") { relations(types: [INSPIRED, USED_HASHTAG], direction: OUTGOING, first: 2, ownOnly: true) { type sources { quote } node { date } } } }`,
    );
    expect(text).toMatchSnapshot();
    expect(text).not.toContain("INSPIRED]");
    expect(params).toMatchSnapshot();
  });

  it("leaves the companions' branch and `via` out of the text when every link entry is ownOnly", async () => {
    const own = await compiled(`{ movement(id: "movement:metoo") { hashtags(ownOnly: true) { node { name } } actors(ownOnly: true) { node { name } } } }`);
    expect(own.text).not.toContain("USED_HASHTAG");
    expect(own.text).not.toContain("via");
    const mixed = await compiled(`{ movement(id: "movement:metoo") { hashtags(ownOnly: true) { node { name } } actors { node { name } } } }`);
    expect(mixed.text).toContain("MATCH (n)-[:USED_HASHTAG]-(c:Entity)");
    expect(mixed.text).toContain("NOT req.ownOnly OR x.via IS NULL");
  });

  it("reads a hashtag's createdBy as CREATED and FOUNDED actors, own or via a movement", async () => {
    const { text, params, keys } = await compiled(`{ hashtag(id: "hashtag:metoo") { createdBy { node { name } via { name } sources { quote } } } }`);
    expect(keys).toEqual(["createdBy"]);
    expect(text).toMatchSnapshot();
    expect(params).toMatchObject({ linkShapes: [{ label: "Actor", types: ["CREATED", "FOUNDED"], direction: "INCOMING", ownOnly: false, first: 100 }] });
    expect(text).toContain("MATCH (n)-[:USED_HASHTAG]-(c:Entity)");
  });

  it("reads influence both ways, the depth written from the checked value", async () => {
    const { text, params, keys } = await compiled(`{ movement(id: "movement:metoo") { inspired(depth: 3) { id description } inspiredBy { name } } }`);
    expect(keys).toEqual(["inspired", "inspiredBy"]);
    expect(text).toMatchSnapshot();
    expect(text).toContain("[:INSPIRED*1..3]->");
    expect(text).toContain("<-[:INSPIRED*1..1]-");
    expect(params).toEqual({ ids: ["movement:metoo"], influenceLimit: 100 });
  });

  it("keeps aliased fields apart under their response keys; aliases never reach the Cypher text", async () => {
    const { text, params, keys } = await compiled(`{ movement(id: "movement:metoo") {
      firstTag: hashtags(first: 1) { key } twoTags: hashtags(first: 2) { key sources { quote } } near: inspired { id } far: inspired(depth: 4) { id } } }`);
    expect(keys).toEqual(["firstTag", "twoTags", "near", "far"]);
    expect(text).toMatchSnapshot();
    expect(text).not.toMatch(/firstTag|twoTags|near|far/);
    expect((params.linkShapes as { first: number }[]).map((s) => s.first)).toEqual([1, 2]);
  });

  it("takes fields from fragments, and only those of the looked-up entity's type", async () => {
    const document = (id: string) => `{ node(id: "${id}") { ...Card ... on Hashtag { createdBy { key } } ... on Entity { platforms { key } } } }
      fragment Card on Movement { name actors(first: 3) { key } inspired { id } }`;
    const movement = await compiled(document("movement:metoo"));
    expect(movement.keys).toEqual(["actors", "platforms", "inspired"]);
    expect(movement.text).toMatchSnapshot();
    const hashtag = await compiled(document("hashtag:metoo"));
    expect(hashtag.keys).toEqual(["createdBy", "platforms"]);
    expect(hashtag.text).toMatchSnapshot();
  });

  it("follows @include and @skip with their variables", async () => {
    const document = `query($tags: Boolean!, $noDepth: Boolean!) { movement(id: "movement:metoo") {
      name hashtags @include(if: $tags) { key } inspired @skip(if: $noDepth) { id } } }`;
    const on = await compiled(document, { tags: true, noDepth: false });
    expect(on.keys).toEqual(["hashtags", "inspired"]);
    expect(on.text).toMatchSnapshot();
    const off = await compiled(document, { tags: false, noDepth: true });
    expect(off.keys).toEqual([]);
    expect(off.text).not.toContain("CALL");
  });

  it("never serves one request's @include tree to another that shares its field nodes (graphql-jit)", async () => {
    const spy = jest.spyOn(readPlanModule, "readPlan");
    let info: GraphQLResolveInfo;
    try {
      await planOf(`query($tags: Boolean!) { movement(id: "movement:metoo") { hashtags @include(if: $tags) { key } } }`, { tags: true });
      info = spy.mock.calls[0][0];
    } finally {
      spy.mockRestore();
    }
    expect(readPlan(info).links).toHaveLength(1);
    // The same field nodes with other variables, as an executor that reuses them across requests passes them.
    expect(readPlan({ ...info, variableValues: { tags: false } }).links).toHaveLength(0);
    expect(readPlan({ ...info, variableValues: { tags: true } }).links).toHaveLength(1);
  });

  it("reads a list page's links and influence after its LIMIT, for the page's rows only", async () => {
    const { text, keys } = await compiled(`{ movements(first: 5) { edges { node { name hashtags { node { name } } inspired(depth: 2) { id } } } } }`);
    expect(keys).toEqual(["hashtags", "inspired"]);
    expect(text).toMatchSnapshot();
    expect(text.indexOf("LIMIT $limit")).toBeLessThan(text.indexOf("CALL (n)"));
  });

  it("leaves out an entry its checks refuse, so that its field reports the error itself", async () => {
    const { plan, keys } = await compiled(`{ movement(id: "movement:metoo") { hashtags(first: 0) { key } platforms { key } inspired(depth: 9) { id } } }`);
    expect(keys).toEqual(["platforms"]);
    expect(plan.influence).toEqual([]);
  });
});
