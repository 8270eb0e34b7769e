import neo4j from "neo4j-driver";
import { CypherRefusedError } from "../errors";
import { toSources } from "./records";

/**
 * Values of a client's Cypher answer, as JSON. Nodes become entity references (the global id, the
 * entity label, the name); relationships carry their type, both ends, role, date and quotes; paths
 * their nodes and relationships in order. Ends are first known by Neo4j's element id only; the
 * Cypher service replaces them with entity references (one lookup for all of them).
 */
export type EntityRefValue = { element: "node"; id: string | null; label: string | null; name: string | null };
export type RelationshipValue = {
  element: "relationship";
  /** The relationship key `<from>|<TYPE>|<to>`; named `key`, not `id`, like on links: it is no object id. */
  key: string | null;
  type: string;
  from: EntityRefValue | string;
  to: EntityRefValue | string;
  role: string | null;
  date: string | null;
  sources: { section: string; quote: string }[];
};
export type PathValue = { element: "path"; nodes: EntityRefValue[]; relationships: RelationshipValue[] };
export type CypherValue = null | boolean | number | string | CypherValue[] | { [key: string]: CypherValue } | EntityRefValue | RelationshipValue | PathValue;

type Props = Record<string, unknown>;

/** A node's entity label: its first label other than the shared `Entity`. */
export function entityRef(labels: string[], props: Props): EntityRefValue {
  return {
    element: "node",
    id: typeof props.id === "string" ? props.id : null,
    label: labels.find((l) => l !== "Entity") ?? labels[0] ?? null,
    name: typeof props.name === "string" ? props.name : null,
  };
}

export function toCypherValue(value: unknown): CypherValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const int = value as unknown as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (typeof value === "bigint") return value.toString();
  // The driver decodes integers to numbers, and one beyond 2^53 to Infinity (graph/driver.ts):
  // JSON cannot carry it exactly, and a silently rounded answer would be wrong.
  if (value === Infinity || value === -Infinity) {
    throw new CypherRefusedError(
      "NUMBER_RANGE",
      "the answer holds an integer beyond ±(2^53 - 1) or an infinite float, which JSON numbers cannot carry exactly; return it as text, e.g. toString(x).",
    );
  }
  if (typeof value !== "object") return value as boolean | number | string;
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (neo4j.isNode(value)) return entityRef(value.labels, value.properties);
  if (neo4j.isRelationship(value)) return relationshipValue(value);
  if (neo4j.isPath(value)) {
    const nodes = [value.start, ...value.segments.map((s) => s.end)].map((n) => entityRef(n.labels, n.properties));
    return { element: "path", nodes, relationships: value.segments.map((s) => relationshipValue(s.relationship)) };
  }
  if (neo4j.isPoint(value)) return { srid: toCypherValue(value.srid), x: value.x, y: value.y, z: value.z ?? null } as CypherValue;
  if (
    neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) || neo4j.isTime(value) || neo4j.isDuration(value)
  ) {
    return String(value);
  }
  const out: Record<string, CypherValue> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toCypherValue(inner);
  return out;
}

function relationshipValue(rel: { type: string; properties: Props; startNodeElementId: string; endNodeElementId: string }): RelationshipValue {
  const p = rel.properties;
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : null);
  return {
    element: "relationship",
    key: str(p.key),
    type: rel.type,
    from: rel.startNodeElementId,
    to: rel.endNodeElementId,
    role: str(p.role),
    date: str(p.date),
    sources: toSources({ sourceSections: list(p.sourceSections), sourceQuotes: list(p.sourceQuotes) }),
  };
}
