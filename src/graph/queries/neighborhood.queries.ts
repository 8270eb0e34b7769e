import { cypher } from "../run";
import { entityProjection, type EntityRow } from "./entity.queries";
import { relationshipProjection, type PathRelationshipRow } from "./path.queries";

/** Next ring of a breadth-first walk: unseen neighbours of the frontier, in a stable order, capped. */
export const neighboursOf = (frontier: string[], seen: string[], limit: number) =>
  cypher<{ entity: EntityRow }>(
    "neighbours of frontier",
    /* cypher */ `
    UNWIND $frontier AS id
    MATCH (:Entity {id: id})--(m:Entity)
    WHERE NOT m.id IN $seen
    WITH DISTINCT m
    ORDER BY m.sortName, m.id
    LIMIT $limit
    RETURN ${entityProjection("m")} AS entity`,
    { frontier, seen, limit },
  );

/** Relationships whose two ends are both in `ids`, in key order, at most `limit`. */
export const relationshipsAmong = (ids: string[], limit: number) =>
  cypher<{ relationship: PathRelationshipRow }>(
    "relationships among",
    /* cypher */ `
    UNWIND $ids AS id
    MATCH (a:Entity {id: id})-[r]->(b:Entity)
    WHERE b.id IN $ids
    RETURN ${relationshipProjection("r")} AS relationship
    ORDER BY r.key
    LIMIT $limit`,
    { ids, limit },
  );
