/**
 * Soak: the real server (`node dist/src/main.js`, local Neo4j, seeded graph, production mode),
 * 30 s of warm-up, then 60 s of mixed traffic at concurrency 32, rejected queries included. Passes
 * when there is no 5xx, no unexpected error code, and the API's resident memory at the end is
 * within 20% of its value after warm-up. Not a test: run it with `npm run soak`
 * (`-- --seconds 20 --warm-up 10` for a shorter run).
 */
import { option, startApi } from "./api-process";

/** The part of autocannon's result this script reads (autocannon ships no types). */
type LoadResult = {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  "5xx": number;
};
type LoadRequest = { method: "POST"; path: string; headers: Record<string, string>; body: string; onResponse: (status: number, body: string) => void };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (
  options: { url: string; connections: number; duration: number; requests: LoadRequest[] },
  done: (error: Error | null, result: LoadResult) => void,
) => unknown;

type Shot = { name: string; query: string; variables?: Record<string, unknown>; expect: string | null };

const SHOTS: Shot[] = [
  { name: "page", query: "{ movements(first: 20) { edges { node { id hashtags { node { name } } platforms { node { name } } actors { node { name } role } } } } }", expect: null },
  { name: "entity", query: '{ node(id: "hashtag:metoo") { ... on Entity { name sources { quote } relations { type node { id } sources { quote } } } } }', expect: null },
  { name: "influence", query: '{ movement(id: "movement:march-for-our-lives") { inspired(depth: 3) { id } inspiredBy(depth: 3) { id } } }', expect: null },
  { name: "search", query: '{ search(query: "gret") { score entity { id } } }', expect: null },
  { name: "path", query: '{ path(from: "actor:tarana-burke", to: "actor:harvey-weinstein") { length steps { type sources { quote } } } }', expect: null },
  { name: "timeline", query: '{ timeline(from: "2010", to: "2020", first: 20) { totalCount edges { node { date ... on EventEntry { event { id } } ... on FactEntry { key } } } } }', expect: null },
  { name: "neighborhood", query: '{ neighborhood(id: "platform:twitter", depth: 2, limit: 200) { nodes { id } edges { id } } }', expect: null },
  { name: "too costly", query: "{ movements(first: 100) { edges { node { relations(first: 500) { node { id } } } } } }", expect: "QUERY_TOO_COSTLY" },
  { name: "bad argument", query: '{ timeline(from: "2012-13-45") { totalCount } }', expect: "BAD_USER_INPUT" },
  { name: "syntax error", query: "{ movements(", expect: "GRAPHQL_PARSE_FAILED" },
  { name: "too many aliases", query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(" ")} }`, expect: "TOO_MANY_ALIASES" },
];

const seconds = Number(option("seconds", "60"));
/** The same mixed traffic, unchecked, until V8's heap and Neo4j's connection pool have grown to their working size. */
const WARM_UP_SECONDS = Number(option("warm-up", "30"));
function run(url: string, durationSeconds: number, check: boolean) {
  const unexpected = new Map<string, number>();
  const requests = SHOTS.map((shot) => ({
    method: "POST" as const,
    path: "/graphql",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: shot.query, variables: shot.variables }),
    onResponse: (status: number, body: string) => {
      if (!check) return;
      const code = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? null;
      if (status >= 500 || code !== shot.expect) unexpected.set(`${shot.name}: ${status} ${code}`, (unexpected.get(`${shot.name}: ${status} ${code}`) ?? 0) + 1);
    },
  }));
  return new Promise<{ result: LoadResult; unexpected: Map<string, number> }>((resolve, reject) => {
    autocannon({ url, connections: 32, duration: durationSeconds, requests }, (error, result) =>
      error ? reject(error) : resolve({ result, unexpected }),
    );
  });
}

async function main(): Promise<number> {
  const server = await startApi();
  try {
    await run(server.url, WARM_UP_SECONDS, false);
    const warm = server.rssMiB();
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(server.rssMiB()), 10_000);
    const { result, unexpected } = await run(server.url, seconds, true);
    clearInterval(sampler);
    const end = server.rssMiB();
    const drift = Math.round(((end - warm) / warm) * 1000) / 10;
    const fiveXx = result["5xx"];
    console.log(
      JSON.stringify(
        {
          seconds,
          connections: 32,
          requests: result.requests.total,
          requestsPerSecond: result.requests.average,
          latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
          non2xx: result.non2xx,
          fiveXx,
          unexpected: Object.fromEntries(unexpected),
          rssMiB: { afterWarmUp: warm, every10s: samples, atEnd: end, driftPercent: drift },
        },
        null,
        2,
      ),
    );
    const ok = fiveXx === 0 && unexpected.size === 0 && Math.abs(drift) <= 20;
    console.log(ok ? "soak: passed" : "soak: FAILED");
    return ok ? 0 : 1;
  } finally {
    await server.stop();
  }
}

main().then((code) => process.exit(code), (error) => {
  console.error(error);
  process.exit(1);
});
