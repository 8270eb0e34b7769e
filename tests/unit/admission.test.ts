import { CostAdmission } from "../../src/server/limits/admission";
import { checkVariables } from "../../src/server/limits/variables-budget";
import { DatabaseBusyError } from "../../src/errors";
import { translateError } from "../../src/graph/translate-error";

const budget = { maxBytes: 1000, maxDepth: 3, maxListLength: 10, maxKeys: 5 };

describe("cost-weighted admission", () => {
  it("admits cheap work beside expensive work, queues what does not fit, and grants it in order on release", async () => {
    const admission = new CostAdmission(100, 1000);
    const big = await admission.acquire(80);
    const small = await admission.acquire(20);
    expect(admission.running).toBe(100);
    const order: string[] = [];
    const queued = admission.acquire(50).then((release) => (order.push("50"), release));
    const later = admission.acquire(1).then((release) => (order.push("1"), release));
    big();
    (await queued)();
    (await later)();
    small();
    expect(order).toEqual(["50", "1"]);
    expect(admission.running).toBe(0);
  });

  it("refuses with a retryable SERVER_BUSY after the queue wait, and clamps a weight to the budget", async () => {
    const admission = new CostAdmission(10, 20);
    const held = await admission.acquire(1_000_000);
    await expect(admission.acquire(1)).rejects.toMatchObject({ extensions: { code: "SERVER_BUSY", http: { status: 503 } } });
    held();
    const again = await admission.acquire(5);
    again();
    again(); // releasing twice frees once
    expect(admission.running).toBe(0);
  });
});

describe("variables budget", () => {
  it("accepts variables within every budget", () => {
    expect(() => checkVariables({ filter: { name: "x", kind: "y" }, types: ["A", "B"] }, budget)).not.toThrow();
  });

  it.each([
    [{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }, "VARIABLES_TOO_LARGE", "keys"],
    [{ x: Array(11).fill(1) }, "VARIABLES_TOO_LARGE", "list length"],
    [{ x: "y".repeat(2000) }, "VARIABLES_TOO_LARGE", "bytes"],
    [{ x: [[[[1]]]] }, "VARIABLES_TOO_DEEP", undefined],
  ])("refuses %j with %s", (variables, code, measure) => {
    try {
      checkVariables(variables, budget);
      throw new Error("not refused");
    } catch (error) {
      expect((error as { extensions: Record<string, unknown> }).extensions).toMatchObject({ code, ...(measure ? { measure } : {}) });
    }
  });

  it("walks a 100,000-level nested array without overflowing the stack", () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => checkVariables({ x: deep }, { ...budget, maxDepth: 200_000, maxListLength: 10, maxBytes: 10_000_000 })).not.toThrow(RangeError);
  });
});

describe("pool exhaustion", () => {
  it("is translated to a retryable DATABASE_BUSY with Retry-After, not an outage", () => {
    const error = translateError(new Error("Connection acquisition timed out in 2000 ms. Pool status: Active conn count = 50, Idle conn count = 0."), 5000);
    expect(error).toBeInstanceOf(DatabaseBusyError);
    const extensions = (error as DatabaseBusyError).extensions as { code: string; http: { status: number; headers: Map<string, string> } };
    expect(extensions.code).toBe("DATABASE_BUSY");
    expect(extensions.http.status).toBe(503);
    expect(extensions.http.headers.get("retry-after")).toBe("1");
  });
});
