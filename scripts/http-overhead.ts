/**
 * HTTP overhead (issue 14): server CPU per request (utime + stime of the API process from /proc,
 * divided by the requests answered) for `{ __typename }` and a small real query, under autocannon.
 * Every variant is a checkout with a build (`dist/`, `node_modules/`, `seed/`): this one by
 * default, others with `--variants name=/path,...`. All run at once over one local Neo4j and are
 * measured in turn, the order reversed every other round, so a busy moment of a shared machine
 * spreads over all of them; the table pairs each sample with the first variant's of its round.
 * Not a test: `npm run http-overhead -- [--rounds 6 --seconds 5 --warm-up 15 --connections 8]`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LOCAL_NEO4J_SETTINGS } from "../src/graph/connect";
import { startLocalNeo4j } from "../src/graph/local-neo4j/index";
import { option, startApi, type ApiProcess } from "./api-process";

type LoadResult = { requests: { total: number; average: number }; non2xx: number; errors: number };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (
  options: { url: string; connections: number; duration: number; method: "POST"; headers: Record<string, string>; body: string },
  done: (error: Error | null, result: LoadResult) => void,
) => unknown;

const ALL_QUERIES: Record<string, string> = { typename: "{ __typename }", node: '{ node(id: "movement:metoo") { id ... on Movement { name } } }' };
const QUERIES = Object.fromEntries(option("queries", Object.keys(ALL_QUERIES).join(",")).split(",").map((name) => [name, ALL_QUERIES[name]]));
const rounds = Number(option("rounds", "6"));
const seconds = Number(option("seconds", "5"));
// Short warm-ups left the lookup's first rounds 1.5-2x slower (JIT, Neo4j's caches).
const warmUp = Number(option("warm-up", "15"));
const connections = Number(option("connections", "8"));
/** Extra flags for the API processes, e.g. `--node-args --cpu-prof,--cpu-prof-dir=/tmp/prof`. */
const nodeArgs = option("node-args", "").split(",").filter(Boolean);
const variants = option("variants", `current=${path.resolve(__dirname, "../..")}`)
  .split(",")
  .map((pair) => pair.split("=") as [string, string]);

/** utime + stime of every thread of a process, in ms (the kernel counts in clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function load(url: string, query: string, duration: number): Promise<LoadResult> {
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) =>
    autocannon({ url: `${url}/graphql`, connections, duration, method: "POST", headers: { "content-type": "application/json" }, body }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
}

async function measure(api: ApiProcess, query: string) {
  const before = cpuMs(api.pid);
  const result = await load(api.url, query, seconds);
  const cpu = cpuMs(api.pid) - before;
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { msPerRequest: cpu / result.requests.total, requestsPerSecond: result.requests.average };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fixed = (x: number, digits: number) => x.toFixed(digits);

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ag-overhead-"));
  const neo4j = await startLocalNeo4j({ dataDir, port: 0, settings: LOCAL_NEO4J_SETTINGS("256m"), log: () => undefined });
  const apis: Array<[string, ApiProcess]> = [];
  try {
    // One at a time: the first seeds the graph, the others find it up to date.
    for (const [name, root] of variants) apis.push([name, await startApi(root, { NEO4J_URI: neo4j.boltUri }, nodeArgs)]);
    for (const [, api] of apis) for (const query of Object.values(QUERIES)) await load(api.url, query, warmUp);
    const samples = new Map<string, Array<{ msPerRequest: number; requestsPerSecond: number }>>();
    for (let round = 0; round < rounds; round++) {
      for (const [name, api] of round % 2 ? [...apis].reverse() : apis) {
        for (const [label, query] of Object.entries(QUERIES)) {
          const sample = await measure(api, query);
          samples.set(`${name} ${label}`, [...(samples.get(`${name} ${label}`) ?? []), sample]);
          console.error(`round ${round + 1} ${name} ${label}: ${fixed(sample.msPerRequest, 3)} ms/request, ${Math.round(sample.requestsPerSecond)} req/s`);
        }
      }
    }
    console.log(`\n${connections} connections, ${seconds} s per sample, ${rounds} rounds; server CPU per request (median, range) and req/s (median)\n`);
    console.log(`| variant | query | CPU ms/request | range | saved vs ${variants[0][0]}, same round | req/s |\n| --- | --- | --- | --- | --- | --- |`);
    for (const [key, list] of samples) {
      const cpu = list.map((s) => s.msPerRequest);
      const [name, label] = key.split(" ");
      // Paired with the first variant's sample of the same round, so a busy round cancels out.
      const base = samples.get(`${variants[0][0]} ${label}`)!.map((s) => s.msPerRequest);
      const saved = cpu.map((x, i) => base[i] - x);
      const pair = name === variants[0][0] ? "" : `${fixed(median(saved), 3)} (${fixed(Math.min(...saved), 3)} to ${fixed(Math.max(...saved), 3)})`;
      console.log(`| ${name} | ${label} | ${fixed(median(cpu), 3)} | ${fixed(Math.min(...cpu), 3)}-${fixed(Math.max(...cpu), 3)} | ${pair} | ${Math.round(median(list.map((s) => s.requestsPerSecond)))} |`);
    }
  } finally {
    for (const [, api] of apis) await api.stop();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
