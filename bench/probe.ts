import fs from "node:fs";
import path from "node:path";
import { createDriver } from "../src/graph/driver";
import { startLocalNeo4j } from "../src/graph/local-neo4j/index";
import { GraphGateway } from "../src/graph/run";
import { seedGraph } from "../src/seed/seed";
import { checkAgreement } from "./check";
import { startChild, type Child } from "./child";
import { CONTENDERS, contendersOf } from "./contenders";
import { ARTICLE_TARGETS } from "./dataset";
import { loadBatched } from "./load";
import { measure } from "./measure";
import { openSettler } from "./settle";
import { cpuMs } from "./proc";
import { questions } from "./questions";
import { syntheticGraph, type Targets } from "./synthetic";

/**
 * A quick look while working on one query (not part of `npm run bench`): keeps one loaded Neo4j in
 * a folder across calls and measures the chosen systems on the chosen questions.
 * `[WARMUP=s] [CONNECTIONS=n] node dist/bench/probe.js <dir> <article|size> Q1,Q2 ours,peerCypher,floor [seconds] [--cpu-prof]`
 */
async function main(): Promise<void> {
  const [dir, dataset, qnames, systemNames, seconds = "5"] = process.argv.slice(2);
  const fresh = !fs.existsSync(path.join(dir, "data"));
  const neo = await startLocalNeo4j({ dataDir: dir, heap: "2g", pageCache: "2g", log: () => undefined });
  try {
    const synthetic = dataset === "article" ? null : syntheticGraph(Number(dataset), 5);
    const targets: Targets = synthetic?.targets ?? ARTICLE_TARGETS;
    if (fresh) {
      const driver = createDriver({ uri: neo.boltUri, user: "neo4j", password: "activism-graph" });
      const graph = new GraphGateway(driver, { database: "neo4j", timeoutMs: 600_000 });
      if (synthetic) await loadBatched(graph, synthetic.nodeBatches(10_000), synthetic.relationshipBatches(10_000), () => undefined);
      else await seedGraph(graph);
      await driver.close();
    }
    const profDir = path.resolve("bench/results/cpu-profiles");
    const cpuProf = process.argv.includes("--cpu-prof");
    if (cpuProf) fs.mkdirSync(profDir, { recursive: true });
    // Contender names: ours, peer, peerCypher (the peer's server, asked through `links`), floor.
    const wanted = systemNames.split(",");
    const settler = openSettler(neo.boltUri);
    const children: Child[] = [];
    for (const name of [...new Set(CONTENDERS.filter((c) => wanted.includes(c.name)).map((c) => c.system))]) children.push(await startChild(name, neo.boltUri, cpuProf, profDir));
    try {
      const qs = questions(targets).filter((q) => qnames.split(",").includes(q.name));
      const agreement = await checkAgreement(children, qs);
      const contenders = contendersOf(children).filter((c) => wanted.includes(c.name));
      const options = { duration: Number(seconds), warmup: Number(process.env.WARMUP ?? 2), connections: Number(process.env.CONNECTIONS ?? 16) };
      for (const a of agreement)
        for (const contender of contenders) {
          const body = a.bodies[contender.name];
          if (body === undefined) continue;
          const child = children.find((c) => c.name === CONTENDERS.find((x) => x.name === contender.name)!.system)!;
          const leftovers = await settler.settle();
          if (leftovers) console.log(`(terminated ${leftovers} statements left running)`);
          const before = [cpuMs(child.process.pid!), cpuMs(neo.pid)];
          const m = await measure(contender, a.question, body, options);
          const total = m.requests * (1 + options.warmup / options.duration);
          const [node, java] = [cpuMs(child.process.pid!) - before[0], cpuMs(neo.pid) - before[1]].map((ms) => (ms / total).toFixed(2));
          console.log(`${a.question.name} ${contender.name.padEnd(10)} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  bad ${m.errors + m.non2xx + m.mismatches}  cpu/req: node ${node} ms, neo4j ${java} ms`);
        }
    } finally {
      await settler.close();
      for (const c of children) await c.stop();
    }
  } finally {
    await neo.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
