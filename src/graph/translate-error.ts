import { Neo4jError } from "neo4j-driver";
import { AppError, CypherInvalidError, CypherRefusedError, DatabaseBusyError, QueryTimeoutError, QueryTooLargeError, ServiceUnavailableError } from "../errors";

// How driver and server errors become the codes clients see; the gateway (run.ts) calls these.

export const SCHEMA_ALREADY_EXISTS = new Set([
  "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
  "Neo.ClientError.Schema.IndexAlreadyExists",
  "Neo.ClientError.Schema.ConstraintAlreadyExists",
]);
export const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);
export const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);
const MEMORY_CODES = new Set([
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  "Neo.TransientError.General.TransactionMemoryLimit",
  "Neo.TransientError.General.OutOfMemoryError",
]);

/** Maps driver and server errors to the AppErrors clients see; unknown ones pass through to be masked. */
export function translateError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof AppError) return error;
  // The pool ran dry: the database is healthy but every connection of this process is in use.
  if (error instanceof Error && /acquisition timed out/i.test(error.message)) return new DatabaseBusyError();
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code)) return new ServiceUnavailableError();
    if (TIMEOUT_CODES.has(error.code)) return new QueryTimeoutError(timeoutMs);
    if (MEMORY_CODES.has(error.code)) return new QueryTooLargeError();
  }
  if (error instanceof Error && /connect|ECONNREFUSED|socket/i.test(error.message)) {
    return new ServiceUnavailableError();
  }
  return error;
}

/**
 * A client's statement failed in Neo4j: timeouts and memory as for our own statements; a refused
 * write, a syntax error or any other client error becomes CYPHER_REFUSED / CYPHER_INVALID with
 * Neo4j's code and message (it only describes the client's own statement).
 */
export function translateUserError(error: unknown, timeoutMs: number): unknown {
  const translated = translateError(error, timeoutMs);
  if (translated !== error || !(error instanceof Neo4jError)) return translated;
  if (error.code === "Neo.ClientError.Statement.AccessMode") return new CypherRefusedError("WRITE", "The statement would write; only reads are allowed.");
  if (error.code.startsWith("Neo.ClientError.")) return new CypherInvalidError(error.code, error.message);
  return error;
}
