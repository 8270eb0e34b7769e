import { MAX_SPAN_CLASS } from "../../dates";
import { RELATIONSHIP_TYPE_PATTERN } from "../../domain";
import { cypher, type CypherQuery } from "../run";

/**
 * Statements used by the seed loader. Node labels reach Cypher through Neo4j 5.26's dynamic
 * `$(...)` syntax; relationship types are written as checked text (see mergeRelationships).
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
    cypher<never>("index Event.spanClass+startOrd", "CREATE INDEX event_span_start IF NOT EXISTS FOR (n:Event) ON (n.spanClass, n.startOrd)"),
    cypher<never>("constraint TimelineEntry.id", "CREATE CONSTRAINT timeline_entry_id_unique IF NOT EXISTS FOR (t:TimelineEntry) REQUIRE t.id IS UNIQUE"),
    // Composite with the id, so that entries sharing a date come in id order (see timeline.queries.ts);
    // the seed format's version 5 indexes without it are dropped where they exist.
    cypher<never>("drop index TimelineEntry.dateStart", "DROP INDEX timeline_entry_date_start IF EXISTS"),
    cypher<never>("drop index TimelineEntry.spanClass+startOrd", "DROP INDEX timeline_entry_span_start IF EXISTS"),
    cypher<never>("index TimelineEntry.dateStart+id", "CREATE INDEX timeline_entry_start_id IF NOT EXISTS FOR (t:TimelineEntry) ON (t.dateStart, t.id)"),
    cypher<never>("index TimelineEntry.spanClass+startOrd+id", "CREATE INDEX timeline_entry_span_start_id IF NOT EXISTS FOR (t:TimelineEntry) ON (t.spanClass, t.startOrd, t.id)"),
    cypher<never>("index TimelineEntry.from", "CREATE INDEX timeline_entry_from IF NOT EXISTS FOR (t:TimelineEntry) ON (t.from)"),
    cypher<never>("index TimelineEntry.to", "CREATE INDEX timeline_entry_to IF NOT EXISTS FOR (t:TimelineEntry) ON (t.to)"),
    cypher<never>(
      "fulltext entity_search",
      `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${labels.join("|")}) ON EACH [n.name, n.aliasText, n.description]`,
    ),
  ];
}

export const awaitIndexes = () => cypher<never>("await indexes", "CALL db.awaitIndexes(300)");

/** `entry`: the node's timeline entry (see timeline.queries.ts) when it is a dated event. */
export type NodeRow = { id: string; label: string; props: Record<string, unknown>; entry?: Record<string, unknown> | null };

export const mergeNodes = (rows: NodeRow[]) =>
  cypher<never>(
    "merge nodes",
    /* cypher */ `
    UNWIND $rows AS row
    MERGE (n:Entity {id: row.id})
    SET n = row.props, n:$(row.label)
    WITH row WHERE row.entry IS NOT NULL
    MERGE (t:TimelineEntry {id: row.id})
    SET t = row.entry`,
    { rows },
  );

/** `entry`: the relationship's timeline entry (see timeline.queries.ts) when it is dated. */
export type RelationshipRow = { key: string; from: string; to: string; type: string; props: Record<string, unknown>; entry?: Record<string, unknown> | null };

/**
 * One MERGE statement per relationship type in the batch. The type is written into the text
 * (checked against the UPPER_SNAKE pattern; the values stay parameters) because Neo4j 5.26 plans a
 * MERGE with a dynamic type `$(row.type)` as a scan of every relationship per row, which made
 * loading quadratic (see bench/RESULTS.md); a static type plans as a lookup between the two nodes.
 */
export function mergeRelationships(rows: RelationshipRow[]): CypherQuery<never>[] {
  const byType = new Map<string, RelationshipRow[]>();
  for (const row of rows) byType.set(row.type, [...(byType.get(row.type) ?? []), row]);
  return [...byType].map(([type, group]) => {
    if (!RELATIONSHIP_TYPE_PATTERN.test(type)) throw new Error(`not a relationship type: ${type}`);
    return cypher<never>(
      `merge ${type} relationships`,
      /* cypher */ `
    UNWIND $rows AS row
    MATCH (a:Entity {id: row.from})
    MATCH (b:Entity {id: row.to})
    MERGE (a)-[r:${type} {key: row.key}]->(b)
    SET r = row.props
    WITH row WHERE row.entry IS NOT NULL
    MERGE (t:TimelineEntry {id: row.key})
    SET t = row.entry`,
      { rows: group },
    );
  });
}

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

/** Removes timeline entries whose event or relationship is gone or no longer dated. */
export const deleteTimelineEntriesNotIn = (ids: string[]) =>
  cypher<never>(
    "delete stale timeline entries",
    /* cypher */ `
    MATCH (t:TimelineEntry) WHERE NOT t.id IN $ids
    DELETE t`,
    { ids },
  );

export const recordSeed = (hash: string) =>
  cypher<never>("record seed", "MERGE (s:SeedInfo {singleton: true}) SET s.hash = $hash, s.seededAt = datetime()", { hash });

/**
 * Records how long events last, so that time-window queries can bound their index ranges from
 * below (an event starting more than its span before the window cannot overlap it):
 * - `maxEventSpanYears`: the longest period, in whole years;
 * - `entrySpanClassWidths[c]`: the same over every timeline entry (events and dated relationships);
 * - `spanClassWidths[c]`: the widest span, in date ordinals, of the events of span class c, or -1
 *   when the class is empty (see src/dates.ts). The class bound alone (2^c - 1) is looser: all
 *   year-only events have span 9 999 in class 14, whose bound 16 383 reached back into the
 *   previous year's year-only events, to read and drop them.
 */
export const recordEventSpan = () =>
  cypher<never>(
    "record event span",
    /* cypher */ `
    OPTIONAL MATCH (e:Event) WHERE e.dateStart IS NOT NULL
    WITH max(toInteger(left(e.dateEnd, 4)) - toInteger(left(e.dateStart, 4))) AS span
    OPTIONAL MATCH (e:Event) WHERE e.spanClass IS NOT NULL
    WITH span, e.spanClass AS class, max(e.endOrd - e.startOrd) AS widest
    WITH span, collect(CASE WHEN class IS NULL THEN null ELSE [class, widest] END) AS widths
    MERGE (s:SeedInfo {singleton: true})
    SET s.maxEventSpanYears = coalesce(span, 0),
      s.spanClassWidths = [c IN range(0, $maxSpanClass) | coalesce(head([w IN widths WHERE w[0] = c | w[1]]), -1)]
    WITH s
    CALL (s) {
      OPTIONAL MATCH (t:TimelineEntry)
      WITH t.spanClass AS class, max(t.endOrd - t.startOrd) AS widest
      WITH collect(CASE WHEN class IS NULL THEN null ELSE [class, widest] END) AS widths
      SET s.entrySpanClassWidths = [c IN range(0, $maxSpanClass) | coalesce(head([w IN widths WHERE w[0] = c | w[1]]), -1)]
    }`,
    { maxSpanClass: MAX_SPAN_CLASS },
  );

export const seedHash = () => cypher<{ hash: string | null }>("seed hash", "OPTIONAL MATCH (s:SeedInfo {singleton: true}) RETURN s.hash AS hash");

