import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { AppError } from "../errors";
import type { Logger } from "../logger";

/** Codes Apollo and type-graphql assign to request errors: they describe the client's mistake, so they pass. */
const CLIENT_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_NOT_SUPPORTED",
]);

/** Apollo's persisted-query refusals carry no code of their own; they are the client's mistake. */
const PERSISTED_QUERY_MESSAGES: Array<[RegExp, string]> = [
  [/Unsupported persisted query version/i, "PERSISTED_QUERY_UNSUPPORTED_VERSION"],
  [/provided sha does not match query/i, "PERSISTED_QUERY_HASH_MISMATCH"],
  [/persistedQuery|persisted query/i, "BAD_REQUEST"],
];

/**
 * Masks every error we did not throw on purpose: the client sees "Unexpected error." with
 * INTERNAL_SERVER_ERROR, the log gets the stack. Stack traces never reach clients.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const { stacktrace: _stack, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    if (original instanceof AppError || CLIENT_ERROR_CODES.has(String(extensions.code))) {
      return { ...formatted, extensions };
    }
    const persisted = PERSISTED_QUERY_MESSAGES.find(([pattern]) => pattern.test(formatted.message));
    if (persisted) {
      logger.info({ code: persisted[1], message: formatted.message }, "persisted-query request refused");
      return { message: formatted.message, extensions: { code: persisted[1] } };
    }
    logger.error({ err: original, path: formatted.path }, "unexpected error while resolving");
    return {
      message: "Unexpected error.",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
