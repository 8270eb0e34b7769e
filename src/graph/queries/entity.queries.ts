import { ALL_ENTITY_FIELDS, ENTITY_LABELS, OPTIONAL_ENTITY_PROPERTIES, type EntityFields, type EntityLabel } from "../../domain";
import { cypher } from "../run";
import type { StoredSources } from "../records";
import type { StoredProperties } from "../../domain/properties";

/**
 * An entity row as every query returns it (see `entityProjection`). Sources are absent from
 * summaries (`entitySummaryMap`): they are the bulk of an entity and loaded only when asked. No
 * label: an entity's label is its id's prefix (`labelOf`), so no statement reads labels back.
 */
export type EntityRow = Partial<StoredSources> &
  StoredProperties & {
    id: string;
    name: string;
  };

/**
 * A label as Cypher text. Labels come from our closed list, never from a client's string; static
 * labels (unlike `$(...)`) let the planner use the per-label indexes.
 */
export function labelText(label: EntityLabel): string {
  if (!ENTITY_LABELS.includes(label)) throw new Error(`not an entity label: ${String(label)}`);
  return label;
}

/** Map projection of an entity node bound to `variable`, with its sources; fixed text. */
export function entityProjection(variable: string): string {
  const properties = ["id", "name", "sourceSections", "sourceQuotes", ...OPTIONAL_ENTITY_PROPERTIES].map((p) => `.${p}`).join(", ");
  return `${variable} { ${properties} }`;
}

/**
 * The summary (no sources) as a map literal, for entities returned in bulk (links, lists, rings,
 * hits). `node` may be a variable or an expression (`x.m`).
 * `want` says which optional properties to read:
 * - an EntityFields value: only those keys are written into the text (names from our closed
 *   list), so a row carries no key it was not asked for; with `sources`, the sources too;
 * - a Cypher expression for such a map (`req.node`), when one statement serves several
 *   selections: every key is there, the unwanted ones null.
 */
export function entitySummaryMap(node: string, want: EntityFields | string = ALL_ENTITY_FIELDS, sources = false, anyWants: EntityFields = ALL_ENTITY_FIELDS): string {
  // A parameter `want` decides per row (CASE); properties no row can want are left out of the text.
  const optional =
    typeof want === "string"
      ? OPTIONAL_ENTITY_PROPERTIES.filter((p) => anyWants[p]).map((p) => `${p}: CASE WHEN ${want}.${p} THEN ${node}.${p} END`)
      : OPTIONAL_ENTITY_PROPERTIES.filter((p) => want[p]).map((p) => `${p}: ${node}.${p}`);
  if (sources) optional.push(`sourceSections: ${node}.sourceSections`, `sourceQuotes: ${node}.sourceQuotes`);
  return `{ ${[`id: ${node}.id`, `name: ${node}.name`, ...optional].join(", ")} }`;
}

export const entitiesByIds = (ids: string[]) =>
  cypher<{ entity: EntityRow }>(
    "entities by ids",
    /* cypher */ `
    UNWIND $ids AS id
    MATCH (n:Entity {id: id})
    RETURN ${entityProjection("n")} AS entity`,
    { ids },
  );

/**
 * Case-insensitive lookup of one label by name or alias. Exact id matches win, then names, then
 * aliases; ties break by id so the answer is stable.
 */
export const entityByNameOrAlias = (label: EntityLabel, key: string) =>
  cypher<{ entity: EntityRow }>(
    "entity by name or alias",
    /* cypher */ `
    MATCH (n:${labelText(label)})
    WHERE toLower(n.name) = $key OR any(alias IN n.aliases WHERE toLower(alias) = $key)
    RETURN ${entityProjection("n")} AS entity
    ORDER BY CASE WHEN toLower(n.name) = $key THEN 0 ELSE 1 END, n.id
    LIMIT 1`,
    { key },
  );
