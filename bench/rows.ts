import type { NodeRow, RelationshipRow } from "../src/graph/queries/seed.queries";
import { toNodeRow, toRelationshipRow } from "../src/seed/load";
import type { NodeEntry, RelationshipEntry } from "../src/domain/vocabulary";

/**
 * Synthetic entries become rows through the seed path's own row builders (src/seed/load.ts), so every
 * property it writes (aliasText, sortName, dateStart, dateEnd ...) is written the same way here.
 */
export type SyntheticNode = NodeEntry;
export type SyntheticRelationship = RelationshipEntry;

export const nodeRow = (node: SyntheticNode): NodeRow => toNodeRow(node);
export const relationshipRow = (rel: SyntheticRelationship): RelationshipRow => toRelationshipRow(rel);
