import { BadUserInputError, ServiceUnavailableError } from "../../src/errors";
import { DatabaseUnreachableError } from "../../src/graph/connect";
import { isOperatorFixable } from "../../src/startup-error";
import { SeedValidationError } from "../../src/seed/seed";

describe("isOperatorFixable", () => {
  it("is true for start-up errors and our own AppErrors, whatever their name", () => {
    expect(isOperatorFixable(new DatabaseUnreachableError("bolt://db:7687", new Error("refused"), 3000))).toBe(true);
    expect(isOperatorFixable(new ServiceUnavailableError("Neo4j is not answering."))).toBe(true);
    expect(isOperatorFixable(new SeedValidationError([]))).toBe(true);
    expect(isOperatorFixable(new BadUserInputError("bad"))).toBe(true);
  });

  it("is false for defects, including built-in errors with their own name", () => {
    expect(isOperatorFixable(new Error("boom"))).toBe(false);
    expect(isOperatorFixable(new TypeError("x is undefined"))).toBe(false);
    expect(isOperatorFixable(new RangeError("bad length"))).toBe(false);
    const named = new Error("looks special");
    named.name = "DatabaseUnreachableError";
    expect(isOperatorFixable(named)).toBe(false);
    expect(isOperatorFixable("a string")).toBe(false);
  });
});
