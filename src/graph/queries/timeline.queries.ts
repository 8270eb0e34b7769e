import { dateOrdinal, MAX_SPAN_CLASS } from "../../dates";
import { ALL_ENTITY_FIELDS, type EntityFields, type EntityLabel } from "../../domain";
import { cypher } from "../run";
import { entitySummaryMap, type EntityRow } from "./entity.queries";
import type { StoredSources } from "../records";

/**
 * The timeline reads `:TimelineEntry` nodes: one per dated event (id = the event's id) and one per
 * dated relationship (id = the relationship's key), written by the seed next to what they index
 * (seed.queries.ts). They hold only what ordering and filtering need (dateStart, startOrd, endOrd,
 * spanClass, the ends' ids and labels, the type); everything shown comes from the event or the
 * relationship itself. They carry no `Entity` label and no relationships, so nothing else sees them.
 */
export const TIMELINE_LABEL = "TimelineEntry";

export type TimelineFilter = {
  /** Inclusive widened bounds (see src/dates.ts). */
  periodFrom?: string;
  periodTo?: string;
  /** Entries about this entity (see timelineCandidates). */
  entity?: string;
  /** Entries with an end of one of these labels (an event entry's only end is its event). */
  labels?: EntityLabel[];
  /** Only relationship entries of these types. */
  types?: string[];
};

export type TimelineCursor = { sortKey: string; id: string };

export type TimelineFactRow = StoredSources & {
  key: string;
  type: string;
  /** Role, note and qualifier: absent when not selected. */
  role?: string | null;
  note?: string | null;
  date: string;
  dateQualifier?: string | null;
  subject: EntityRow;
  object: EntityRow;
};

export type TimelineRow = { id: string; sortKey: string; event: EntityRow | null; eventQualifier: string | null; fact: TimelineFactRow | null };

/**
 * What a timeline page reads: of each event and of each fact's two ends only the selected
 * properties, and quotes only where selected (the entries', or an event's own).
 */
export type TimelineSelection = {
  event: EntityFields;
  eventSources: boolean;
  ends: EntityFields;
  sources: boolean;
  /** The entries' `dateQualifier`, and a fact's `role` and `note`. */
  qualifier: boolean;
  role: boolean;
  note: boolean;
};
export const FULL_TIMELINE_SELECTION: TimelineSelection = { event: ALL_ENTITY_FIELDS, eventSources: true, ends: ALL_ENTITY_FIELDS, sources: true, qualifier: true, role: true, note: true };

/** Conditions other than the window and the cursor, on `t`. */
function filterConditions(filter: TimelineFilter): string[] {
  const out: string[] = [];
  if (filter.labels) out.push("(t.fromLabel IN $labels OR t.toLabel IN $labels)");
  if (filter.types) out.push("t.type IN $types");
  return out;
}

function cursorCondition(descending: boolean): string {
  const [cmp, idCmp] = descending ? ["<=", ">="] : [">=", "<="];
  return `t.dateStart ${cmp} $cursorKey AND NOT (t.dateStart = $cursorKey AND t.id ${idCmp} $cursorId)`;
}

const and = (conditions: string[]) => conditions.map((c) => `\n        AND ${c}`).join("");

/**
 * The entries matching the filter as `t`, in any order, at most about `limit` per index range:
 * - with `entity`: the entity's own entry, the entries of the events linked to it and the dated
 *   relationships at either end of it (index lookups on id, from and to; bounded by its degree);
 * - with a window: the span-class scheme of list.queries.ts (eventWindowPage) on TimelineEntry;
 * - otherwise one range of the dateStart index.
 */
