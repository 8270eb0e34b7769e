import { cypher, GraphGateway } from "../../src/graph/run";
import { connectTestDb, loadSample, resetDb, type TestDb } from "../helpers/test-db";
import { postGraphQL, startTestServer } from "../helpers/test-server";

/** NODE_ENV=production and the switches a deployer has. */
describe("production mode", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = connectTestDb();
    await resetDb(db.graph);
    await loadSample(db.graph);
  });
  afterAll(() => db.close());

  it("keeps Sandbox and introspection on by default, sets security headers and HSTS, and allows any origin", async () => {
    const server = await startTestServer(db.graph, { NODE_ENV: "production" });
    try {
      const page = await fetch(`${server.url}/`, { headers: { accept: "text/html" } });
      expect(page.status).toBe(200);
      expect(page.headers.get("x-content-type-options")).toBe("nosniff");
      expect(page.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      expect(page.headers.get("x-powered-by")).toBeNull();
      for (const path of ["/health", "/no-such-page", "/explore/"]) {
        const other = await fetch(`${server.url}${path}`);
        expect([path, other.headers.get("x-frame-options"), other.headers.get("cross-origin-resource-policy")]).toEqual([path, "SAMEORIGIN", "cross-origin"]);
      }
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "https://newsroom.example" },
        body: JSON.stringify({ query: "{ __schema { queryType { name } } }" }),
      });
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(((await response.json()) as any).data.__schema.queryType.name).toBe("Query");
    } finally {
      await server.close();
    }
  });

  it("can switch Sandbox and introspection off and restrict CORS to listed origins", async () => {
    const server = await startTestServer(db.graph, {
      NODE_ENV: "production",
      LANDING_PAGE: "false",
      INTROSPECTION: "false",
      CORS_ORIGINS: "https://newsroom.example,http://localhost:3000",
    });
    try {
      const page = await fetch(`${server.url}/`, { headers: { accept: "text/html" } });
      expect(await page.text()).not.toContain("embeddable-sandbox");
      const { body } = await postGraphQL(server.url, "{ __schema { queryType { name } } }");
      expect(body.errors?.[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
      const allowed = await fetch(`${server.url}/graphql`, { method: "OPTIONS", headers: { origin: "https://newsroom.example", "access-control-request-method": "POST" } });
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://newsroom.example");
      const refused = await fetch(`${server.url}/graphql`, { method: "OPTIONS", headers: { origin: "https://elsewhere.example", "access-control-request-method": "POST" } });
      expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await server.close();
    }
  });

  it("blocks CSRF-prone requests and never sends stack traces or internals", async () => {
    const broken = new GraphGateway(db.driver, { database: "neo4j", timeoutMs: 1000 });
    jest.spyOn(broken, "read").mockImplementation(() => broken.write(cypher("bad", "RETURN 1 +")));
    const server = await startTestServer(broken, { NODE_ENV: "production" });
    try {
      const csrf = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "text/plain" }, body: '{"query":"{ __typename }"}' });
      expect(csrf.status).toBe(400);
      expect(await csrf.text()).toMatch(/Cross-Site Request Forgery/);
      const { body } = await postGraphQL(server.url, "{ stats { entityCount } }");
      expect(body.errors).toEqual([{ message: "Unexpected error.", locations: [{ line: 1, column: 3 }], path: ["stats"], extensions: { code: "INTERNAL_SERVER_ERROR" } }]);
    } finally {
      await server.close();
    }
  });
});
