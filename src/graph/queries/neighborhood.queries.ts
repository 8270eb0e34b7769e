import type { EntityFields } from "../../domain";
import { cypher } from "../run";
import { entitySummaryProjection, type EntityRow } from "./entity.queries";
import { relationshipProjection, type PathRelationshipRow } from "./path.queries";

export const MAX_NEIGHBORHOOD_DEPTH = 3;

/** One ring of the walk: the unseen neighbours of the previous ring, by name, cut at `$limit` nodes in all. */
const ring = /* cypher */ `
    CALL (nodes, frontier, truncated) {
      UNWIND CASE WHEN truncated THEN [] ELSE frontier END AS f
      MATCH (f)--(m:Entity)
      WHERE NOT m IN nodes
      WITH DISTINCT m
      ORDER BY m.sortName, m.id
      RETURN collect(m) AS found
    }
    WITH nodes, truncated, found[0..($limit - size(nodes))] AS next, size(found) > $limit - size(nodes) AS cut
    WITH nodes + next AS nodes, next AS frontier, truncated OR cut AS truncated`;

/**
 * A breadth-first neighbourhood in one round trip: ring by ring (written out `depth` times, a
 * checked integer), at most `limit` nodes with the centre first, then every relationship among
 * them by key, at most `edgesPerNode` per node. `truncated` says whether either cap cut something.
 * Nodes carry the properties `want` names; edges carry their sources only with `edgeSources`.
 */
export const neighborhoodOf = (id: string, depth: number, limit: number, edgesPerNode: number, want: EntityFields, edgeSources: boolean) => {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NEIGHBORHOOD_DEPTH) throw new Error(`depth out of range: ${depth}`);
  return cypher<{ nodes: EntityRow[]; edges: PathRelationshipRow[]; truncated: boolean }>(
    `neighborhood depth ${depth}`,
    /* cypher */ `
    MATCH (c:Entity {id: $id})
    WITH [c] AS nodes, [c] AS frontier, false AS truncated
    ${ring.repeat(depth)}
    CALL (nodes) {
      UNWIND nodes AS a
      MATCH (a)-[r]->(b:Entity)
      WHERE b IN nodes
      WITH r
      ORDER BY r.key
      RETURN collect(${relationshipProjection("r", edgeSources)}) AS edges
    }
    WITH nodes, truncated, edges, $edgesPerNode * size(nodes) AS edgeCap
    RETURN [n IN nodes | ${entitySummaryProjection("n", want)}] AS nodes, edges[0..edgeCap] AS edges, truncated OR size(edges) > edgeCap AS truncated`,
    { id, limit, edgesPerNode },
  );
};
