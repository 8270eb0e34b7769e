import { CypherRefusedError } from "../errors";
import { entityRefsByElementIds } from "../graph/queries/cypher.queries";
import type { GraphGateway, UserRows } from "../graph/run";
import { entityRef, type CypherValue, type EntityRefValue } from "../graph/sandbox-values";
import { checkPlan } from "./cypher.policy";
import { CYPHER_TIMEOUT_MS, MAX_CYPHER_ROWS, MAX_PARAMETERS_BYTES, MAX_STATEMENT_LENGTH } from "../bounds";

export type CypherOptions = { enabled: boolean; database: string; timeoutMs: number };
export type CypherAnswer = UserRows;

/**
 * Read-only Cypher for people who write graph queries, in layers: a switch, length caps, EXPLAIN
 * first (query type and plan operators, cypher.policy.ts), then the run itself in a READ session
 * with its own timeout, the database's per-transaction memory cap and a row cap.
 */
export class CypherService {
  constructor(
    private readonly graph: GraphGateway,
    private readonly options: CypherOptions,
  ) {}

  async run(statement: string, parameters: unknown): Promise<CypherAnswer> {
    if (!this.options.enabled) throw new CypherRefusedError("DISABLED", "the Cypher endpoint is switched off on this server (CYPHER_ENDPOINT=false).");
    if (statement.length > MAX_STATEMENT_LENGTH) throw new CypherRefusedError("TOO_LONG", `statements are limited to ${MAX_STATEMENT_LENGTH} characters (got ${statement.length}).`);
    const params = checkParameters(parameters);
    const timeoutMs = Math.min(CYPHER_TIMEOUT_MS, this.options.timeoutMs);
    checkPlan(await this.graph.explainUserStatement(statement, params, timeoutMs), this.options.database);
    const answer = await this.graph.readUserStatement(statement, params, { timeoutMs, maxRows: MAX_CYPHER_ROWS });
    return { ...answer, rows: await this.resolveEnds(answer.rows) };
  }

  /** Relationship ends come back as element ids; one lookup turns them all into entity references. */
  private async resolveEnds(rows: CypherValue[][]): Promise<CypherValue[][]> {
    const pending = new Set<string>();
    visit(rows, (rel) => {
      if (typeof rel.from === "string") pending.add(rel.from);
      if (typeof rel.to === "string") pending.add(rel.to);
    });
    if (pending.size === 0) return rows;
    const refs = new Map<string, EntityRefValue>();
    for (const row of await this.graph.read(entityRefsByElementIds([...pending]))) refs.set(row.elementId, entityRef(row.labels, row));
    const unknown: EntityRefValue = { element: "node", id: null, label: null, name: null };
    visit(rows, (rel) => {
      if (typeof rel.from === "string") rel.from = refs.get(rel.from) ?? unknown;
      if (typeof rel.to === "string") rel.to = refs.get(rel.to) ?? unknown;
    });
    return rows;
  }
}

type RelLike = { element: "relationship"; from: unknown; to: unknown };

function visit(value: unknown, onRelationship: (rel: RelLike) => void): void {
  if (Array.isArray(value)) value.forEach((v) => visit(v, onRelationship));
  else if (value && typeof value === "object") {
    if ((value as RelLike).element === "relationship") onRelationship(value as RelLike);
    Object.values(value).forEach((v) => visit(v, onRelationship));
  }
}

/** Parameters must be one JSON object with string keys, of bounded size. */
function checkParameters(parameters: unknown): Record<string, unknown> {
  if (parameters === null || parameters === undefined) return {};
  if (typeof parameters !== "object" || Array.isArray(parameters)) throw new CypherRefusedError("PARAMETERS", "parameters must be a JSON object such as {\"id\": \"movement:metoo\"}.");
  const size = JSON.stringify(parameters).length;
  if (size > MAX_PARAMETERS_BYTES) throw new CypherRefusedError("PARAMETERS", `parameters are limited to ${MAX_PARAMETERS_BYTES} characters of JSON (got ${size}).`);
  // An inline object literal comes from the JSON scalar with null prototypes, which the driver
  // refuses; a copy through JSON makes plain objects (and is bounded by the check above).
  return JSON.parse(JSON.stringify(parameters)) as Record<string, unknown>;
}
