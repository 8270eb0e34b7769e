import { CypherRefusedError } from "../../src/errors";
import type { PlannedStatement } from "../../src/graph/run";
import { checkPlan, procedureName } from "../../src/services/cypher.policy";

const plan = (queryType: string, ...operators: [string, string?][]): PlannedStatement => ({
  queryType,
  database: "neo4j",
  operators: operators.map(([operator, details]) => ({ operator, details: details ?? "" })),
});

const reason = (p: PlannedStatement): string | undefined => {
  try {
    checkPlan(p, "neo4j");
    return undefined;
  } catch (error) {
    if (error instanceof CypherRefusedError) return error.reason;
    throw error;
  }
};

describe("cypher policy: checks on Neo4j's plan", () => {
  it("reads procedure names from ProcedureCall details, backticks removed", () => {
    expect(procedureName("db.labels() :: (label :: STRING)")).toBe("db.labels");
    expect(procedureName("`dbms`.`listConfig`(\"\") :: (name :: STRING)")).toBe("dbms.listConfig");
  });

  it("passes a read-only plan and the allowed procedures", () => {
    expect(reason(plan("r", ["ProduceResults"], ["Filter", "m.name = $autostring_0"], ["NodeByLabelScan"]))).toBeUndefined();
    expect(reason(plan("r", ["ProcedureCall", "db.index.fulltext.queryNodes($a, $b) :: (node :: NODE, score :: FLOAT)"]))).toBeUndefined();
    expect(reason(plan("r", ["ProcedureCall", "DB.LABELS() :: (label :: STRING)"]))).toBeUndefined();
  });

  it.each([
    ["a write", plan("rw", ["Create"]), "WRITE"],
    ["a schema change", plan("s", ["CreateIndex"]), "WRITE"],
    ["LOAD CSV", plan("r", ["ProduceResults"], ["LoadCSV"]), "LOAD_CSV"],
    ["an admin procedure", plan("r", ["ProcedureCall", "dbms.listConfig() :: (name :: STRING)"]), "PROCEDURE"],
    ["an admin procedure the planner calls eager", plan("dbms", ["EagerProcedureCall", "dbms.components() :: (name :: STRING)"]), "PROCEDURE"],
    ["SHOW SETTINGS", plan("r", ["ShowSettings"]), "SHOW"],
    ["CALL IN TRANSACTIONS", plan("r", ["TransactionApply"]), "TRANSACTIONS"],
    ["TERMINATE", plan("r", ["TerminateTransactions"]), "ADMINISTRATION"],
    ["reduce()", plan("r", ["Projection", "reduce(s = $autostring_0, i IN range($a, $b) | s + $c) AS n"]), "EXPRESSION"],
    ["another database", { ...plan("r", ["AllNodesScan"]), database: "system" }, "DATABASE"],
  ])("refuses %s", (_label, p, expected) => {
    expect(reason(p)).toBe(expected);
  });
});
