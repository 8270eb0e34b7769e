import { createDriver } from "../src/graph/driver";
import { cypher, GraphGateway } from "../src/graph/run";

/**
 * Ends what an earlier measurement left running in Neo4j, so that each one starts on an idle
 * database. autocannon gives up on a request after its timeout, but the statement behind it keeps
 * running: at 1M nodes the peer's and the floor's Q6 (a plain filter over every timeline entry)
 * answered nothing in time, and their 16 connections' statements went on running through the
 * next question's measurements (ours' Q7 then measured 4 req/s, the floor's after them 296).
 * Returns how many transactions were terminated.
 */
export async function settleDatabase(graph: GraphGateway, maxWaitMs = 60_000): Promise<number> {
  let terminated = 0;
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    const rows = await graph.read(
      cypher<{ id: string }>("bench: leftover transactions", "SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN id"),
      { timeoutMs: 10_000 },
    );
    if (rows.length === 0 || Date.now() > deadline) return terminated;
    const ended = await graph.write(cypher<{ id: string }>("bench: terminate leftovers", "TERMINATE TRANSACTIONS $ids YIELD transactionId AS id RETURN id", { ids: rows.map((r) => r.id) }), { timeoutMs: 10_000 });
    terminated += ended.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A connection of its own for settling the database at `boltUri` between measurements. */
export function openSettler(boltUri: string): { settle: () => Promise<number>; close: () => Promise<void> } {
  const driver = createDriver({ uri: boltUri, user: "neo4j", password: "activism-graph" });
  const graph = new GraphGateway(driver, { database: "neo4j", timeoutMs: 10_000 });
  return { settle: () => settleDatabase(graph), close: () => driver.close() };
}
