import neo4j from "neo4j-driver";
import { toPlain } from "../../src/graph/records";

describe("toPlain", () => {
  it("returns a plain row as it is, without copying it", () => {
    const row = { entity: { id: "movement:metoo", aliases: ["#MeToo"], count: 3, note: "n" }, links: [{ type: "USED", n: 1 }] };
    expect(toPlain(row)).toBe(row);
  });

  it("rebuilds only the parts that hold driver values", () => {
    const node = new neo4j.types.Node(neo4j.int(1), ["Movement"], { id: "movement:metoo", name: "Me Too" }, "e1");
    const plainPart = { type: "USED" };
    const row = { found: [node], count: neo4j.int(7), day: new neo4j.types.Date(2014, 7, 29), other: plainPart, missing: undefined };
    const plain = toPlain(row) as Record<string, unknown>;
    expect(plain).toEqual({ found: [{ id: "movement:metoo", name: "Me Too" }], count: 7, day: "2014-07-29", other: { type: "USED" }, missing: null });
    expect(plain.other).toBe(plainPart);
    expect(row.count).toEqual(neo4j.int(7));
  });
});
