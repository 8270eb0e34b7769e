import fs from "node:fs";
import path from "node:path";
import { createDriver } from "../src/graph/driver";
import { startLocalNeo4j, type LocalNeo4j } from "../src/graph/local-neo4j/index";
import { cypher, GraphGateway } from "../src/graph/run";
import { seedGraph } from "../src/seed/seed";
import { PROJECT_ROOT } from "../src/domain/paths";
import { checkAgreement } from "./check";
import { startChild, type Child } from "./child";
import { contendersOf, requestOf, SYSTEMS } from "./contenders";
import { loadBatched, loadOneByOne } from "./load";
import { log } from "./log";
import { BATCH } from "./options";
import { rssOfPid } from "./proc";
import { measureQuestion, warmAll } from "./rounds";
import { openSettler } from "./settle";
import { questions } from "./questions";
import { RESULTS_DIR, type BenchReport, type DatasetReport, type LoadReport, type Options } from "./results";
import { syntheticGraph, type Targets } from "./synthetic";

/**
 * One dataset of a run: a throw-away local Neo4j, the data loaded, the three systems started in
 * child processes, the answers checked for agreement, the round trips counted, then warm-up passes
 * and autocannon rounds per question and contender (rounds.ts).
 */

export const TMP_DIR = path.join(RESULTS_DIR, "tmp");
const ONE_BY_ONE_SAMPLE = { nodes: 10_000, relationships: 5_000 };

export const ARTICLE_TARGETS: Targets = {
  entityId: "movement:metoo",
  inspiringId: "movement:march-for-our-lives",
  searchText: "climate strike",
  pathFrom: "actor:tarana-burke",
  pathTo: "actor:harvey-weinstein",
  timelineFrom: "2010",
  timelineTo: "2020",
};

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(p) : fs.statSync(p).size;
  }
  return total;
}

/** The article graph through the seed path (size null) or a synthetic graph of `size` nodes. */
async function loadData(name: string, size: number | null, graph: GraphGateway, options: Options): Promise<{ targets: Targets; load: LoadReport }> {
  if (size === null) {
    const t0 = performance.now();
    const outcome = await seedGraph(graph);
    const seconds = (performance.now() - t0) / 1000;
    const nodes = Object.values(outcome.counts.labels).reduce((a, b) => a + b, 0);
    const relationships = Object.values(outcome.counts.relationships).reduce((a, b) => a + b, 0);
    const load = { seconds, nodes, relationships, nodesPerSecond: nodes / seconds, relationshipsPerSecond: relationships / seconds, relationshipStatement: "seed path (seedGraph: validate + one transaction)" };
    return { targets: ARTICLE_TARGETS, load };
  }
  log(`${name}: generating ${size} nodes, ${options.relsPerNode} relationships per node`);
  const g = syntheticGraph(size, options.relsPerNode);
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
  const load = {
    seconds,
    nodes: g.nodeCount,
    relationships: g.relationshipCount,
    nodesPerSecond: timing.nodes / timing.nodeSeconds,
    relationshipsPerSecond: timing.relationships / timing.relationshipSeconds,
    relationshipStatement: "seed path's per-type MERGE (src/graph/queries/seed.queries.ts)",
    oneByOne,
  };
  return { targets: g.targets, load };
}

export async function runDataset(name: string, size: number | null, options: Options, report: BenchReport): Promise<DatasetReport> {
  const dataDir = path.join(TMP_DIR, `neo4j-${name}-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  log(`${name}: starting a local Neo4j in ${path.relative(PROJECT_ROOT, dataDir)}`);
  let neo: LocalNeo4j | undefined;
  const children: Child[] = [];
  let settler: ReturnType<typeof openSettler> | undefined;
  try {
    neo = await startLocalNeo4j({ dataDir, heap: options.heap, pageCache: options.pageCache, log: (m) => (/ERROR|Exception/.test(m) ? log(m) : undefined) });
    report.machine.neo4j = neo.neo4jVersion;
    const driver = createDriver({ uri: neo.boltUri, user: "neo4j", password: "activism-graph" });
    const graph = new GraphGateway(driver, { database: "neo4j", timeoutMs: 600_000 });
    let loaded: { targets: Targets; load: LoadReport };
    try {
      loaded = await loadData(name, size, graph, options);
      log(`${name}: loaded ${loaded.load.nodes} nodes, ${loaded.load.relationships} relationships in ${loaded.load.seconds.toFixed(1)} s`);
    } finally {
      await driver.close();
    }
    settler = openSettler(neo.boltUri);
    const { settle } = settler;
    const { targets, load } = loaded;
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
    log(`${name}: warming up every system on every question (${options.warmRounds} passes of ${options.warmup} s, the order rotating)`);
    await warmAll(agreement, contenders, options, settle);
    for (const [qi, a] of agreement.entries()) dataset.results[a.question.name] = await measureQuestion(`${name} ${a.question.name}`, qi, a, contenders, options, settle);
    dataset.apiRssBytes = (await ours.stats()).rss;
    dataset.neo4jRssBytes = rssOfPid(neo.pid);
    return dataset;
  } finally {
    await settler?.close();
    for (const child of children) await child.stop();
    await neo?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
