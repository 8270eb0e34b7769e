import { execFileSync, fork, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createDriver } from "../src/graph/driver";
import { startLocalNeo4j, type LocalNeo4j } from "../src/graph/local-neo4j";
import { cypher, GraphGateway } from "../src/graph/run";
import { seedGraph } from "../seed/seed";
import { PROJECT_ROOT } from "../seed/paths";
import { checkAgreement } from "./check";
import { contendersOf, requestOf, type Contender, type ContenderName } from "./contenders";
import { loadBatched, loadOneByOne } from "./load";
import { questions, type Question } from "./questions";
import { writeReport } from "./report";
import { syntheticGraph, type Targets } from "./synthetic";
import { rssOfPid } from "./proc";
import { SYSTEMS, type SystemName } from "./systems";

/**
 * `npm run bench [-- --scale 1000000] [--sizes 10000,100000] [--duration 5] [--warmup 2]
 * [--connections 16] [--no-article] [--cpu-prof] | --report-only`: for the article graph and each synthetic size,
 * a throw-away local Neo4j, the data loaded, the three systems started in child processes, the
 * answers checked for agreement, then autocannon per question and system. Writes
 * bench/results/latest.json after every size and bench/RESULTS.md at the end.
 */

export const BENCH_DIR = path.join(PROJECT_ROOT, "bench");
const RESULTS_DIR = path.join(BENCH_DIR, "results");
const TMP_DIR = path.join(RESULTS_DIR, "tmp");
const ONE_BY_ONE_SAMPLE = { nodes: 10_000, relationships: 5_000 };
const BATCH = 10_000;

type Options = {
  sizes: number[];
  article: boolean;
  duration: number;
  warmup: number;
  connections: number;
  relsPerNode: number;
  heap: string;
  pageCache: string;
  cpuProf: boolean;
};

export type Measurement = { rps: number; p50: number; p99: number; mean: number; requests: number; errors: number; non2xx: number; mismatches: number; timeouts: number };
export type LoadReport = {
  seconds: number;
  nodes: number;
  relationships: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  relationshipStatement: string;
  oneByOne?: { nodesPerSecond: number; relationshipsPerSecond: number; sample: typeof ONE_BY_ONE_SAMPLE };
};
export type DatasetReport = {
  name: string;
  nodes: number;
  relationships: number;
  targets: Targets;
  load: LoadReport;
  storeBytes: number;
  neo4jRssBytes: number;
  apiRssBytes: number;
  roundTrips: Record<string, number>;
  answerBytes: Record<string, number>;
  /** Per question, per contender; peerCypher only where it is asked (Q1, Q2). */
  results: Record<string, Partial<Record<ContenderName, Measurement>>>;
};
export type BenchReport = {
  startedAt: string;
  finishedAt?: string;
  command: string;
  machine: Record<string, string | number>;
  settings: Omit<Options, "sizes" | "article"> & { batch: number };
  questions: { name: string; title: string; indexBacked: boolean }[];
  datasets: DatasetReport[];
};

function parseOptions(argv: string[]): Options {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  let sizes = (value("--sizes") ?? "10000,100000").split(",").map(Number);
  const scale = value("--scale");
  if (scale) sizes = [...new Set([...sizes, Number(scale)])].sort((a, b) => a - b);
  if (sizes.some((s) => !Number.isInteger(s) || s < 100)) throw new Error("sizes must be whole numbers of at least 100");
  return {
    sizes,
    article: !argv.includes("--no-article"),
    duration: Number(value("--duration") ?? 5),
    warmup: Number(value("--warmup") ?? 2),
    connections: Number(value("--connections") ?? 16),
    relsPerNode: Number(value("--rels-per-node") ?? 5),
    heap: value("--heap") ?? "2g",
    pageCache: value("--pagecache") ?? "2g",
    cpuProf: argv.includes("--cpu-prof"),
  };
}

const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

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

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(p) : fs.statSync(p).size;
  }
  return total;
}

export type Child = { name: SystemName; url: string; process: ChildProcess; stats(): Promise<{ statements: number; rss: number }>; stop(): Promise<void> };

