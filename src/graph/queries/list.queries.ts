import { dateOrdinal, MAX_SPAN_CLASS } from "../../dates";
import { ALL_ENTITY_FIELDS, type EntityLabel } from "../../domain";
import { compilePlan, readsOnlyEntities, type PlannedValues, type ReadPlan } from "../compile";
import { cypher } from "../run";
import { entitySummaryMap, labelText, type EntityRow } from "./entity.queries";

/** Filters a root list may combine; every value travels as a parameter. */
export type ListFilter = {
  /** Lower-cased substring of the name or an alias. */
  nameContains?: string;
  kind?: string;
  /** Ids the entity must be directly linked to, in either direction. */
  linkedTo?: string[];
  /** Inclusive period bounds as widened dates (see src/dates.ts). */
  periodFrom?: string;
  periodTo?: string;
};

export type ListOrder = { field: "NAME" | "DATE"; direction: "ASC" | "DESC" };
/** A keyset position; `inclusive` also matches the row at the position itself (page-info probes). */
export type ListCursor = { sortKey: string; id: string; inclusive?: boolean };

/** Sort keys are stored, indexed properties, so a page is an index range scan, not a sort of all. */
const SORT_PROPERTY = { NAME: "sortName", DATE: "dateStart" } as const;

/** The filters other than the sort key and the time window, as conditions on `n`. */
function filterConditions(filter: ListFilter): string[] {
  const conditions: string[] = [];
  if (filter.nameContains !== undefined) {
    conditions.push("(n.sortName CONTAINS $nameContains OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS $nameContains))");
  }
  if (filter.kind !== undefined) conditions.push("n.kind = $kind");
  if (filter.linkedTo?.length) conditions.push("all(other IN $linkedTo WHERE EXISTS { (n)--(:Entity {id: other}) })");
  return conditions;
}

function cursorCondition(sort: string, order: ListOrder, inclusive = false): string {
  const [cmp, idCmp] = order.direction === "ASC" ? [">=", inclusive ? "<" : "<="] : ["<=", inclusive ? ">" : ">="];
  return `${sort} ${cmp} $cursorKey AND NOT (${sort} = $cursorKey AND n.id ${idCmp} $cursorId)`;
}

function whereClause(filter: ListFilter, order: ListOrder, cursor?: ListCursor): string {
  const sort = `n.${SORT_PROPERTY[order.field]}`;
  const conditions = [`${sort} IS NOT NULL`];
  // An event overlapping the window started at most maxEventSpanYears before it: this lower bound
  // turns "everything that started before `to`" into a bounded index range.
  if (filter.periodFrom !== undefined) conditions.push("n.dateStart >= earliestStart");
  conditions.push(...filterConditions(filter));
  if (filter.periodFrom !== undefined) conditions.push("n.dateEnd >= $periodFrom");
  if (filter.periodTo !== undefined) conditions.push("n.dateStart <= $periodTo");
  if (cursor) conditions.push(cursorCondition(sort, order, cursor.inclusive));
  return conditions.join("\n      AND ");
}

/** Binds `earliestStart` (a widened date) when the list has a time window; nothing otherwise. */
function spanPrologue(filter: ListFilter): string {
  if (filter.periodFrom === undefined) return "";
  return /* cypher */ `
    OPTIONAL MATCH (info:SeedInfo {singleton: true})
    WITH toInteger(left($periodFrom, 4)) - coalesce(info.maxEventSpanYears, 10000) AS year
    WITH CASE WHEN year < 0 THEN '0000' ELSE right('000' + toString(year), 4) END + '-00-00' AS earliestStart`;
}

export type ListRow = { entity: EntityRow; sortKey: string } & Partial<PlannedValues>;

/** The properties and nothing else: what a list reads when no plan is given. */
const ALL_PROPERTIES: ReadPlan = { fields: ALL_ENTITY_FIELDS, sources: false, links: [], influence: [] };

/**
 * The end of a list statement, `n` bound to the matching entities: sorted, cut to $limit, then
 * projected. The plan's link and influence subqueries (graph/compile) run on the page's rows only
 * (after the LIMIT). Entities in bulk come without sources: those are batched on demand.
 */
function pageTail(sortKey: string, order: string, plan: ReadPlan): { text: string; params: Record<string, unknown> } {
  const project = `${entitySummaryMap("n", plan.fields)} AS entity, ${sortKey} AS sortKey`;
  if (readsOnlyEntities(plan)) return { text: `RETURN ${project}\n    ORDER BY ${order}\n    LIMIT $limit`, params: {} };
  const clauses = compilePlan(plan);
  return {
    text: `WITH n ORDER BY ${order} LIMIT $limit\n    ${clauses.subqueries}\n    RETURN ${project}, ${clauses.returns}\n    ORDER BY ${order}`,
    params: clauses.params,
  };
}

