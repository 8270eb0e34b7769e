import { cypher, GraphGateway } from "../../src/graph/run";
import { createDriver } from "../../src/graph/driver";
import { useSampleServer } from "../helpers/sample-server";
import { postGraphQL, startTestServer } from "../helpers/test-server";

describe("HTTP server", () => {
  const sample = useSampleServer();

  it("answers { __typename } on /graphql", async () => {
    const { status, body } = await postGraphQL(sample.server.url, "{ __typename }");
    expect(status).toBe(200);
    expect(body.data).toEqual({ __typename: "Query" });
  });

  it("reads live counts from Neo4j", async () => {
    const { body } = await postGraphQL(sample.server.url, "{ stats { entityCount relationshipCount labels { label count } } }");
    expect(body.errors).toBeUndefined();
    expect(body.data.stats.entityCount).toBe(7);
    expect(body.data.stats.relationshipCount).toBe(5);
    expect(body.data.stats.labels).toContainEqual({ label: "Movement", count: 3 });
  });

  it("serves the embedded Apollo Sandbox at GET / with telemetry off and a pinned version", async () => {
    const response = await fetch(`${sample.server.url}/`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("embeddable-sandbox.cdn.apollographql.com/v2/");
    expect(html).toContain('"runTelemetry":false');
  });

  it("reports liveness on /health and database readiness on /ready", async () => {
    expect(await (await fetch(`${sample.server.url}/health`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${sample.server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("answers /ready with 503 and a reason when the database cannot be reached, while /health stays 200", async () => {
    const deadDriver = createDriver({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "x" });
    const unreachable = await startTestServer(new GraphGateway(deadDriver, { database: "neo4j", timeoutMs: 1000 }));
    try {
      const ready = await fetch(`${unreachable.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: "unavailable", reason: expect.stringMatching(/unavailable/i) });
      expect((await fetch(`${unreachable.url}/health`)).status).toBe(200);
      const { status, body } = await postGraphQL(unreachable.url, "{ stats { entityCount } }");
      expect(body.errors?.[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
      expect(status).toBe(503);
    } finally {
      await unreachable.close();
      await deadDriver.close();
    }
  });

  it("masks unexpected database errors as INTERNAL_SERVER_ERROR without internals", async () => {
    const broken = new GraphGateway(sample.db.driver, { database: "neo4j", timeoutMs: 1000 });
    jest.spyOn(broken, "read").mockImplementation(() => broken.write(cypher("bad", "THIS IS NOT CYPHER")));
    const masked = await startTestServer(broken);
    try {
      const { body } = await postGraphQL(masked.url, "{ stats { entityCount } }");
      expect(body.errors).toEqual([expect.objectContaining({ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } })]);
      expect(JSON.stringify(body)).not.toMatch(/THIS IS NOT|SyntaxError|stack/);
    } finally {
      await masked.close();
    }
  });

  it("answers malformed JSON and oversized bodies with JSON errors, not HTML", async () => {
    const malformed = await fetch(`${sample.server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{ nope" });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).errors[0].extensions.code).toBe("BAD_REQUEST");
    const huge = await fetch(`${sample.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ __typename } # ${"x".repeat(1_100_000)}` }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as any).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });
});
