import { cypher } from "../run";
import { entitySummaryMap, type EntityRow } from "./entity.queries";
import { relationshipProjection, type PathRelationshipRow } from "./path.queries";

/** How big the whole graph is: what an export of it would return. */
export const graphSize = () =>
  cypher<{ nodes: number; edges: number }>(
    "export graph size",
    /* cypher */ `
    CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
    CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS edges }
    RETURN nodes, edges`,
  );

/** Every entity with its sources, by id, at most `limit`. */
export const allEntities = (limit: number) =>
  cypher<{ entity: EntityRow }>(
    "export all entities",
    /* cypher */ `
    MATCH (n:Entity)
    WITH n ORDER BY n.id LIMIT $limit
    RETURN ${entitySummaryMap("n", undefined, true)} AS entity`,
    { limit },
  );

/** Every relationship between entities with its quotes, by key, at most `limit`. */
export const allRelationships = (limit: number) =>
  cypher<{ edge: PathRelationshipRow }>(
    "export all relationships",
    /* cypher */ `
    MATCH (:Entity)-[r]->(:Entity)
    WITH r ORDER BY r.key LIMIT $limit
    RETURN ${relationshipProjection("r")} AS edge`,
    { limit },
  );

/** The relationships among a set of entities, with their quotes, at most `limit`. */
export const relationshipsAmong = (ids: string[], limit: number) =>
  cypher<{ edge: PathRelationshipRow }>(
    "export relationships among",
    /* cypher */ `
    MATCH (a:Entity)-[r]->(b:Entity)
    WHERE a.id IN $ids AND b.id IN $ids
    WITH r ORDER BY r.key LIMIT $limit
    RETURN ${relationshipProjection("r")} AS edge`,
    { ids, limit },
  );
