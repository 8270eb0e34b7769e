/**
 * Measures the hostile requests of issue 13 against the real server in its own process: for each,
 * the answer (status, code), how long it took, the slowest concurrent /health (polled every 20 ms)
 * and the API's resident memory before and after; then many requests with distinct large unused
 * variables (memory retained), and the heaviest permitted query under concurrency (how many answers
 * are outages). Not a test; the tests assert the behaviour (tests/integration/hostile.int.test.ts).
 *
 *   npm run build && node dist/scripts/hostile.js                    # this checkout
 *   node dist/scripts/hostile.js --root ../other-checkout             # another build, for a before/after
 *   ... --pad-requests 2200 --heavy-seconds 10 --heavy-connections 48 --skip-heavy
 */
import { option, startApi, type ApiProcess } from "./api-process";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (
  options: Record<string, unknown>,
  done: (error: Error | null, result: { requests: { total: number }; statusCodeStats: Record<string, { count: number }> }) => void,
) => unknown;

const REQUEST_TIMEOUT_MS = 180_000;
const filterQuery = "query($filter: EntityFilter) { movements(first: 1, filter: $filter) { edges { node { id } } } }";
const unknownKeys = (n: number) => JSON.stringify({ query: filterQuery, variables: { filter: Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])) } });

const SHOTS: { name: string; body: () => string }[] = [
  { name: "4,000 unknown keys in an EntityFilter variable", body: () => unknownKeys(4_000) },
  { name: "10,000 unknown keys in an EntityFilter variable", body: () => unknownKeys(10_000) },
  // Used where an enum list is expected, so that every element is a coercion error.
  { name: "900 kB [1,1,...] list variable", body: () => `{"query":"query($x: [EntityType!]) { search(query: \\"a\\", types: $x) { score } }","variables":{"x":[${Array(450_000).fill(1).join(",")}]}}` },
  { name: "5,000-level nested array, unused variable", body: () => `{"query":"{ __typename }","variables":{"x":${"[".repeat(5000)}${"]".repeat(5000)}}}` },
];

async function timedHealth(url: string): Promise<number> {
  const started = performance.now();
  await (await fetch(`${url}/health`)).text();
  return performance.now() - started;
}

async function shoot(api: ApiProcess, body: string) {
  const rssBefore = api.rssMiB();
  let slowestHealth = 0;
  let healthFailures = 0;
  let done = false;
  const probe = (async () => {
    while (!done) {
      const started = performance.now();
      // A probe that fails (its connection closed) counts as failed and as slow as it lasted.
      await timedHealth(api.url).catch(() => healthFailures++);
      slowestHealth = Math.max(slowestHealth, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const started = performance.now();
  const answer = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
    .then(async (response) => {
      const json = (await response.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
      return { status: response.status, code: json.errors?.[0]?.extensions?.code ?? null };
    })
    .catch((error: Error) => ({ status: 0, code: error.name }));
  const ms = Math.round(performance.now() - started);
  done = true;
  await probe;
  return { ...answer, ms, slowestHealthMs: Math.round(slowestHealth), healthFailures, rssMiB: { before: rssBefore, after: api.rssMiB() } };
}

/** `count` requests, 25 at a time, each with its own unused variable of `bytes` bytes. */
async function distinctPads(api: ApiProcess, count: number, bytes: number) {
  const before = api.rssMiB();
  const statuses: Record<string, number> = {};
  for (let sent = 0; sent < count; sent += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, count - sent) }, async (_, i) => {
        const pad = `${sent + i}-`.padEnd(bytes, "x");
        const body = JSON.stringify({ query: "{ __typename }", variables: { pad } });
        // A keep-alive socket the server closes as idle just as the client reuses it fails the
        // fetch: that is the client's race, not an answer; it is counted and sent again once.
        const send = () => fetch(`${api.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
        const response = await send().catch(() => {
          statuses.resent = (statuses.resent ?? 0) + 1;
          return send();
        });
        await response.text();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }),
    );
  }
  return { requests: count, padBytes: bytes, statuses, rssMiB: { before, after: api.rssMiB() } };
}

/** Twenty aliases of the largest permitted neighbourhood, at `connections` at once. */
function heavy(api: ApiProcess, seconds: number, connections: number) {
  const query = `{ ${Array.from({ length: 20 }, (_, i) => `n${i}: neighborhood(id: "platform:twitter", depth: 3, limit: 500) { nodes { id } }`).join(" ")} }`;
  const codes: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${api.url}/graphql`,
        method: "POST",
        connections,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query }),
            onResponse: (status: number, body: string) => {
              const code = status === 200 && !body.includes('"errors"') ? "ok" : `${status} ${(JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code}`;
              codes[code] = (codes[code] ?? 0) + 1;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve({ connections, seconds, requests: result.requests.total, answers: codes })),
    );
  });
}

async function main() {
  const root = option("root", "");
  const api = await startApi(root || undefined);
  try {
    for (let i = 0; i < 20; i++) await timedHealth(api.url);
    const shots: Record<string, unknown> = {};
    for (const shot of SHOTS) shots[shot.name] = await shoot(api, shot.body());
    // 900 kB as in the issue (over the variables budget now), and 90 kB (within it: the cost cache's bound).
    const padRequests = Number(option("pad-requests", "1000"));
    const pads = [await distinctPads(api, padRequests, 900_000), await distinctPads(api, padRequests, 90_000)];
    const load = process.argv.includes("--skip-heavy") ? null : await heavy(api, Number(option("heavy-seconds", "10")), Number(option("heavy-connections", "48")));
    console.log(JSON.stringify({ root: root || ".", shots, distinctUnusedVariables: pads, heavyNeighbourhoods: load }, null, 2));
  } finally {
    await api.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
