import { GraphQLError } from "graphql";

/**
 * Errors we throw on purpose. Only these reach clients with their message; anything else is masked
 * by server/format-error.ts. Each subclass is one failure kind with a stable `extensions.code`.
 */
export class AppError extends GraphQLError {
  constructor(
    message: string,
    readonly code: string,
    extensions: Record<string, unknown> = {},
    httpStatus?: number,
  ) {
    super(message, {
      extensions: { ...extensions, code, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
    });
    this.name = new.target.name;
  }
}

/** A client sent an argument we cannot use; `argumentName` says which. */
export class BadUserInputError extends AppError {
  constructor(message: string, argumentName?: string) {
    super(message, "BAD_USER_INPUT", argumentName ? { argumentName } : {});
  }
}

/** The database cannot be reached or is not ready; retrying later may succeed. */
export class ServiceUnavailableError extends AppError {
  constructor(message = "The graph database is unavailable; try again shortly.") {
    super(message, "SERVICE_UNAVAILABLE", {}, 503);
  }
}

/** A database transaction ran past its time limit and was stopped. */
export class QueryTimeoutError extends AppError {
  constructor(timeoutMs: number) {
    super(`The query took longer than ${timeoutMs} ms and was stopped; ask for less (smaller first, depth or limit).`, "QUERY_TIMEOUT", { timeoutMs });
  }
}

/** A database transaction ran past its memory limit and was stopped. */
export class QueryTooLargeError extends AppError {
  constructor() {
    super("The query needed more database memory than allowed and was stopped; ask for less.", "QUERY_TOO_LARGE");
  }
}

/** An id the client named does not exist in the graph. */
export class NotFoundError extends AppError {
  constructor(argumentName: string, id: string) {
    super(`No entity has the id given in ${argumentName} (${id.slice(0, 80)}).`, "NOT_FOUND", { argumentName });
  }
}

/**
 * A request rejected by a protective limit before anything ran. HTTP 400, like Apollo's own
 * validation errors; `extensions` carries the numbers.
 */
export class LimitError extends AppError {
  constructor(message: string, code: string, extensions: Record<string, unknown>) {
    super(message, code, extensions, 400);
  }
}

/** The estimated number of nodes a query can return exceeds the cost limit. */
export class QueryTooCostlyError extends LimitError {
  constructor(requested: number, limit: number) {
    super(
      `The query could return up to ${requested} nodes, over the limit of ${limit}; ask for smaller pages (first) or fewer nested lists.`,
      "QUERY_TOO_COSTLY",
      { cost: { requested, limit } },
    );
  }
}

/** Why a Cypher statement was refused before it ran (`extensions.reason`). */
export type CypherRefusal =
  | "DISABLED"
  | "TOO_LONG"
  | "PARAMETERS"
  | "WRITE"
  | "LOAD_CSV"
  | "PROCEDURE"
  | "SHOW"
  | "TRANSACTIONS"
  | "ADMINISTRATION"
  | "DATABASE"
  | "EXPRESSION"
  /** The statement ran, but its answer holds a number JSON cannot carry exactly. */
  | "NUMBER_RANGE";

/** The read-only Cypher sandbox refused a statement; nothing ran. HTTP 200 like other field errors. */
export class CypherRefusedError extends AppError {
  constructor(readonly reason: CypherRefusal, message: string) {
    super(`Cypher statement refused: ${message}`, "CYPHER_REFUSED", { reason });
  }
}

/** Neo4j could not plan or run a client's statement (syntax, missing parameter, type error...). */
export class CypherInvalidError extends AppError {
  constructor(neo4jCode: string, message: string) {
    super(`Cypher statement invalid: ${message.split("\n")[0].slice(0, 500)}`, "CYPHER_INVALID", { neo4jCode });
  }
}

/**
 * A retryable overload: HTTP 503 with `Retry-After`, so clients and proxies back off and retry. Its
 * code differs from SERVICE_UNAVAILABLE (an outage): the database is healthy, only busy.
 */
abstract class BusyError extends AppError {
  constructor(message: string, code: string, retryAfterSeconds: number) {
    super(message, code, { retryAfterSeconds }, 503);
    (this.extensions.http as { headers?: Map<string, string> }).headers = new Map([["retry-after", String(retryAfterSeconds)]]);
  }
}

/** The server is running as many expensive queries as it admits at once (the cost-weighted limit). */
export class ServerBusyError extends BusyError {
  constructor(retryAfterSeconds = 1) {
    super("The server is busy with other expensive queries; retry after a second, or ask for less.", "SERVER_BUSY", retryAfterSeconds);
  }
}

/** Every database connection of this process is in use (pool exhausted); the database is up. */
export class DatabaseBusyError extends BusyError {
  constructor(retryAfterSeconds = 1) {
    super("All database connections are busy; retry after a second.", "DATABASE_BUSY", retryAfterSeconds);
  }
}
