import { isObjectType } from "graphql";
import { ENTITY_LABELS } from "../../src/domain";
import { ENTITY_PROPERTY_NAMES, PROPERTY_OF_FIELD, shownProperties, storedProperties } from "../../src/domain/properties";
import { nodeSchema } from "../../src/domain/vocabulary";
import { entityProjection } from "../../src/graph/queries/entity.queries";
import { buildAppSchema } from "../../src/schema/build-schema";
import { toNodeRow } from "../../src/seed/load";

// The table of stored properties (src/domain/properties.ts) is the one definition: these checks
// find the places a new property would otherwise be forgotten in, which would answer a silent null.
describe("the stored-property table", () => {
  it("covers every entity field read straight off the entity, and names no field that does not exist", async () => {
    const schema = await buildAppSchema();
    const direct = new Set<string>();
    const all = new Set<string>();
    for (const label of ENTITY_LABELS) {
      const type = schema.getType(label);
      if (!isObjectType(type)) throw new Error(`${label} is not an object type`);
      for (const [name, field] of Object.entries(type.getFields())) {
        all.add(name);
        if (!field.resolve) direct.add(name);
      }
    }
    const known = new Set(["id", "name", ...Object.keys(PROPERTY_OF_FIELD)]);
    expect([...direct].filter((name) => !known.has(name))).toEqual([]);
    expect(Object.keys(PROPERTY_OF_FIELD).filter((name) => !all.has(name))).toEqual([]);
  });

  it("is what the data files accept, what the seed stores and what a full read projects", () => {
    const entry = nodeSchema.parse({
      id: "event:example",
      name: "Example",
      description: "An example.",
      sources: [{ section: "S", quote: "Q" }],
      date: "2014-08",
      dateQualifier: "BEFORE",
      quantities: [{ value: 800, unit: "protests", counts: "protests", bound: "OVER", section: "S", quote: "over 800 protests" }],
    });
    const props = toNodeRow(entry).props;
    for (const name of ENTITY_PROPERTY_NAMES) {
      expect(props).toHaveProperty(name);
      expect(entityProjection("n")).toContain(`.${name}`);
    }
    // Stored and shown again, each property comes back as the entry gave it.
    const shown = shownProperties(storedProperties(entry) as never);
    expect(shown).toMatchObject({ aliases: [], description: "An example.", date: "2014-08", dateQualifier: "BEFORE", note: null, kind: null, endDate: null });
    expect(shown.quantities).toEqual([{ value: 800, unit: "protests", counts: "protests", bound: "OVER", date: null, section: "S", quote: "over 800 protests" }]);
  });
});
