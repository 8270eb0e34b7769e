import fs from "node:fs";
import path from "node:path";
import { Article } from "../../src/seed/article";
import { formatCounts } from "../../seed/cli";
import { ARTICLE_FILE, DATA_DIR } from "../../src/domain/paths";
import { labelOf } from "../../src/domain/vocabulary";
import { validateDataset } from "../../src/seed/validate";

/**
 * Every figure the README quotes about the graph is the one the data files give: the `npm run
 * stats` block must equal what `stats` prints for a graph seeded from seed/data (the curated-graph
 * integration test checks that the database holds exactly the files' entries).
 */
describe("README statistics", () => {
  const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
  const { dataset, problems } = validateDataset(DATA_DIR, Article.fromFile(ARTICLE_FILE));

  it("prints the counts of the data files in the `npm run stats` block", () => {
    expect(problems).toEqual([]);
    const count = (keys: string[]) => keys.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});
    const expected = formatCounts({ labels: count(dataset.nodes.map((n) => labelOf(n.id))), relationships: count(dataset.relationships.map((r) => r.type)) });
    const block = /`npm run stats` prints the counts[^\n]*:\n\n```\n([\s\S]*?)\n```/.exec(readme);
    expect(block?.[1]).toBe(expected);
  });
});
