import { isAbstractType, type GraphQLAbstractType, type GraphQLResolveInfo } from "graphql";
import { ENTITY_LABELS } from "../../src/domain";
import { buildAppSchema } from "../../src/schema/build-schema";

/** graphql-jit cannot run an abstract type whose resolveType returns a promise; graphql-js is faster without. */
describe("resolveType", () => {
  const info = {} as GraphQLResolveInfo;

  it.each(["Entity", "Node"])("%s answers each entity label synchronously, as a string", async (name) => {
    const schema = await buildAppSchema();
    const type = schema.getType(name) as GraphQLAbstractType;
    for (const label of ENTITY_LABELS) {
      const resolved = type.resolveType!({ id: "x:y", label }, {}, info, type);
      expect(resolved).toBe(label);
      expect(schema.getPossibleTypes(type).map((t) => t.name)).toContain(resolved);
    }
  });

  it("TimelineEntry answers EventEntry or FactEntry synchronously", async () => {
    const schema = await buildAppSchema();
    const type = schema.getType("TimelineEntry") as GraphQLAbstractType;
    expect(type.resolveType!({ kind: "EVENT" }, {}, info, type)).toBe("EventEntry");
    expect(type.resolveType!({ kind: "FACT" }, {}, info, type)).toBe("FactEntry");
  });

  it("every interface and union of the schema has a synchronous resolveType", async () => {
    const schema = await buildAppSchema();
    const abstract = Object.values(schema.getTypeMap()).filter((t): t is GraphQLAbstractType => isAbstractType(t) && !t.name.startsWith("__"));
    expect(abstract.map((t) => t.name).sort()).toEqual(["Entity", "Node", "TimelineEntry"]);
    for (const type of abstract) expect(type.resolveType!.constructor.name).toBe("Function");
  });
});
