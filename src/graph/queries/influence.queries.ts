import type { EntityFields } from "../../domain";
import { cypher } from "../run";
import { entitySummaryMap, type EntityRow } from "./entity.queries";
import { MAX_INFLUENCE_DEPTH } from "../../bounds";

/**
 * Cypher takes no parameter as a variable-length bound, so the bound is written from an integer
 * the link service checked (`checkInfluenceDepth`, the one check a client sees). This only guards
 * the text against a caller that skipped it: an internal error, not an argument error.
 */
function hopBound(depth: number): number {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_INFLUENCE_DEPTH) throw new Error(`depth out of range: ${depth}`);
  return depth;
}

/**
 * Binds `as` for the movement bound to `start` (each movement with the properties `want` names): movements (their summaries; the distance only orders them) reachable over INSPIRED within `depth`
 * hops, each once at its shortest distance, nearest first then by name, at most $influenceLimit.
 * `outgoing` follows the arrows (what it inspired); otherwise against them (what inspired it).
 */
export const reachInfluence = (start: string, depth: number, outgoing: boolean, as: string, want: EntityFields) => /* cypher */ `
      MATCH p = (${start})${outgoing ? "" : "<"}-[:INSPIRED*1..${hopBound(depth)}]-${outgoing ? ">" : ""}(m:Movement)
      WHERE m <> ${start}
      WITH m, min(length(p)) AS distance
      ORDER BY distance, m.sortName, m.id
      LIMIT $influenceLimit
      RETURN collect(${entitySummaryMap("m", want)}) AS ${as}`;

/** Influence of each requested movement in one round trip (see `reachInfluence`). */
export const influenceBatch = (ids: string[], depth: number, outgoing: boolean, limit: number, want: EntityFields) =>
  cypher<{ id: string; reached: EntityRow[] }>(
    `influence ${outgoing ? "inspired" : "inspiredBy"} depth ${depth}`,
    /* cypher */ `
    UNWIND $ids AS id
    OPTIONAL MATCH (start:Movement {id: id})
    CALL (start) {${reachInfluence("start", depth, outgoing, "reached", want)}
    }
    RETURN id, reached`,
    { ids, influenceLimit: limit },
  );