function candidates(filter: TimelineFilter, descending: boolean, hasCursor: boolean): string {
  const dir = descending ? "DESC" : "ASC";
  const extra = filterConditions(filter);
  const window = [
    ...(filter.periodFrom !== undefined ? ["t.dateEnd >= $periodFrom"] : []),
    ...(filter.periodTo !== undefined ? ["t.dateStart <= $periodTo"] : []),
  ];
  const cursor = hasCursor ? [cursorCondition(descending)] : [];
  if (filter.entity !== undefined) {
    return /* cypher */ `
    CALL () {
      MATCH (t:${TIMELINE_LABEL} {from: $entity}) RETURN t
      UNION
      MATCH (t:${TIMELINE_LABEL} {to: $entity}) RETURN t
      UNION
      MATCH (:Entity {id: $entity})--(e:Event)
      MATCH (t:${TIMELINE_LABEL} {id: e.id}) RETURN t
    }
    WITH t WHERE true${and([...window, ...extra, ...cursor])}`;
  }
  if (filter.periodFrom === undefined) {
    return /* cypher */ `
    MATCH (t:${TIMELINE_LABEL})
    WHERE t.dateStart IS NOT NULL${and([...window, ...extra, ...cursor])}
    WITH t ORDER BY t.dateStart ${dir}, t.id ${dir} LIMIT $limit`;
  }
  // `t.id IS NOT NULL` (always true) lets the planner use the composite (dateStart, id) and
  // (spanClass, startOrd, id) indexes, which hand over entries sharing a date already in id order:
  // a page then stops after `limit` entries however many share its first date (all year-only
  // dates of a year start at YYYY-00-00).
  const started = ["t.dateStart >= $periodFrom", ...(filter.periodTo !== undefined ? ["t.dateStart <= $periodTo"] : []), "t.id IS NOT NULL", ...extra, ...cursor];
  const running = ["t.startOrd >= $fromOrd - widest", "t.startOrd < $fromOrd", "t.id IS NOT NULL", "t.endOrd >= $fromOrd", ...extra, ...cursor];
  if (hasCursor) running.push(descending ? "t.startOrd <= $cursorOrd" : "t.startOrd >= $cursorOrd");
  return /* cypher */ `
    CALL () {
      MATCH (t:${TIMELINE_LABEL})
      WHERE t.dateStart IS NOT NULL${and(started)}
      RETURN t ORDER BY t.dateStart ${dir}, t.id ${dir} LIMIT $limit
      UNION
      OPTIONAL MATCH (info:SeedInfo {singleton: true})
      UNWIND range(0, $maxSpanClass) AS class
      WITH class, coalesce(info.entrySpanClassWidths[class], toInteger(2 ^ class) - 1) AS widest
      WHERE widest >= 0
      CALL (class, widest) {
        MATCH (t:${TIMELINE_LABEL})
        WHERE t.spanClass = class${and(running)}
        RETURN t ORDER BY t.spanClass ${dir}, t.startOrd ${dir}, t.id ${dir} LIMIT $limit
      }
      RETURN t
    }
    WITH t`;
}

function params(filter: TimelineFilter, limit: number, cursor?: TimelineCursor) {
  return {
    ...filter,
    fromOrd: filter.periodFrom !== undefined ? dateOrdinal(filter.periodFrom) : undefined,
    maxSpanClass: MAX_SPAN_CLASS,
    limit,
    cursorKey: cursor?.sortKey,
    cursorId: cursor?.id,
    cursorOrd: cursor ? dateOrdinal(cursor.sortKey) : undefined,
  };
}

/**
 * One page of the timeline: `limit` entries after (or, descending, before) the cursor, in
 * (dateStart, id) order, each projected from the event or relationship it indexes.
 */
export const timelinePage = (filter: TimelineFilter, descending: boolean, limit: number, cursor?: TimelineCursor, selection = FULL_TIMELINE_SELECTION) => {
  const dir = descending ? "DESC" : "ASC";
  const factOptional = [
    ...(selection.role ? ["role: r.role"] : []),
    ...(selection.note ? ["note: r.note"] : []),
    ...(selection.qualifier ? ["dateQualifier: r.dateQualifier"] : []),
    ...(selection.sources ? ["sourceSections: r.sourceSections", "sourceQuotes: r.sourceQuotes"] : []),
  ];
  return cypher<TimelineRow>(
    "timeline page",
    /* cypher */ `${candidates(filter, descending, cursor !== undefined)}
    WITH t ORDER BY t.dateStart ${dir}, t.id ${dir} LIMIT $limit
    OPTIONAL MATCH (e:Event {id: t.id}) WHERE t.type IS NULL
    OPTIONAL MATCH (s:Entity {id: t.from})-[r]->(o:Entity {id: t.to}) WHERE t.type IS NOT NULL AND r.key = t.id
    RETURN t.id AS id, t.dateStart AS sortKey,
      CASE WHEN e IS NULL THEN null ELSE ${entitySummaryMap("e", selection.event, selection.sources || selection.eventSources)} END AS event, ${selection.qualifier ? "e.dateQualifier" : "null"} AS eventQualifier,
      CASE WHEN r IS NULL THEN null ELSE { key: r.key, type: type(r), date: r.date${factOptional.map((f) => `, ${f}`).join("")},
        subject: ${entitySummaryMap("s", selection.ends)}, object: ${entitySummaryMap("o", selection.ends)} } END AS fact
    ORDER BY t.dateStart ${dir}, t.id ${dir}`,
    params(filter, limit, cursor),
  );
};

/** Number of entries matching the filter; only run when a client selects totalCount. */
export const timelineCount = (filter: TimelineFilter) => {
  const window = [
    ...(filter.periodFrom !== undefined ? ["t.dateEnd >= $periodFrom"] : []),
    ...(filter.periodTo !== undefined ? ["t.dateStart <= $periodTo"] : []),
  ];
  const match =
    filter.entity !== undefined
      ? candidates(filter, false, false)
      : `MATCH (t:${TIMELINE_LABEL}) WHERE t.dateStart IS NOT NULL${and([...window, ...filterConditions(filter)])}`;
  return cypher<{ total: number }>("timeline count", `${match}\n    RETURN count(t) AS total`, params(filter, 0));
};
