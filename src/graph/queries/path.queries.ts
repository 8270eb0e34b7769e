import { cypher } from "../run";
import type { StoredSources } from "../records";
import { entitySummaryProjection, type EntityRow } from "./entity.queries";

export const MAX_PATH_HOPS = 8;

export type PathRelationshipRow = StoredSources & {
  id: string;
  type: string;
  from: string;
  to: string;
  role: string | null;
  date: string | null;
};

/** Relationship fields every graph-shaped answer returns, bound to `variable`; the quotes only `withSources`. */
export function relationshipProjection(variable: string, withSources = true): string {
  const quotes = withSources ? `, sourceSections: ${variable}.sourceSections, sourceQuotes: ${variable}.sourceQuotes` : "";
  return `{ id: ${variable}.key, type: type(${variable}), from: startNode(${variable}).id, to: endNode(${variable}).id, role: ${variable}.role, date: ${variable}.date${quotes} }`;
}

/**
 * One shortest path, ignoring direction, between two distinct entities. The hop bound is written
 * from a checked integer because Cypher takes no parameter there.
 */
export const shortestPathBetween = (from: string, to: string, maxHops: number) => {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new Error(`maxHops out of range: ${maxHops}`);
  return cypher<{ fromExists: boolean; toExists: boolean; nodes: EntityRow[] | null; relationships: PathRelationshipRow[] | null }>(
    `shortest path ${maxHops}`,
    /* cypher */ `
    OPTIONAL MATCH (a:Entity {id: $from})
    OPTIONAL MATCH (b:Entity {id: $to})
    OPTIONAL MATCH p = shortestPath((a)-[*..${maxHops}]-(b))
    RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists,
      [n IN nodes(p) | ${entitySummaryProjection("n")}] AS nodes,
      [r IN relationships(p) | ${relationshipProjection("r")}] AS relationships`,
    { from, to },
  );
};
