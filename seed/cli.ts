import { ConfigError, loadConfig } from "../src/config";
import { connectGraph } from "../src/graph/connect";
import { isOperatorFixable } from "../src/startup-error";
import { Article } from "../src/seed/article";
import { graphCounts, type GraphCounts } from "../src/seed/load";
import { ARTICLE_FILE, DATA_DIR } from "../src/domain/paths";
import { seedGraph } from "../src/seed/seed";
import { formatProblems, validateDataset } from "../src/seed/validate";

/** `seed` loads the data files into Neo4j, `stats` prints the graph's counts, `validate` checks the files only. */
async function main(command: string | undefined): Promise<number> {
  if (command === "validate") {
    const { dataset, problems } = validateDataset(DATA_DIR, Article.fromFile(ARTICLE_FILE));
    if (problems.length) {
      console.error(`${problems.length} problem(s):\n${formatProblems(problems)}`);
      return 1;
    }
    console.log(`Valid: ${dataset.nodes.length} nodes, ${dataset.relationships.length} relationships, ${dataset.types.length} relationship types.`);
    return 0;
  }
  if (command !== "seed" && command !== "stats") {
    console.error("usage: cli.js seed|stats|validate");
    return 2;
  }
  const config = loadConfig();
  const graph = await connectGraph(config, (message) => console.error(message));
  try {
    if (command === "seed") {
      const outcome = await seedGraph(graph.gateway);
      console.log(`Seeded (dataset ${outcome.hash}).`);
      console.log(formatCounts(outcome.counts));
    } else {
      console.log(formatCounts(await graphCounts(graph.gateway)));
    }
    return 0;
  } finally {
    await graph.close();
  }
}

export function formatCounts(counts: GraphCounts): string {
  const rows = (title: string, entries: Record<string, number>) => {
    const list = Object.entries(entries).sort(([a], [b]) => a.localeCompare(b));
    const total = list.reduce((sum, [, n]) => sum + n, 0);
    const width = Math.max(title.length, ...list.map(([k]) => k.length));
    return [`${title.padEnd(width)}  count`, ...list.map(([k, n]) => `${k.padEnd(width)}  ${String(n).padStart(5)}`), `${"total".padEnd(width)}  ${String(total).padStart(5)}`].join("\n");
  };
  return `${rows("label", counts.labels)}\n\n${rows("relationship", counts.relationships)}`;
}

if (require.main === module) {
  main(process.argv[2]).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof ConfigError || isOperatorFixable(error) ? error.message : error);
      process.exit(1);
    },
  );
}
