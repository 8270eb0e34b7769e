import fs from "node:fs";
import path from "node:path";
import { seedGraph } from "../../src/seed/seed";
import { gql } from "../helpers/gql";
import { connectTestDb, resetDb, type TestDb } from "../helpers/test-db";
import { startTestServer, type TestServer } from "../helpers/test-server";

const EXAMPLES_DIR = path.join(__dirname, "..", "..", "examples");
const examples = fs.readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith(".graphql")).sort();

/** True when a value holds at least one non-empty list all the way down. */
function hasListData(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === "object") return Object.values(value).some(hasListData);
  return false;
}

describe("examples/ against the seeded graph", () => {
  let db: TestDb;
  let server: TestServer;
  beforeAll(async () => {
    db = connectTestDb();
    await resetDb(db.graph);
    await seedGraph(db.graph);
    server = await startTestServer(db.graph);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it("has at least 10 examples, each opening with a one-line comment", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    for (const file of examples) expect(fs.readFileSync(path.join(EXAMPLES_DIR, file), "utf8")).toMatch(/^# \S.+\n(query|\{)/);
  });

  it.each(examples)("%s returns data and no errors", async (file) => {
    const query = fs.readFileSync(path.join(EXAMPLES_DIR, file), "utf8");
    const { data, errors } = await gql(server.apollo, server.createContext, query);
    expect(errors).toBeUndefined();
    for (const [field, value] of Object.entries(data ?? {})) {
      expect([field, value]).not.toEqual([field, null]);
      expect([field, hasListData(value)]).toEqual([field, true]);
    }
  });

  it("answers the journalists' questions with the article's facts", async () => {
    const run = (file: string) => gql(server.apollo, server.createContext, fs.readFileSync(path.join(EXAMPLES_DIR, file), "utf8"));
    const inspired = (await run("01-movements-that-inspired-others.graphql")).data.movements.edges.filter((e: any) => e.node.inspired.length > 0);
    expect(inspired.map((e: any) => e.node.name)).toContain("March For Our Lives");
    const burke = (await run("02-path-between-two-people.graphql")).data.path;
    expect(burke.length).toBeLessThanOrEqual(4);
    expect(burke.steps.every((s: any) => s.sources.length > 0)).toBe(true);
    const forgiving = (await run("09-search.graphql")).data;
    expect(forgiving.typo[0].entity.id).toBe("actor:greta-thunberg");
    expect(forgiving.wordForm[0].entity.id).toBe("topic:hacktivism");
    expect(forgiving.spacing[0].entity.id).toBe("platform:tiktok");
    expect(forgiving.alias[0].entity.id).toBe("movement:black-lives-matter");
  });
});
