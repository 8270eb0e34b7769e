import { cypher } from "../run";
import { entitySummaryProjection, type EntityRow } from "./entity.queries";

export const MAX_INFLUENCE_DEPTH = 5;

/**
 * Cypher takes no parameter as a variable-length bound, so the bound is written from a checked
 * integer (1..5), never from client text.
 */
function hopBound(depth: number): number {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_INFLUENCE_DEPTH) throw new Error(`depth out of range: ${depth}`);
  return depth;
}

/**
 * Movements reachable over INSPIRED from each requested movement within `depth` hops, each once at
 * its shortest distance, nearest first then by name. `outgoing` follows the arrows (what it
 * inspired); otherwise against them (what inspired it).
 */
export const influenceBatch = (ids: string[], depth: number, outgoing: boolean, limit: number) =>
  cypher<{ id: string; reached: { distance: number; movement: EntityRow }[] }>(
    `influence ${outgoing ? "inspired" : "inspiredBy"} depth ${depth}`,
    /* cypher */ `
    UNWIND $ids AS id
    OPTIONAL MATCH (start:Movement {id: id})
    CALL (start) {
      MATCH p = (start)${outgoing ? "" : "<"}-[:INSPIRED*1..${hopBound(depth)}]-${outgoing ? ">" : ""}(m:Movement)
      WHERE m <> start
      WITH m, min(length(p)) AS distance
      ORDER BY distance, m.sortName, m.id
      LIMIT $limit
      RETURN collect({distance: distance, movement: ${entitySummaryProjection("m")}}) AS reached
    }
    RETURN id, reached`,
    { ids, limit },
  );
