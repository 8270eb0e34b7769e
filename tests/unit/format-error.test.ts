import { GraphQLError } from "graphql";
import pino from "pino";
import { BadUserInputError, ServiceUnavailableError } from "../../src/errors";
import { createFormatError } from "../../src/server/format-error";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: "error" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { formatError: createFormatError(logger), lines };
}

/** What Apollo passes for an error thrown in a resolver: a GraphQLError wrapping the original. */
const fromResolver = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ["stats"] });

describe("formatError", () => {
  it("masks unexpected errors and logs them with their stack", () => {
    const { formatError, lines } = capture();
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    const out = formatError({ message: bug.message, path: ["stats"], extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["x"] } }, fromResolver(bug));
    expect(out).toEqual({ message: "Unexpected error.", path: ["stats"], locations: undefined, extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(lines).toHaveLength(1);
    expect(String((lines[0].err as { stack: string }).stack)).toContain("TypeError");
  });

  it("passes our own errors with their code and without a stack trace", () => {
    const { formatError, lines } = capture();
    const error = new BadUserInputError("first must be between 1 and 100", "first");
    const out = formatError({ message: error.message, extensions: { ...error.extensions, stacktrace: ["x"] } }, fromResolver(error));
    expect(out.extensions).toEqual({ code: "BAD_USER_INPUT", argumentName: "first" });
    expect(out.message).toBe("first must be between 1 and 100");
    expect(lines).toHaveLength(0);
  });

  it("passes request errors Apollo classified, such as validation failures", () => {
    const { formatError } = capture();
    const out = formatError({ message: 'Cannot query field "nope" on type "Query".', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, new GraphQLError("x"));
    expect(out.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("gives SERVICE_UNAVAILABLE an HTTP 503", () => {
    expect(new ServiceUnavailableError().extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", http: { status: 503 } });
  });
});
