import { ALL_ENTITY_FIELDS, ENTITY_LABELS, RELATIONSHIP_TYPE_PATTERN, type EdgeView, type EntityFields } from "../../domain";
import { cypher } from "../run";
import type { StoredSources } from "../records";
import { entitySummaryMap, type EntityRow } from "./entity.queries";
import { MAX_PATH_HOPS } from "../../bounds";

/** A relationship on a path: an Edge as stored, its sources as two lists. */
export type PathRelationshipRow = StoredSources & Omit<EdgeView, "sources">;

/** Which of a relationship's optional fields an answer reads (id, type and both ends always). */
export type EdgeFields = { role: boolean; date: boolean; sources: boolean };
export const ALL_EDGE_FIELDS: EdgeFields = { role: true, date: true, sources: true };

/**
 * A relationship as graph-shaped answers return it, bound to `variable`: id, type and both ends'
 * ids, then role, date and quotes only where `fields` selects them (the others come back null).
 */
export function relationshipProjection(variable: string, fields: EdgeFields = ALL_EDGE_FIELDS): string {
  const optional = [
    ...(fields.role ? [`role: ${variable}.role`] : []),
    ...(fields.date ? [`date: ${variable}.date`] : []),
    ...(fields.sources ? [`sourceSections: ${variable}.sourceSections, sourceQuotes: ${variable}.sourceQuotes`] : []),
  ];
  return `{ id: ${variable}.key, type: type(${variable}), from: startNode(${variable}).id, to: endNode(${variable}).id${optional.map((f) => `, ${f}`).join("")} }`;
}

export type PathFilter = {
  /** Only relationships of these types (checked against the vocabulary and the type pattern). */
  types?: string[] | null;
  /** Inner nodes must carry one of these labels. */
  labels: string[];
  /** Ids no inner node may have. */
  avoid: string[];
  /** Inner nodes have at most this many relationships; none when null. */
  maxDegree: number | null;
};

export type PathRow = { nodes: EntityRow[]; relationships: PathRelationshipRow[] };

/** What a path answer reads: of its entities only the selected properties, of its relationships only the selected fields. */
export type PathSelection = { node: EntityFields; edge: EdgeFields };
export const FULL_PATH_SELECTION: PathSelection = { node: ALL_ENTITY_FIELDS, edge: ALL_EDGE_FIELDS };

/**
 * Up to `k` distinct shortest paths (ignoring direction) whose inner nodes pass the filter: the
 * shortest paths are enumerated (allShortestPaths, at most `candidates`), then ranked so that
 * specific links come first: the lowest highest inner-node degree, then the lowest sum of inner
 * degrees, then the ids along the path. Types and the hop bound are written from checked values.
 */
export const shortestPathsBetween = (from: string, to: string, maxHops: number, filter: PathFilter, k: number, candidates: number, selection = FULL_PATH_SELECTION) => {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new Error(`maxHops out of range: ${maxHops}`);
  const types = filter.types?.length ? `:${filter.types.map((t) => { if (!RELATIONSHIP_TYPE_PATTERN.test(t)) throw new Error(`not a relationship type: ${t}`); return t; }).join("|")}` : "";
  // Only the conditions that can exclude something: with every kind allowed and nothing avoided
  // the search has no predicate to evaluate on each node it visits.
  const inner = [
    ...(ENTITY_LABELS.every((l) => filter.labels.includes(l)) ? [] : ["any(l IN labels(x) WHERE l IN $labels)"]),
    ...(filter.avoid.length ? ["NOT x.id IN $avoid"] : []),
    ...(filter.maxDegree !== null ? ["COUNT { (x)--() } <= $maxDegree"] : []),
  ].join(" AND ");
  const where = inner ? `\n      WHERE all(x IN nodes(p) WHERE x = a OR x = b OR (${inner}))` : "";
  return cypher<{ fromExists: boolean; toExists: boolean; paths: PathRow[] }>(
    `shortest paths ${maxHops}`,
    /* cypher */ `
    OPTIONAL MATCH (a:Entity {id: $from})
    OPTIONAL MATCH (b:Entity {id: $to})
    OPTIONAL CALL (a, b) {
      MATCH p = allShortestPaths((a)-[${types}*..${maxHops}]-(b))${where}
      WITH p LIMIT $candidates
      WITH p, [x IN nodes(p)[1..-1] | COUNT { (x)--() }] AS degrees
      WITH p, reduce(m = 0, d IN degrees | CASE WHEN d > m THEN d ELSE m END) AS widest, reduce(s = 0, d IN degrees | s + d) AS total
      ORDER BY widest, total, [x IN nodes(p) | x.id]
      LIMIT $k
      RETURN collect({ nodes: [n IN nodes(p) | ${entitySummaryMap("n", selection.node)}], relationships: [r IN relationships(p) | ${relationshipProjection("r", selection.edge)}] }) AS paths
    }
    RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, coalesce(paths, []) AS paths`,
    { from, to, labels: filter.labels, avoid: filter.avoid, maxDegree: filter.maxDegree, k, candidates },
  );
};
