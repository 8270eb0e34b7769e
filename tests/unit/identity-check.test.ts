import { IdentityCheck } from "../helpers/identity";

describe("IdentityCheck (used by the client-cache tests)", () => {
  it("reports an id whose readings differ in a field, as the old link ids did from their two ends", () => {
    const check = new IdentityCheck();
    check.add({ movements: [{ __typename: "MovementLink", id: "movement:a|INSPIRED|movement:b", direction: "OUTGOING", node: { id: "movement:b" } }] });
    check.add({ movements: [{ __typename: "MovementLink", id: "movement:a|INSPIRED|movement:b", direction: "INCOMING", node: { id: "movement:a" } }] });
    expect(check.conflicts.map((c) => c.id)).toEqual(["movement:a|INSPIRED|movement:b"]);
  });

  it("reports a type change and accepts readings that select different fields of one object", () => {
    const check = new IdentityCheck();
    check.add([{ __typename: "ActorLink", id: "x" }, { __typename: "MovementLink", id: "x" }]);
    expect(check.conflicts).toHaveLength(1);
    const fine = new IdentityCheck();
    fine.add([{ __typename: "Movement", id: "movement:metoo", name: "Me Too movement" }, { id: "movement:metoo", aliases: ["MeToo"] }]);
    expect(fine.conflicts).toEqual([]);
    expect(fine.ids).toBe(1);
  });
});
