import type { EntityFields } from "../../domain";
import { cypher } from "../run";
import { entitySummaryMap, type EntityRow } from "./entity.queries";
import { ALL_EDGE_FIELDS, relationshipProjection, type EdgeFields, type PathRelationshipRow } from "./path.queries";
import { MAX_NEIGHBORHOOD_DEPTH } from "../../bounds";

/** One ring of the walk: the unseen neighbours of the previous ring, by name, cut at `$limit` nodes in all. */
const ring = /* cypher */ `
    CALL (nodes, frontier, truncated) {
      UNWIND CASE WHEN truncated THEN [] ELSE frontier END AS f
      MATCH (f)-[r]-(m:Entity)
      WHERE NOT m IN nodes
        AND ($types IS NULL OR type(r) IN $types)
        AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
        AND ($avoid IS NULL OR NOT m.id IN $avoid)
        AND ($maxDegree IS NULL OR COUNT { (m)--() } <= $maxDegree)
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
 * Nodes carry the properties `want` names; edges their role, date and sources only where `edge` says.
 * The filter keeps the walk to some relationship types, to neighbours of some labels, away from
 * `avoid` and from neighbours above `maxDegree` links. Edges come most specific first (lowest sum
 * of both ends' degrees, then key), so the edge cap drops links through hubs first.
 */
export type NeighborhoodFilter = { types: string[] | null; labels: string[] | null; avoid: string[] | null; maxDegree: number | null };

export const neighborhoodOf = (
  id: string,
  depth: number,
  limit: number,
  edgesPerNode: number,
  want: EntityFields,
  edge: EdgeFields = ALL_EDGE_FIELDS,
  filter: NeighborhoodFilter = { types: null, labels: null, avoid: null, maxDegree: null },
) => {
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
      WHERE b IN nodes AND ($types IS NULL OR type(r) IN $types)
      WITH r, COUNT { (a)--() } + COUNT { (b)--() } AS busy
      ORDER BY busy, r.key
      RETURN collect(${relationshipProjection("r", edge)}) AS edges
    }
    WITH nodes, truncated, edges, $edgesPerNode * size(nodes) AS edgeCap
    RETURN [n IN nodes | ${entitySummaryMap("n", want)}] AS nodes, edges[0..edgeCap] AS edges, truncated OR size(edges) > edgeCap AS truncated`,
    { id, limit, edgesPerNode, ...filter },
  );
};
