import type { EdgeView, EntityView, LinkView } from "../domain";
import { shownProperties } from "../domain/properties";
import type { EntityRow } from "../graph/queries/entity.queries";
import type { LinkRow } from "../graph/queries/link.queries";
import type { PathRelationshipRow } from "../graph/queries/path.queries";
import { toSources } from "../graph/records";

export function toEntity(row: EntityRow): EntityView {
  return {
    id: row.id,
    label: row.label,
    name: row.name,
    sources: row.sourceQuotes ? toSources({ sourceSections: row.sourceSections ?? [], sourceQuotes: row.sourceQuotes }) : undefined,
    ...shownProperties(row),
  };
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
