import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ARTICLE_TARGETS, runDataset, TMP_DIR } from "./dataset";
import { log } from "./log";
import { BATCH, parseOptions } from "./options";
import { questions } from "./questions";
import { writeReport } from "./report";
import { BENCH_DIR, RESULTS_DIR, type BenchReport } from "./results";

/**
 * `npm run bench [-- --scale 1000000] [--sizes 10000,100000] [--duration 5] [--warmup 2] [--warm-rounds 2] [--rounds 2]
 * [--connections 16] [--no-article] [--cpu-prof] | --report-only`: for the article graph and each
 * synthetic size, one dataset run (dataset.ts). Writes bench/results/latest.json after every size
 * and bench/RESULTS.md (report.ts) at the end. The command line only: nothing imports this file.
 */

function machine(neo4jVersion: string): Record<string, string | number> {
  const javaLine = execFileSync("sh", ["-c", "java -version 2>&1 | head -1"], { encoding: "utf8" }).trim();
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    java: javaLine,
    neo4j: neo4jVersion,
  };
}

async function main(): Promise<void> {
  if (process.argv.includes("--report-only")) {
    // Rewrites RESULTS.md from the last run's figures, e.g. after editing bench/analysis.md.
    writeReport(JSON.parse(fs.readFileSync(path.join(RESULTS_DIR, "latest.json"), "utf8")) as BenchReport, BENCH_DIR);
    log("wrote bench/RESULTS.md from bench/results/latest.json");
    return;
  }
  const options = parseOptions(process.argv.slice(2));
  const { sizes: _sizes, article: _article, ...settings } = options;
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
    machine: machine(""),
    settings: { ...settings, batch: BATCH },
    questions: questions(ARTICLE_TARGETS).map((q) => ({ name: q.name, title: q.title, indexBacked: q.indexBacked })),
    datasets: [],
  };
  const save = () => fs.writeFileSync(path.join(RESULTS_DIR, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  const plan: [string, number | null][] = [...(options.article ? [["article", null] as [string, null]] : []), ...options.sizes.map((s) => [`${s / 1000}k`, s] as [string, number])];
  for (const [name, size] of plan) {
    report.datasets.push(await runDataset(name, size, options, report));
    save();
  }
  report.finishedAt = new Date().toISOString();
  save();
  writeReport(report, BENCH_DIR);
  log(`wrote bench/results/latest.json and bench/RESULTS.md`);
}

main().catch((error) => {
  log(String(error instanceof Error ? (error.stack ?? error.message) : error));
  process.exitCode = 1;
});
