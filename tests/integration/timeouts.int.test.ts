import { QueryTimeoutError, QueryTooLargeError } from "../../src/errors";
import { cypher } from "../../src/graph/run";
import { connectTestDb, type TestDb } from "../helpers/test-db";

/**
 * Every transaction runs with the gateway's timeout, and the database caps its memory
 * (db.memory.transaction.max = 256m, as `npm start` configures it). Such failures come back
 * fast, typed, never retried, and leave the database healthy.
 */
describe("per-transaction timeout and memory cap", () => {
  let db: TestDb;
  beforeAll(() => {
    db = connectTestDb({ timeoutMs: 1000 });
  });
  afterAll(() => db.close());

  const timed = async (work: Promise<unknown>) => {
    const started = Date.now();
    const error = await work.then(
      () => undefined,
      (e: unknown) => e,
    );
    return { error, ms: Date.now() - started };
  };

  it("stops a slow query with QUERY_TIMEOUT once past the limit, and the database still answers", async () => {
    const slow = cypher("slow", "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n");
    const { error, ms } = await timed(db.graph.read(slow));
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as QueryTimeoutError).extensions.code).toBe("QUERY_TIMEOUT");
    // Not a timing assertion (bench/ measures that): it did wait for the limit before stopping.
    expect(ms).toBeGreaterThanOrEqual(900);
    await expect(db.graph.ping()).resolves.toBeUndefined();
  });

  it("stops a query that needs too much memory with QUERY_TOO_LARGE before the time limit, without retrying it", async () => {
    // The API's default 5 s limit: the memory cap, not the clock, must stop this one.
    const api = connectTestDb({ timeoutMs: 5000 });
    const attempts: string[] = [];
    const stop = api.graph.onQuery((name) => attempts.push(name));
    const greedy = cypher("greedy", "UNWIND range(1, 30000000) AS x RETURN collect(x) AS xs");
    const { error } = await timed(api.graph.read(greedy));
    stop();
    await api.close();
    expect(error).toBeInstanceOf(QueryTooLargeError);
    expect((error as QueryTooLargeError).extensions.code).toBe("QUERY_TOO_LARGE");
    expect(attempts).toEqual(["greedy"]);
    await expect(db.graph.ping()).resolves.toBeUndefined();
  });
});
