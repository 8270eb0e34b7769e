import { ENTITY_LABELS, type EntityLabel } from "../../domain";
import { cypher } from "../run";
import type { StoredSources } from "../records";

/** An entity row as every query returns it (see `entityProjection`). */
export type EntityRow = StoredSources & {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[] | null;
  description: string;
  note: string | null;
  kind: string | null;
  date: string | null;
  endDate: string | null;
};

/**
 * A label as Cypher text. Labels come from our closed list, never from a client's string; static
 * labels (unlike `$(...)`) let the planner use the per-label indexes.
 */
export function labelText(label: EntityLabel): string {
  if (!ENTITY_LABELS.includes(label)) throw new Error(`not an entity label: ${String(label)}`);
  return label;
}

/** Map projection of an entity node bound to `variable`; fixed text, shared by every read. */
export function entityProjection(variable: string): string {
  return `${variable} { .id, .name, .aliases, .description, .sourceSections, .sourceQuotes, .note, .kind, .date, .endDate, label: [l IN labels(${variable}) WHERE l <> 'Entity'][0] }`;
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
