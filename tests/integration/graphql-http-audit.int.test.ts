import { serverAudits } from "graphql-http";
import { useSampleServer } from "../helpers/sample-server";

/**
 * The GraphQL-over-HTTP audit suite (graphql-http's serverAudits) against the live server. Every
 * MUST passes. The SHOULD and MAY audits that fail are listed with the reason we accept:
 * - Apollo answers parse, validation and variable-coercion failures with 400, not 200, when the
 *   client accepts application/json; clients rely on that status, and it matches
 *   application/graphql-response+json, which the same spec prefers.
 * - GET requests without a preflight-forcing header are refused by Apollo's CSRF prevention,
 *   which the public read-only API keeps on (the MAY audits send plain GETs).
 */
const ACCEPTED_FAILURES = [
  "MAY accept application/x-www-form-urlencoded formatted GET requests",
  "MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json",
  "MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json",
  "SHOULD use 200 status code on document parsing failure when accepting application/json",
  "SHOULD use 200 status code on document validation failure when accepting application/json",
  "SHOULD use a status code of 200 on variable coercion failure when accepting application/json",
];

describe("graphql-http server audits", () => {
  const sample = useSampleServer();

  it("passes every MUST, and fails only the SHOULD and MAY audits we accept", async () => {
    const audits = serverAudits({ url: `${sample.server.url}/graphql`, fetchFn: fetch });
    const results = await Promise.all(audits.map(async (audit) => ({ name: audit.name, result: await audit.fn() })));
    const failed = results.filter((r) => r.result.status !== "ok");
    expect(results.length).toBeGreaterThan(50);
    // graphql-http reports a failed MUST as "error", a failed SHOULD as "warn" and a failed MAY as "notice".
    expect(failed.filter((r) => r.result.status === "error" || r.name.startsWith("MUST")).map((r) => r.name)).toEqual([]);
    expect(failed.map((r) => r.name).sort()).toEqual([...ACCEPTED_FAILURES].sort());
  });
});
