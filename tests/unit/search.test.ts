import { toLuceneQuery } from "../../src/services/search.service";

describe("toLuceneQuery", () => {
  it("matches names and aliases by prefix and descriptions by whole word, every term required", () => {
    expect(toLuceneQuery("Gret")).toBe("(name:gret^8 OR name:gret*^6 OR aliasText:gret^6 OR aliasText:gret*^4 OR description:gret)");
    expect(toLuceneQuery("black lives")?.split(" AND ")).toHaveLength(2);
  });

  it.each([
    ['title:"x" AND (y OR z~2)^3', ["title", "x", "and", "y", "or", "z", "2", "3"]],
    ["#MeToo", ["metoo"]],
    ["Skolstrejk för klimatet", ["skolstrejk", "för", "klimatet"]],
    ["حركة 🌍", ["حركة"]],
  ])("keeps only letters and digits of %s, so no Lucene syntax survives", (input, terms) => {
    const query = toLuceneQuery(input)!;
    const found = [...query.matchAll(/name:(\S+?)\^8/g)].map((m) => m[1]);
    expect(found).toEqual(terms);
    expect(query.replace(/\b(name|aliasText|description):/g, "").replace(/\^\d/g, "")).not.toMatch(/["~:\\/[\]{}!]/);
  });

  it("returns null when nothing searchable is left", () => {
    expect(toLuceneQuery("  *?!  ")).toBeNull();
    expect(toLuceneQuery("")).toBeNull();
  });
});
