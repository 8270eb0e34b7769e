import v8 from "node:v8";
import vm from "node:vm";
import { useSampleServer } from "../helpers/sample-server";
import { postGraphQL } from "../helpers/test-server";

/**
 * Requests built to freeze the server (issue 13, section 1): each is refused or answered while a
 * concurrent /health keeps answering within 200 ms, and none answers 500.
 */
describe("hostile requests", () => {
  const sample = useSampleServer();

  /**
   * Sends `body` raw and, while it runs, times /health every 20 ms; returns the answer and how much
   * slower the slowest health check was than the slowest of five taken just before on the idle
   * server (the machine running the tests is shared, so the idle latency is not zero).
   */
  async function withHealthProbe(body: string) {
    const url = sample.server.url;
    let baseline = 0;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await (await fetch(`${url}/health`)).text();
      baseline = Math.max(baseline, performance.now() - started);
    }
    let slowest = 0;
    let probes = 0;
    let done = false;
    const probe = (async () => {
      while (!done) {
        const started = performance.now();
        const health = await fetch(`${url}/health`);
        expect(health.status).toBe(200);
        slowest = Math.max(slowest, performance.now() - started);
        probes++;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
    const answer = { status: response.status, body: (await response.json()) as { errors?: any[]; data?: unknown } };
    done = true;
    await probe;
    return { ...answer, slowest: slowest - baseline, probes };
  }

  beforeAll(async () => {
    // Warm the request path (JIT, Apollo's caches) so the first probe measures the steady state.
    for (let i = 0; i < 20; i++) await postGraphQL(sample.server.url, "{ __typename }");
  });

  const filterQuery = "query($filter: EntityFilter) { movements(first: 1, filter: $filter) { edges { node { id } } } }";

  it("answers 900 unknown keys (within the budget) with one capped BAD_USER_INPUT", async () => {
    const filter = Object.fromEntries(Array.from({ length: 900 }, (_, i) => [`k${i}`, i]));
    const result = await withHealthProbe(JSON.stringify({ query: filterQuery, variables: { filter } }));
    expect(result.status).toBe(400);
    expect(result.body.errors).toHaveLength(1);
    expect(result.body.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(result.body.errors?.[0].message.length).toBeLessThanOrEqual(500);
    expect(result.slowest).toBeLessThan(200);
  });

  it("refuses 10,000 unknown keys in an input object variable with VARIABLES_TOO_LARGE", async () => {
    const filter = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]));
    const result = await withHealthProbe(JSON.stringify({ query: filterQuery, variables: { filter } }));
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions).toMatchObject({ code: "VARIABLES_TOO_LARGE", measure: "keys", limit: 1000 });
    expect(result.slowest).toBeLessThan(200);
  });

  it("refuses a 900 kB list variable with VARIABLES_TOO_LARGE", async () => {
    const body = `{"query":"{ __typename }","variables":{"x":[${Array(450_000).fill(1).join(",")}]}}`;
    const result = await withHealthProbe(body);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions).toMatchObject({ code: "VARIABLES_TOO_LARGE", measure: "list length" });
    expect(result.slowest).toBeLessThan(200);
  });

  it("refuses a 5,000-level nested array in an unused variable with VARIABLES_TOO_DEEP, not 500", async () => {
    const body = `{"query":"{ __typename }","variables":{"x":${"[".repeat(5000)}${"]".repeat(5000)}}}`;
    const result = await withHealthProbe(body);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions).toMatchObject({ code: "VARIABLES_TOO_DEEP", limit: 10 });
    expect(result.slowest).toBeLessThan(200);
  });

  it("retains no memory for many requests with distinct large unused variables", async () => {
    const query = "{ __typename }"; // the pad is not declared, so validation passes and only the cost cache sees it
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const retained = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = retained();
    for (let round = 0; round < 40; round++) {
      await Promise.all(
        Array.from({ length: 25 }, async (_, i) => {
          const pad = `${round}-${i}-`.padEnd(90_000, "x");
          const { status, body } = await postGraphQL(sample.server.url, query, { pad });
          expect([status, body.errors?.[0]?.message]).toEqual([200, undefined]);
          expect(body.data).toEqual({ __typename: "Query" });
        }),
      );
    }
    // 1,000 distinct 90 kB variables: a cache keeping each would hold 90 MB or more.
    expect(retained() - before).toBeLessThan(40 * 1024 * 1024);
    const health = await fetch(`${sample.server.url}/health`);
    expect(health.status).toBe(200);
  }, 180_000);
});
