import { AppError } from "./errors";

/**
 * A start-up failure the operator can fix (the database is unreachable, the port is taken).
 * Subclasses set `name` for the logs only; callers classify by type, never by `name`.
 */
export class StartupError extends Error {}

/**
 * Whether main.ts and the seed CLI print only the message: a StartupError, or an AppError (the
 * gateway's mapped database errors, invalid seed data). Anything else that fails at start-up is a
 * defect and is logged with its stack.
 */
export function isOperatorFixable(error: unknown): error is Error {
  return error instanceof StartupError || error instanceof AppError;
}