/** One page: `first + 1` rows are read so the caller knows whether another page follows. */
export const listPage = (
  label: EntityLabel,
  filter: ListFilter,
  order: ListOrder,
  first: number,
  after?: ListCursor,
  plan: ReadPlan = ALL_PROPERTIES,
) => {
  if (label === "Event" && order.field === "DATE" && filter.periodFrom !== undefined) return eventWindowPage(filter, order, first, after, plan);
  const sort = `n.${SORT_PROPERTY[order.field]}`;
  const tail = pageTail(sort, `${sort} ${order.direction}, n.id ${order.direction}`, plan);
  return cypher<ListRow>(
    `list ${label}`,
    /* cypher */ `${spanPrologue(filter)}
    MATCH (n:${labelText(label)})
    WHERE ${whereClause(filter, order, after)}
    ${tail.text}`,
    { ...filter, limit: first + 1, cursorKey: after?.sortKey, cursorId: after?.id, ...tail.params },
  );
};

/**
 * Events overlapping [from, to] in date order, reading about one page of index entries whatever
 * the size of the graph. The overlapping events are two disjoint sets:
 * - those starting inside the window: one range of the dateStart index, in order, `limit` rows;
 * - those starting before it and still running at `from`. A single dateStart range would have to
 *   reach back as far as the longest event and read every short event on the way (Q6 in bench/
 *   went x8 slower from 10k to 1M events). Instead each span class c (periods shorter than 2^c
 *   date ordinals, see src/dates.ts) is its own range of the (spanClass, startOrd) index, starting
 *   as far before `from` as the class's widest event (SeedInfo.spanClassWidths; empty classes are
 *   skipped), so most of the events read still run at `from`; each class gives at most `limit`
 *   rows in order.
 * The union is sorted and cut to `limit`: the same rows as the plain overlap filter.
 */
function eventWindowPage(filter: ListFilter, order: ListOrder, first: number, after: ListCursor | undefined, plan: ReadPlan) {
  const extra = filterConditions(filter);
  const and = (conditions: string[]) => conditions.map((c) => `\n        AND ${c}`).join("");
  const started = ["n.dateStart >= $periodFrom", ...(filter.periodTo !== undefined ? ["n.dateStart <= $periodTo"] : []), ...extra];
  const running = ["n.startOrd >= $fromOrd - widest", "n.startOrd < $fromOrd", "n.endOrd >= $fromOrd", ...extra];
  if (after) {
    started.push(cursorCondition("n.dateStart", order, after.inclusive));
    running.push(cursorCondition("n.dateStart", order, after.inclusive));
    if (order.direction === "ASC") running.push("n.startOrd >= $cursorOrd");
    else running.push("n.startOrd <= $cursorOrd");
  }
  const fromOrd = dateOrdinal(filter.periodFrom!);
  const dir = order.direction;
  const tail = pageTail("n.dateStart", `n.dateStart ${dir}, n.id ${dir}`, plan);
  return cypher<ListRow>(
    "list Event in a window",
    /* cypher */ `
    CALL () {
      MATCH (n:Event)
      WHERE n.dateStart IS NOT NULL${and(started)}
      RETURN n ORDER BY n.dateStart ${dir}, n.id ${dir} LIMIT $limit
      UNION
      OPTIONAL MATCH (info:SeedInfo {singleton: true})
      UNWIND range(0, $maxSpanClass) AS class
      WITH class, coalesce(info.spanClassWidths[class], toInteger(2 ^ class) - 1) AS widest
      WHERE widest >= 0
      CALL (class, widest) {
        MATCH (n:Event)
        WHERE n.spanClass = class${and(running)}
        RETURN n ORDER BY n.spanClass ${dir}, n.startOrd ${dir}, n.id ${dir} LIMIT $limit
      }
      RETURN n
    }
    WITH n
    ${tail.text}`,
    {
      ...filter,
      fromOrd,
      maxSpanClass: MAX_SPAN_CLASS,
      limit: first + 1,
      cursorKey: after?.sortKey,
      cursorId: after?.id,
      cursorOrd: after ? dateOrdinal(after.sortKey) : undefined,
      ...tail.params,
    },
  );
}

/** Size of the whole filtered list; only run when a client selects totalCount. */
export const listCount = (label: EntityLabel, filter: ListFilter, order: ListOrder) =>
  cypher<{ total: number }>(
    `count ${label}`,
    /* cypher */ `${spanPrologue(filter)}
    MATCH (n:${labelText(label)})
    WHERE ${whereClause(filter, order)}
    RETURN count(n) AS total`,
    { ...filter },
  );
