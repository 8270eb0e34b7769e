import { cypher, type CypherQuery } from "../run";

/**
 * Statements used by the seed loader. Labels and relationship types reach Cypher through the
 * dynamic `$(...)` syntax of Neo4j 5.26, so even identifiers are parameters, never spliced text.
 */

export const ENTITY_LABEL = "Entity";
export const SEARCH_INDEX = "entity_search";

/** Schema statements cannot take parameters; these are fixed text built from our own label list. */
export function schemaStatements(labels: readonly string[]): CypherQuery<never>[] {
  const perLabel = labels.map((label) =>
    cypher<never>(
      `constraint ${label}.id`,
      `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
  );
  const sortNames = labels.map((label) =>
    cypher<never>(`index ${label}.sortName`, `CREATE INDEX ${label.toLowerCase()}_sort_name IF NOT EXISTS FOR (n:${label}) ON (n.sortName)`),
  );
  return [
    cypher<never>("constraint Entity.id", `CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`),
    ...perLabel,
    ...sortNames,
    cypher<never>("index Event.dateStart", "CREATE INDEX event_date_start IF NOT EXISTS FOR (n:Event) ON (n.dateStart)"),
    cypher<never>(
      "fulltext entity_search",
      `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${labels.join("|")}) ON EACH [n.name, n.aliasText, n.description]`,
    ),
  ];
}

export const awaitIndexes = () => cypher<never>("await indexes", "CALL db.awaitIndexes(300)");

export type NodeRow = { id: string; label: string; props: Record<string, unknown> };

export const mergeNodes = (rows: NodeRow[]) =>
  cypher<never>(
    "merge nodes",
    /* cypher */ `
    UNWIND $rows AS row
    MERGE (n:Entity {id: row.id})
    SET n = row.props, n:$(row.label)`,
    { rows },
  );

export type RelationshipRow = { key: string; from: string; to: string; type: string; props: Record<string, unknown> };

export const mergeRelationships = (rows: RelationshipRow[]) =>
  cypher<never>(
    "merge relationships",
    /* cypher */ `
    UNWIND $rows AS row
    MATCH (a:Entity {id: row.from})
    MATCH (b:Entity {id: row.to})
    MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
    SET r = row.props`,
    { rows },
  );

/** Removes what the data files no longer contain, so the graph always equals the files. */
export const deleteNodesNotIn = (ids: string[]) =>
  cypher<never>(
    "delete stale nodes",
    /* cypher */ `
    MATCH (n:Entity) WHERE NOT n.id IN $ids
    DETACH DELETE n`,
    { ids },
  );

export const deleteRelationshipsNotIn = (keys: string[]) =>
  cypher<never>(
    "delete stale relationships",
    /* cypher */ `
    MATCH (:Entity)-[r]->(:Entity) WHERE NOT r.key IN $keys
    DELETE r`,
    { keys },
  );

export const recordSeed = (hash: string) =>
  cypher<never>("record seed", "MERGE (s:SeedInfo {singleton: true}) SET s.hash = $hash, s.seededAt = datetime()", { hash });

export const seedHash = () => cypher<{ hash: string | null }>("seed hash", "OPTIONAL MATCH (s:SeedInfo {singleton: true}) RETURN s.hash AS hash");

