import type { EntityLabel } from "../../domain";
import { cypher } from "../run";
import { entitySummaryProjection, labelText, type EntityRow } from "./entity.queries";

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
export type ListCursor = { sortKey: string; id: string };

/** Sort keys are stored, indexed properties, so a page is an index range scan, not a sort of all. */
const SORT_PROPERTY = { NAME: "sortName", DATE: "dateStart" } as const;

function whereClause(filter: ListFilter, order: ListOrder, hasCursor: boolean): string {
  const sort = `n.${SORT_PROPERTY[order.field]}`;
  const conditions = [`${sort} IS NOT NULL`];
  // An event overlapping the window started at most maxEventSpanYears before it: this lower bound
  // turns "everything that started before `to`" into a bounded index range.
  if (filter.periodFrom !== undefined) conditions.push("n.dateStart >= earliestStart");
  if (filter.nameContains !== undefined) {
    conditions.push("(n.sortName CONTAINS $nameContains OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS $nameContains))");
  }
  if (filter.kind !== undefined) conditions.push("n.kind = $kind");
  if (filter.linkedTo?.length) conditions.push("all(other IN $linkedTo WHERE EXISTS { (n)--(:Entity {id: other}) })");
  if (filter.periodFrom !== undefined) conditions.push("n.dateEnd >= $periodFrom");
  if (filter.periodTo !== undefined) conditions.push("n.dateStart <= $periodTo");
  if (hasCursor) {
    const [cmp, idCmp] = order.direction === "ASC" ? [">=", "<="] : ["<=", ">="];
    conditions.push(`${sort} ${cmp} $cursorKey AND NOT (${sort} = $cursorKey AND n.id ${idCmp} $cursorId)`);
  }
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

/** One page: `first + 1` rows are read so the caller knows whether another page follows. */
export const listPage = (label: EntityLabel, filter: ListFilter, order: ListOrder, first: number, after?: ListCursor) =>
  cypher<{ entity: EntityRow; sortKey: string }>(
    `list ${label}`,
    /* cypher */ `${spanPrologue(filter)}
    MATCH (n:${labelText(label)})
    WHERE ${whereClause(filter, order, after !== undefined)}
    RETURN ${entitySummaryProjection("n")} AS entity, n.${SORT_PROPERTY[order.field]} AS sortKey
    ORDER BY n.${SORT_PROPERTY[order.field]} ${order.direction}, n.id ${order.direction}
    LIMIT $limit`,
    { ...filter, limit: first + 1, cursorKey: after?.sortKey, cursorId: after?.id },
  );

/** Size of the whole filtered list; only run when a client selects totalCount. */
export const listCount = (label: EntityLabel, filter: ListFilter, order: ListOrder) =>
  cypher<{ total: number }>(
    `count ${label}`,
    /* cypher */ `${spanPrologue(filter)}
    MATCH (n:${labelText(label)})
    WHERE ${whereClause(filter, order, false)}
    RETURN count(n) AS total`,
    { ...filter },
  );
