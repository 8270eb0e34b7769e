import { AppError } from "../errors";
import type { GraphGateway } from "../graph/run";
import { Article } from "./article";
import { loadDataset, type SeedOutcome } from "./load";
import { ARTICLE_FILE, DATA_DIR } from "../domain/paths";
import { formatProblems, validateDataset, type Problem } from "./validate";

/** The data files are wrong; nothing was written. `problems` lists every one with file and entry. */
export class SeedValidationError extends AppError {
  constructor(readonly problems: Problem[]) {
    super(`The seed data has ${problems.length} problem(s); nothing was written:\n${formatProblems(problems)}`, "SEED_INVALID", {
      problems,
    });
  }
}

export type SeedOptions = { dataDir?: string; articleFile?: string; onlyIfChanged?: boolean; timeoutMs?: number };

/** Validates every data file, then (only if all is well) loads them into the graph. */
export async function seedGraph(graph: GraphGateway, options: SeedOptions = {}): Promise<SeedOutcome> {
  const article = Article.fromFile(options.articleFile ?? ARTICLE_FILE);
  const { dataset, problems } = validateDataset(options.dataDir ?? DATA_DIR, article);
  if (problems.length > 0) throw new SeedValidationError(problems);
  return loadDataset(graph, dataset, { onlyIfChanged: options.onlyIfChanged, timeoutMs: options.timeoutMs });
}
