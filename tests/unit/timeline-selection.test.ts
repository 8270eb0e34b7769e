import { parse, validate, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import type { TimelineSelection } from "../../src/graph/queries/timeline.queries";
import { buildAppSchema } from "../../src/schema/build-schema";

/**
 * A timeline page's selection is kept with the parsed tree (per document and variable values), so
 * a document asked again reuses it (graphql-jit, the default executor, keeps a compiled document's
 * field nodes across requests); it must still follow `@include` when the variables change.
 */
let schema: GraphQLSchema;
let compiled: ReturnType<typeof compileQuery<Record<string, unknown>, Record<string, unknown>>>;
beforeAll(async () => {
  schema = await buildAppSchema();
  compiled = compileQuery<Record<string, unknown>, Record<string, unknown>>(schema, document);
});

const document = parse(`query T($role: Boolean!) {
  timeline(from: "2010", to: "2020") { edges { node { ... on FactEntry { role @include(if: $role) } ... on EventEntry { event { name description } } } } }
}`);

async function selectionFor(role: boolean): Promise<TimelineSelection> {
  let seen: TimelineSelection | undefined;
  const timeline = {
    page: async (_args: unknown, selection: TimelineSelection) => {
      seen = selection;
      return { items: [], hasNextPage: false, hasPreviousPage: false, totalCount: async () => 0 };
    },
  };
  expect(validate(schema, document)).toEqual([]);
  if (!isCompiledQuery(compiled)) throw new Error("graphql-jit did not compile the document");
  const result = await compiled.query(undefined, { services: { timeline } }, { role });
  expect(result.errors).toBeUndefined();
  return seen!;
}

describe("timeline selection", () => {
  it("follows the variables of the same document, and is reused for the same values", async () => {
    const first = await selectionFor(true);
    const without = await selectionFor(false);
    const again = await selectionFor(true);
    expect([first.role, without.role, again.role]).toEqual([true, false, true]);
    expect(first.event.description).toBe(true);
    expect(again).toBe(first);
  });
});
