import { toLuceneQuery } from "../../src/services/search.service";
import { searchKey } from "../../src/search-text";

describe("toLuceneQuery", () => {
  it("matches names and aliases by prefix and descriptions by whole word, every term required", () => {
    expect(toLuceneQuery("Gret")).toBe("(name:gret^8 OR name:gret*^6 OR aliasText:gret^6 OR aliasText:gret*^4 OR description:gret)");
    expect(toLuceneQuery("black lives")?.split(" AND ")).toHaveLength(2);
  });

  it.each([
    ['title:"x" AND (y OR z~2)^3', ["title", "x", "and", "y", "or", "z", "2", "3"]],
    ["#MeToo", ["metoo"]],
    ["Skolstrejk för klimatet", ["skolstrejk", "för", "klimatet", "skolstrejkförklimatet"]],
    ["حركة 🌍", ["حركة"]],
  ])("keeps only letters and digits of %s, so no Lucene syntax survives", (input, terms) => {
    const query = toLuceneQuery(input)!;
    const found = [...query.matchAll(/name:(\S+?)\^8/g)].map((m) => m[1]);
    expect(found).toEqual(terms);
    expect(query.replace(/\b(name|aliasText|description):/g, "").replace(/\^\d/g, "").replace(/~[12]/g, "")).not.toMatch(/["~:\\/[\]{}!]/);
  });

  it("adds word forms, typo tolerance from 5 letters, possessive dropping and the joined words", () => {
    expect(toLuceneQuery("hacktivists")).toContain("name:hacktivism^6");
    expect(toLuceneQuery("Thunburg")).toContain("name:thunburg~2^3");
    expect(toLuceneQuery("Greta")).toContain("name:greta~1^3");
    expect(toLuceneQuery("blm")).not.toContain("~");
    expect(toLuceneQuery("milano's tweet")).toMatch(/^\(\(name:milano\^8 /);
    expect(toLuceneQuery("tik tok")).toContain("OR (name:tiktok^8 OR name:tiktok*^6 OR aliasText:tiktok^6)");
    expect(toLuceneQuery("no kings", "any")?.split(") OR (name:kings^8")).toHaveLength(2);
  });

  it("returns null when nothing searchable is left", () => {
    expect(toLuceneQuery("  *?!  ")).toBeNull();
    expect(toLuceneQuery("")).toBeNull();
  });
});

describe("searchKey", () => {
  it.each([
    ["No King’s Day protests", "no king's day PROTESTS"],
    ["tik tok", "TikTok"],
    ["#MeToo", "metoo"],
    ["moveon.org", "MoveOn.org"],
  ])("treats %s and %s as the same exact name", (a, b) => expect(searchKey(a)).toBe(searchKey(b)));
});
