import { CypherRefusedError } from "../errors";
import type { PlannedStatement } from "../graph/run";

/**
 * The sandbox's rules for a client's Cypher, checked against Neo4j's own plan (EXPLAIN), never
 * against the text, so comments, backticks, unicode escapes and odd spacing cannot hide a keyword:
 * the planner has already resolved them.
 */

/** Procedures a statement may call: full-text search and schema introspection, all read-only. */
export const ALLOWED_PROCEDURES = [
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
] as const;

const ALLOWED = new Set(ALLOWED_PROCEDURES.map((p) => p.toLowerCase()));

/** Operators that run batches in their own transactions (`CALL { } IN TRANSACTIONS`). */
const TRANSACTION_OPERATORS = new Set(["TransactionApply", "TransactionForeach"]);

/** The procedure a ProcedureCall operator's details name, e.g. "db.labels() :: (label :: STRING)". */
export function procedureName(details: string): string {
  return (/^\s*([\p{L}\p{N}_.`]+)\s*\(/u.exec(details)?.[1] ?? details).replace(/`/g, "");
}

/** Throws CypherRefusedError naming the first rule the planned statement breaks. */
export function checkPlan(plan: PlannedStatement, database: string): void {
  if (plan.database && plan.database !== database) {
    throw new CypherRefusedError("DATABASE", `statements run on the "${database}" database only (this one targets "${plan.database}").`);
  }
  for (const { operator, details } of plan.operators) {
    if (operator === "LoadCSV") throw new CypherRefusedError("LOAD_CSV", "LOAD CSV is not allowed.");
    if (TRANSACTION_OPERATORS.has(operator)) throw new CypherRefusedError("TRANSACTIONS", "CALL { } IN TRANSACTIONS is not allowed.");
    if (operator.startsWith("Show")) throw new CypherRefusedError("SHOW", "SHOW commands are not allowed.");
    if (operator === "ProcedureCall" || operator === "EagerProcedureCall") {
      const name = procedureName(details);
      if (!ALLOWED.has(name.toLowerCase())) {
        throw new CypherRefusedError("PROCEDURE", `procedure ${name} is not allowed; allowed: ${ALLOWED_PROCEDURES.join(", ")}.`);
      }
    }
    if (operator.startsWith("Terminate")) throw new CypherRefusedError("ADMINISTRATION", "TERMINATE commands are not allowed.");
    // One reduce() runs its whole loop inside a single row: Neo4j checks the transaction timeout
    // between rows only, so `reduce(s = '', i IN range(1, 50000000) | s + 'x')` outlived a 2 s
    // timeout by minutes in the hostile-statement test. Loops belong in UNWIND, which is checked.
    if (/\breduce\s*\(/i.test(details)) throw new CypherRefusedError("EXPRESSION", "reduce() is not allowed; use UNWIND and aggregation instead.");
  }
  // Writes and schema changes: Neo4j's own classification of the whole statement.
  if (plan.queryType !== "r") throw new CypherRefusedError("WRITE", `only read-only statements are allowed (query type "${plan.queryType}").`);
}
