import { useSampleServer } from "../helpers/sample-server";
import { postGraphQL, startTestServer } from "../helpers/test-server";

async function post(url: string, body: unknown) {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { errors?: any[] } };
}

/** Client mistakes answer client codes; with introspection off, errors reveal no schema names (issue 13, section 5). */
describe("client errors", () => {
  const sample = useSampleServer();

  it.each(["mutation { stats { entityCount } }", "subscription { stats { entityCount } }"])("refuses %s: the API is read-only", async (query) => {
    const { status, body } = await postGraphQL(sample.server.url, query);
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions.code).toBe("OPERATION_NOT_SUPPORTED");
    expect(body.errors?.[0].message).toMatch(/the API is read-only/i);
  });

  it("answers persisted-query mistakes with their client codes", async () => {
    const url = sample.server.url;
    const version = await post(url, { query: "{ __typename }", extensions: { persistedQuery: { version: 2, sha256Hash: "0".repeat(64) } } });
    const mismatch = await post(url, { query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    const notObject = await post(url, { query: "{ __typename }", extensions: { persistedQuery: "yes" } });
    const codes = [version, mismatch, notObject].map((r) => [r.status, r.body.errors?.[0].extensions.code]);
    expect(codes).toEqual([
      [400, "PERSISTED_QUERY_UNSUPPORTED_VERSION"],
      [400, "PERSISTED_QUERY_HASH_MISMATCH"],
      [400, "PERSISTED_QUERY_UNSUPPORTED_VERSION"],
    ]);
  });

  it("advertises only GET, POST and OPTIONS in a CORS preflight", async () => {
    const preflight = await fetch(`${sample.server.url}/graphql`, { method: "OPTIONS", headers: { origin: "https://a.example", "access-control-request-method": "POST" } });
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET,POST,OPTIONS");
  });

  it("answers a preflight outside GraphQL's paths with 404, and other methods there too", async () => {
    const headers = { origin: "https://a.example", "access-control-request-method": "POST" };
    const elsewhere = await fetch(`${sample.server.url}/elsewhere`, { method: "OPTIONS", headers });
    const posted = await fetch(`${sample.server.url}/elsewhere`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect([elsewhere.status, elsewhere.headers.get("access-control-allow-methods")]).toEqual([404, null]);
    expect(posted.status).toBe(404);
  });

  it("hides 'Did you mean' suggestions when introspection is off", async () => {
    const server = await startTestServer(sample.db.graph, { NODE_ENV: "production", INTROSPECTION: "false" });
    try {
      for (const query of ["{ stat { entityCount } }", "{ stats { entityCoun } }", "{ movements(frist: 1) { edges { node { id } } } }"]) {
        const { status, body } = await postGraphQL(server.url, query);
        expect(status).toBe(400);
        expect(body.errors?.[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
        expect(body.errors?.[0].message).not.toMatch(/Did you mean/);
      }
      const open = await postGraphQL(sample.server.url, "{ stat { entityCount } }");
      expect(open.body.errors?.[0].message).toMatch(/Did you mean "stats"/);
    } finally {
      await server.close();
    }
  });

  it("answers over-admission with 503 SERVER_BUSY and Retry-After, distinct from an outage", async () => {
    const server = await startTestServer(sample.db.graph, { ADMISSION_COST_BUDGET: "1", ADMISSION_QUEUE_MS: "0" });
    try {
      const answers = await Promise.all(
        Array.from({ length: 20 }, async () => {
          const response = await fetch(`${server.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: "{ stats { entityCount } movements(first: 5) { edges { node { id name } } } }" }),
          });
          const body = (await response.json()) as { errors?: any[] };
          return { status: response.status, retryAfter: response.headers.get("retry-after"), code: body.errors?.[0]?.extensions?.code };
        }),
      );
      const busy = answers.filter((a) => a.status === 503);
      expect(answers.some((a) => a.status === 200 && a.code === undefined)).toBe(true);
      expect(busy.length).toBeGreaterThan(0);
      for (const answer of busy) expect(answer).toEqual({ status: 503, retryAfter: "1", code: "SERVER_BUSY" });
      expect(answers.every((a) => a.status === 200 || a.status === 503)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it("closes a connection whose body trickles in past REQUEST_TIMEOUT_MS", async () => {
    const server = await startTestServer(sample.db.graph, { REQUEST_TIMEOUT_MS: "1000", HEADERS_TIMEOUT_MS: "1000" });
    try {
      const net = await import("node:net");
      const { port } = new URL(server.url);
      const socket = net.connect(Number(port), "127.0.0.1");
      socket.write("POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n");
      const drip = setInterval(() => socket.write(" "), 300);
      const answer = await new Promise<string>((resolve) => {
        let text = "";
        socket.on("data", (chunk) => (text += chunk.toString()));
        socket.on("close", () => resolve(text));
        setTimeout(() => resolve("still open after 10 s"), 10_000);
      });
      clearInterval(drip);
      socket.destroy();
      expect(answer).toMatch(/^HTTP\/1.1 408/);
    } finally {
      await server.close();
    }
  });
});
