import { listCount, listPage } from "../../src/graph/queries/list.queries";

/** The list statement is assembled from filters: these snapshots show the Cypher each combination sends. */
describe("list queries", () => {
  it("reads a first page by an indexed sort key, one row more than asked", () => {
    const want = { aliases: false, description: false, note: false, kind: false, date: true, endDate: false, dateQualifier: false, quantities: false };
    const query = listPage("Movement", {}, { field: "NAME", direction: "ASC" }, 20, undefined, { fields: want, sources: false, links: [], influence: [] });
    expect(query.text).toMatchSnapshot();
    // Only the selected properties are read and shipped: date here, not description or aliases.
    expect(query.text).toContain("date: n.date");
    expect(query.text).not.toContain("description");
    expect(query.params).toEqual({ limit: 21, cursorKey: undefined, cursorId: undefined });
  });

  it("adds every filter as a parameterised condition and the cursor as a keyset range", () => {
    const query = listPage(
      "Event",
      { nameContains: "march", linkedTo: ["platform:twitter"], periodFrom: "2012-00-00", periodTo: "2014-99-99" },
      { field: "DATE", direction: "DESC" },
      5,
      { sortKey: "2013-07-13", id: "event:x" },
    );
    expect(query.text).toMatchSnapshot();
    expect(query.params).toMatchObject({ nameContains: "march", linkedTo: ["platform:twitter"], cursorKey: "2013-07-13", cursorId: "event:x", limit: 6 });
  });

  it("never puts a client's value into the Cypher text", () => {
    const hostile = "x' }) DETACH DELETE n //";
    const query = listPage("Actor", { nameContains: hostile, kind: hostile, linkedTo: [hostile] }, { field: "NAME", direction: "ASC" }, 1, { sortKey: hostile, id: hostile });
    expect(query.text).not.toContain("DETACH");
    expect(listCount("Actor", { nameContains: hostile }, { field: "NAME", direction: "ASC" }).text).not.toContain("DETACH");
  });

  it("refuses a label outside the closed list", () => {
    expect(() => listPage("Person" as never, {}, { field: "NAME", direction: "ASC" }, 1)).toThrow(/not an entity label/);
  });
});
