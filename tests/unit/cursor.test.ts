import { decodeCursor, encodeCursor, pageItem } from "../../src/services/cursor";

describe("cursors", () => {
  it("round-trip the sort key and id under the same ordering", () => {
    const cursor = encodeCursor("Movement:NAME:ASC", { sortKey: "black lives matter", id: "movement:black-lives-matter" });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor("Movement:NAME:ASC", cursor)).toEqual({ sortKey: "black lives matter", id: "movement:black-lives-matter" });
  });

  it("reject foreign, malformed and other-ordering cursors with BAD_USER_INPUT on `after`", () => {
    const other = encodeCursor("Actor:NAME:ASC", { sortKey: "a", id: "actor:a" });
    for (const bad of ["", "%%%", "bm90IGpzb24", Buffer.from("[1,2]").toString("base64url"), other]) {
      expect(() => decodeCursor("Movement:NAME:ASC", bad)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", argumentName: "after" }) }));
    }
  });
});

describe("page items", () => {
  it("encode their cursor when it is read, the same cursor as encodeCursor", () => {
    const item = pageItem("name", { sortKey: "metoo", id: "movement:metoo" }, { id: "movement:metoo" });
    expect(item.cursor).toBe(encodeCursor("name", { sortKey: "metoo", id: "movement:metoo" }));
    expect(decodeCursor("name", item.cursor)).toEqual({ sortKey: "metoo", id: "movement:metoo" });
    expect(item.node).toEqual({ id: "movement:metoo" });
  });
});
