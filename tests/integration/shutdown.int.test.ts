import { useSampleServer } from "../helpers/sample-server";
import { startTestServer } from "../helpers/test-server";

/** Graceful shutdown under load (issue 13, section 4): no client loses a request the server ran. */
describe("shutdown under load", () => {
  const sample = useSampleServer();

  it("answers every request it ran, marks drain responses Connection: close, and finishes within SHUTDOWN_TIMEOUT_MS", async () => {
    const server = await startTestServer(sample.db.graph, { SHUTDOWN_TIMEOUT_MS: "5000" });
    let ran = 0;
    server.httpServer.on("request", (_req, res) => res.on("finish", () => ran++));
    let answered = 0;
    let closeMarked = 0;
    const failures: string[] = [];
    let stop = false;
    const client = async () => {
      while (!stop) {
        try {
          const response = await fetch(`${server.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: "{ stats { entityCount } movements(first: 3) { edges { node { id } } } }" }),
          });
          await response.json();
          answered++;
          if (response.headers.get("connection") === "close") closeMarked++;
        } catch (error) {
          failures.push(String((error as { cause?: { code?: string } }).cause?.code ?? error));
          if (failures.length > 50) return;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
    };
    const clients = Array.from({ length: 16 }, client);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const started = Date.now();
    await server.close();
    const drainMs = Date.now() - started;
    stop = true;
    await Promise.all(clients);
    expect(answered).toBeGreaterThan(0);
    // Every response the server finished reached its client: the only failures are requests the
    // server never ran (refused, or sent on an idle socket as the drain closed it).
    expect(answered).toBe(ran);
    expect(failures.filter((code) => !["ECONNREFUSED", "ECONNRESET", "UND_ERR_SOCKET"].includes(code))).toEqual([]);
    expect(drainMs).toBeLessThan(5000 + 2000);
    expect(closeMarked).toBeGreaterThan(0);
  });
});
