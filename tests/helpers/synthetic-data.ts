import type { Dataset } from "../../src/seed/validate";

const source = [{ section: "Introduction", quote: "Internet activism" }];

/**
 * A made-up graph for mechanics that need volume (pagination, round trips): `count` movements,
 * each linked to its own hashtag and actor and to one of three shared platforms.
 */
export function syntheticDataset(count: number): Dataset {
  const pad = (i: number) => String(i).padStart(4, "0");
  const platforms = ["alpha", "beta", "gamma"].map((p) => ({ id: `platform:${p}`, name: `Platform ${p}`, aliases: [], description: "A platform.", sources: source }));
  const nodes: Dataset["nodes"] = [...platforms];
  const relationships: Dataset["relationships"] = [];
  for (let i = 0; i < count; i++) {
    const m = `movement:m${pad(i)}`;
    nodes.push({ id: m, name: `Movement ${pad(i)}`, aliases: [`M${i}`], description: "A movement.", sources: source });
    nodes.push({ id: `hashtag:h${pad(i)}`, name: `#H${pad(i)}`, aliases: [], description: "A hashtag.", sources: source });
    nodes.push({ id: `actor:a${pad(i)}`, name: `Actor ${pad(i)}`, aliases: [], description: "An actor.", kind: i % 2 ? "person" : "organization", sources: source });
    relationships.push({ from: m, type: "USED_HASHTAG", to: `hashtag:h${pad(i)}`, sources: source });
    relationships.push({ from: m, type: "SPREAD_ON", to: platforms[i % 3].id, sources: source });
    relationships.push({ from: `actor:a${pad(i)}`, type: "FOUNDED", to: m, role: "founder", sources: source });
    if (i > 0) relationships.push({ from: `movement:m${pad(i - 1)}`, type: "INSPIRED", to: m, sources: source });
  }
  return { nodes, relationships, types: [] };
}
