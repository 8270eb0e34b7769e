import { labelOf, type EdgeView, type EntityView, type LinkView } from "../domain";
import { shownProperties } from "../domain/properties";
import type { PlannedRow, ReadPlan } from "../graph/compile";
import type { EntityRow } from "../graph/queries/entity.queries";
import type { LinkRow } from "../graph/queries/link.queries";
import type { PathRelationshipRow } from "../graph/queries/path.queries";
import { toSources } from "../graph/records";

export function toEntity(row: EntityRow): EntityView {
  return {
    id: row.id,
    label: labelOf(row.id),
    name: row.name,
    sources: row.sourceQuotes ? toSources({ sourceSections: row.sourceSections ?? [], sourceQuotes: row.sourceQuotes }) : undefined,
    ...shownProperties(row),
  };
}

/**
 * An entity with what its plan read attached under each entry's response key. `plan` is the plan
 * the row was read with (its entries in the row's order); influence answers are cut to `limit`.
 */
export function toPlannedEntity(row: PlannedRow | (Pick<PlannedRow, "entity"> & Partial<PlannedRow>), plan: ReadPlan, limit: number): EntityView {
  const entity = toEntity(row.entity);
  if (!plan.links.length && !plan.influence.length) return entity;
  const prefetched: Record<string, LinkView[] | EntityView[]> = {};
  plan.links.forEach(({ key }, i) => {
    const rows = row.links?.[i];
    if (rows) prefetched[key] = rows.map(toLink);
  });
  plan.influence.forEach(({ key }, i) => {
    const rows = row.influence?.[i];
    if (rows) prefetched[key] = rows.slice(0, limit).map(toEntity);
  });
  return { ...entity, prefetched };
}

export function toLink(row: LinkRow): LinkView {
  return {
    key: row.id,
    type: row.type,
    direction: row.outgoing ? "OUTGOING" : "INCOMING",
    node: toEntity(row.node),
    role: row.role ?? null,
    date: row.date ?? null,
    dateQualifier: (row.dateQualifier ?? null) as LinkView["dateQualifier"],
    note: row.note ?? null,
    sources: toSources(row),
    via: row.via ? toEntity(row.via) : null,
  };
}

export function toEdge(row: PathRelationshipRow): EdgeView {
  return { id: row.id, type: row.type, from: row.from, to: row.to, role: row.role ?? null, date: row.date ?? null, sources: toSources(row) };
}
