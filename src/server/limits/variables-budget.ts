import { LimitError } from "../../errors";

export type VariablesBudget = { maxBytes: number; maxDepth: number; maxListLength: number; maxKeys: number };

/**
 * Measures a request's variables in one iterative pass (no recursion, so a 5,000-level nested
 * array cannot overflow the stack) and refuses them as soon as one budget is exceeded, so the work
 * is bounded by the budget, not by the request. Runs before parsing, validation and costing, whose
 * costs grow with the variables (variable coercion reports one error per bad key).
 * `bytes` approximates the JSON size: string and key lengths plus 8 per scalar.
 */
export function checkVariables(variables: unknown, budget: VariablesBudget): void {
  if (variables === undefined || variables === null) return;
  let bytes = 0;
  let keys = 0;
  const stack: Array<[unknown, number]> = [[variables, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (depth > budget.maxDepth) {
      throw new LimitError(`The variables are nested more than ${budget.maxDepth} levels deep, the limit.`, "VARIABLES_TOO_DEEP", { limit: budget.maxDepth });
    }
    if (Array.isArray(value)) {
      if (value.length > budget.maxListLength) refuse("list length", value.length, budget.maxListLength);
      bytes += 2 + value.length;
      for (const item of value) stack.push([item, depth + 1]);
    } else if (value !== null && typeof value === "object") {
      const entries = Object.entries(value);
      keys += entries.length;
      if (keys > budget.maxKeys) refuse("keys", keys, budget.maxKeys);
      bytes += 2;
      for (const [key, item] of entries) {
        bytes += key.length + 4;
        stack.push([item, depth + 1]);
      }
    } else {
      bytes += typeof value === "string" ? value.length + 2 : 8;
    }
    if (bytes > budget.maxBytes) refuse("bytes", bytes, budget.maxBytes);
  }
}

function refuse(measure: string, size: number, limit: number): never {
  throw new LimitError(`The variables exceed the limit of ${limit} ${measure} (at least ${size}).`, "VARIABLES_TOO_LARGE", { measure, size, limit });
}

/**
 * The same check on the `variables` of a GET query string, JSON text: its length is bounded before
 * it is parsed. Malformed JSON is left to Apollo, which reports it itself.
 */
export function checkQueryStringVariables(raw: unknown, budget: VariablesBudget): void {
  if (typeof raw !== "string") return;
  if (raw.length > budget.maxBytes) refuse("bytes", raw.length, budget.maxBytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return;
  }
  checkVariables(parsed, budget);
}