/** Starts one system in a child process (dist/bench/serve.js). */
export function startChild(name: SystemName, boltUri: string, cpuProf: boolean, profDir: string): Promise<Child> {
  const execArgv = cpuProf && name === "ours" ? ["--cpu-prof", `--cpu-prof-dir=${profDir}`] : [];
  const child = fork(path.join(__dirname, "serve.js"), [name, boltUri], { execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const next = (type: string) =>
    new Promise<any>((resolve, reject) => {
      const onMessage = (m: any) => {
        if (m.type === type) {
          child.off("message", onMessage);
          child.off("exit", onExit);
          resolve(m);
        }
      };
      const onExit = (code: number) => reject(new Error(`${name} exited with ${code}`));
      child.on("message", onMessage);
      child.once("exit", onExit);
    });
  return next("ready").then((ready) => ({
    name,
    url: ready.url,
    process: child,
    stats: () => {
      const answer = next("stats");
      child.send({ type: "stats" });
      return answer;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.send({ type: "stop" });
      }),
  }));
}

async function warmUp(contender: Contender, q: Question, options: Options): Promise<void> {
  const request = requestOf(contender, q);
  if (request && options.warmup > 0) await autocannon({ url: request.url, method: "POST", body: request.body, headers: { "content-type": "application/json" }, connections: options.connections, duration: options.warmup });
}

export async function measure(contender: Contender, q: Question, body: string, options: Options): Promise<Measurement> {
  const request = requestOf(contender, q)!;
  const base = { url: request.url, method: "POST", body: request.body, headers: { "content-type": "application/json" }, connections: options.connections, timeout: 30 };
  await warmUp(contender, q, options);
  const r = await autocannon({ ...base, duration: options.duration, expectBody: body });
  return {
    rps: r.requests.total / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    mean: r.latency.mean,
    requests: r.requests.total,
    errors: r.errors,
    non2xx: r.non2xx,
    mismatches: r.mismatches,
    timeouts: r.timeouts,
  };
}

export const ARTICLE_TARGETS: Targets = {
  entityId: "movement:metoo",
  inspiringId: "movement:march-for-our-lives",
  searchText: "climate strike",
  pathFrom: "actor:tarana-burke",
  pathTo: "actor:harvey-weinstein",
  timelineFrom: "2010",
  timelineTo: "2020",
};

async function runDataset(name: string, size: number | null, options: Options, report: BenchReport): Promise<DatasetReport> {
  const dataDir = path.join(TMP_DIR, `neo4j-${name}-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  log(`${name}: starting a local Neo4j in ${path.relative(PROJECT_ROOT, dataDir)}`);
  let neo: LocalNeo4j | undefined;
  const children: Child[] = [];
  try {
    neo = await startLocalNeo4j({ dataDir, heap: options.heap, pageCache: options.pageCache, log: (m) => (/ERROR|Exception/.test(m) ? log(m) : undefined) });
    report.machine.neo4j = neo.neo4jVersion;
    const driver = createDriver({ uri: neo.boltUri, user: "neo4j", password: "activism-graph" });
    const graph = new GraphGateway(driver, { database: "neo4j", timeoutMs: 600_000 });
    let targets: Targets;
    let load: LoadReport;
    try {
      if (size === null) {
        const t0 = performance.now();
        const outcome = await seedGraph(graph);
        const seconds = (performance.now() - t0) / 1000;
        const nodes = Object.values(outcome.counts.labels).reduce((a, b) => a + b, 0);
        const relationships = Object.values(outcome.counts.relationships).reduce((a, b) => a + b, 0);
        load = { seconds, nodes, relationships, nodesPerSecond: nodes / seconds, relationshipsPerSecond: relationships / seconds, relationshipStatement: "seed path (seedGraph: validate + one transaction)" };
        targets = ARTICLE_TARGETS;
      } else {
        log(`${name}: generating ${size} nodes, ${options.relsPerNode} relationships per node`);
        const g = syntheticGraph(size, options.relsPerNode);
        targets = g.targets;
        let oneByOne: LoadReport["oneByOne"];
        if (size === 10_000) {
          log(`${name}: one-statement-per-row baseline on ${ONE_BY_ONE_SAMPLE.nodes} nodes and ${ONE_BY_ONE_SAMPLE.relationships} relationships`);
          const nodes = [...g.nodeBatches(ONE_BY_ONE_SAMPLE.nodes)][0];
          const rels = [...g.relationshipBatches(ONE_BY_ONE_SAMPLE.relationships)][0];
          oneByOne = { ...(await loadOneByOne(graph, nodes, rels)), sample: ONE_BY_ONE_SAMPLE };
          await graph.write(cypher<never>("bench reset", "MATCH (n) DETACH DELETE n"));
        }
        log(`${name}: batched load (${BATCH} rows per transaction)`);
        const timing = await loadBatched(graph, g.nodeBatches(BATCH), g.relationshipBatches(BATCH), (m) => log(`${name}: ${m}`));
        const seconds = timing.nodeSeconds + timing.relationshipSeconds + timing.indexSeconds;
        load = {
          seconds,
          nodes: g.nodeCount,
          relationships: g.relationshipCount,
          nodesPerSecond: timing.nodes / timing.nodeSeconds,
          relationshipsPerSecond: timing.relationships / timing.relationshipSeconds,
          relationshipStatement: "seed path's per-type MERGE (src/graph/queries/seed.queries.ts)",
          oneByOne,
        };
      }
      log(`${name}: loaded ${load.nodes} nodes, ${load.relationships} relationships in ${load.seconds.toFixed(1)} s`);
    } finally {
      await driver.close();
    }
    const storeBytes = dirBytes(path.join(dataDir, "data"));

    const profDir = path.join(RESULTS_DIR, "cpu-profiles");
    if (options.cpuProf) fs.mkdirSync(profDir, { recursive: true });
    for (const system of SYSTEMS) children.push(await startChild(system, neo.boltUri, options.cpuProf, profDir));
    const qs = questions(targets);
    log(`${name}: checking that ours, peer (both ways) and floor give the same answers`);
    const agreement = await checkAgreement(children, qs);
    const contenders = contendersOf(children);
    const ours = children.find((c) => c.name === "ours")!;
    const roundTrips: Record<string, number> = {};
    for (const q of qs) {
      const before = (await ours.stats()).statements;
      const request = requestOf(ours, q)!;
      await fetch(request.url, { method: "POST", headers: { "content-type": "application/json" }, body: request.body });
      roundTrips[q.name] = (await ours.stats()).statements - before;
    }
    const dataset: DatasetReport = {
      name,
      nodes: load.nodes,
      relationships: load.relationships,
      targets,
      load,
      storeBytes,
      neo4jRssBytes: 0,
      apiRssBytes: 0,
      roundTrips,
      answerBytes: Object.fromEntries(agreement.map((a) => [a.question.name, a.size])),
      results: {},
    };
    // Every system runs every question once before anything is measured. Without this round the
    // first system measured on a question ran against a JVM that had not yet compiled that
    // question's paths: the floor measured 895 req/s on Q2 when first and 2 187 once warm.
    log(`${name}: warming up every system on every question (${options.warmup} s each)`);
    for (const a of agreement) for (const contender of contenders) await warmUp(contender, a.question, options);
    for (const a of agreement) {
      dataset.results[a.question.name] = {};
      for (const contender of contenders) {
        const body = a.bodies[contender.name];
        if (body === undefined) continue;
        const m = await measure(contender, a.question, body, options);
        dataset.results[a.question.name]![contender.name] = m;
        const flag = m.errors + m.non2xx + m.mismatches + m.timeouts > 0 ? `  (errors ${m.errors}, non-2xx ${m.non2xx}, mismatches ${m.mismatches}, timeouts ${m.timeouts})` : "";
        log(`${name} ${a.question.name} ${contender.name.padEnd(10)} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms${flag}`);
      }
    }
    dataset.apiRssBytes = (await ours.stats()).rss;
    dataset.neo4jRssBytes = rssOfPid(neo.pid);
    return dataset;
  } finally {
    for (const child of children) await child.stop();
    await neo?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (process.argv.includes("--report-only")) {
    // Rewrites RESULTS.md from the last run's figures, e.g. after editing bench/analysis.md.
    writeReport(JSON.parse(fs.readFileSync(path.join(RESULTS_DIR, "latest.json"), "utf8")) as BenchReport, BENCH_DIR);
    log("wrote bench/RESULTS.md from bench/results/latest.json");
    return;
  }
  const options = parseOptions(process.argv.slice(2));
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
    machine: machine(""),
    settings: { duration: options.duration, warmup: options.warmup, connections: options.connections, relsPerNode: options.relsPerNode, heap: options.heap, pageCache: options.pageCache, cpuProf: options.cpuProf, batch: BATCH },
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

if (require.main === module) {
  main().catch((error) => {
    log(String(error instanceof Error ? (error.stack ?? error.message) : error));
    process.exitCode = 1;
  });
}
