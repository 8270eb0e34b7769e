import { checkAgreement, firstDifference } from "../../bench/check";
import { loadBatched } from "../../bench/load";
import { questions } from "../../bench/questions";
import { syntheticGraph } from "../../bench/synthetic";
import { SYSTEMS, startSystem, type RunningSystem } from "../../bench/systems";
import { connectTestDb, resetDb, type TestDb } from "../helpers/test-db";

// A smoke run of the benchmark (bench/): a tiny synthetic graph, the three systems, the agreement
// check. It asserts that ours, @neo4j/graphql and the hand-written floor give the same answers;
// speed is bench/'s business, not a test's.
describe("benchmark smoke run", () => {
  let db: TestDb;
  const systems: RunningSystem[] = [];
  const graph = syntheticGraph(600, 5, 7);

  beforeAll(async () => {
    db = connectTestDb({ timeoutMs: 60_000 });
    await resetDb(db.graph);
    await loadBatched(db.graph, graph.nodeBatches(250), graph.relationshipBatches(1000));
    for (const name of SYSTEMS) systems.push(await startSystem(name, process.env.NEO4J_URI!));
  });

  afterAll(async () => {
    for (const system of systems) await system.close();
    await resetDb(db.graph);
    await db.close();
  });

  it("loads the synthetic graph with every node and relationship", async () => {
    const rows = await db.graph.read<{ nodes: number; rels: number }>({
      name: "count",
      text: "MATCH (n:Entity) WITH count(n) AS nodes MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS rels",
      params: {},
    });
    expect(rows[0]).toEqual({ nodes: graph.nodeCount, rels: graph.relationshipCount });
  });

  it("gets the same answers, in the same order, from ours, the peer (both ways) and the floor for Q1-Q7", async () => {
    const agreement = await checkAgreement(systems, questions(graph.targets));
    expect(agreement.map((a) => a.question.name)).toEqual(["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7"]);
    // The peer's second way of asking (its `links` @cypher field) was checked where it differs.
    expect(agreement.filter((a) => a.bodies.peerCypher !== undefined).map((a) => a.question.name)).toEqual(["Q1", "Q2"]);
    const answers = Object.fromEntries(agreement.map((a) => [a.question.name, a.ourAnswer as any]));
    // Answers with content, so that agreeing is not agreeing on nothing.
    expect(answers.Q1.movements.edges).toHaveLength(20);
    expect(answers.Q2.node.relations.length).toBeGreaterThan(0);
    expect(answers.Q3.movement.inspired.length).toBeGreaterThan(0);
    expect(answers.Q4.search.length).toBeGreaterThan(0);
    expect(answers.Q5.path.length).toBeGreaterThan(1);
    // The timeline page holds dated relationships as well as events (the generator dates a fifth of the links).
    const kinds = new Set(answers.Q6.timeline.edges.map((e: any) => e.node.__typename));
    expect([...kinds].sort()).toEqual(["EventEntry", "FactEntry"]);
    expect(answers.Q7.neighborhood.edges.length).toBeGreaterThan(0);
  });

  it("names the first difference when two answers disagree", () => {
    expect(firstDifference({ a: [{ id: "x" }, { id: "y" }] }, { a: [{ id: "x" }, { id: "z" }] })).toBe('data.a[1].id: "y" vs "z"');
    expect(firstDifference({ a: [1] }, { a: [1] })).toBeNull();
  });
});
