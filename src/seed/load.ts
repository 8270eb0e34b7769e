import crypto from "node:crypto";
import type { GraphGateway } from "../graph/run";
import {
  awaitIndexes,
  deleteNodesNotIn,
  deleteRelationshipsNotIn,
  deleteTimelineEntriesNotIn,
  mergeNodes,
  mergeRelationships,
  recordEventSpan,
  recordSeed,
  schemaStatements,
  seedHash,
  type NodeRow,
  type RelationshipRow,
} from "../graph/queries/seed.queries";
import { labelCounts, relationshipCounts } from "../graph/queries/stats.queries";
import { searchKey } from "../search-text";
import { storedProperties } from "../domain/properties";
import { dateOrdinal, periodEnd, periodStart, spanClass } from "../dates";
import { ENTITY_LABELS, labelOf, relationshipKey, type NodeEntry, type RelationshipEntry } from "../domain/vocabulary";
import type { Dataset } from "./validate";

const BATCH_SIZE = 500;

export type GraphCounts = { labels: Record<string, number>; relationships: Record<string, number> };
export type SeedOutcome = { skipped: boolean; hash: string; counts: GraphCounts };

/**
 * Writes a validated dataset: constraints and indexes first, then every node and relationship in
 * batched UNWIND ... MERGE statements inside one transaction, so a failure leaves the previous graph
 * intact. Entries no longer in the files are removed: after a seed the graph equals the files.
 * With `onlyIfChanged`, a database already holding this exact dataset is left untouched.
 */
export async function loadDataset(graph: GraphGateway, dataset: Dataset, options: { onlyIfChanged?: boolean; timeoutMs?: number } = {}): Promise<SeedOutcome> {
  // Schema statements and the seed transaction get their own, longer timeout (SEED_TIMEOUT_MS):
  // the read timeout is sized for queries, not for building indexes.
  const timeoutMs = options.timeoutMs ?? 120_000;
  const hash = datasetHash(dataset);
  if (options.onlyIfChanged) {
    const [current] = await graph.read(seedHash(), { timeoutMs });
    if (current?.hash === hash) return { skipped: true, hash, counts: await graphCounts(graph, timeoutMs) };
  }

  for (const statement of schemaStatements(ENTITY_LABELS)) await graph.writeSchema(statement, timeoutMs);
  await graph.write(awaitIndexes(), { timeoutMs });

  const nodeRows = dataset.nodes.map(toNodeRow);
  const relRows = dataset.relationships.map(toRelationshipRow);
  await graph.writeAll([
    ...batches(nodeRows).map(mergeNodes),
    ...batches(relRows).flatMap(mergeRelationships),
    deleteRelationshipsNotIn(relRows.map((r) => r.key)),
    deleteNodesNotIn(nodeRows.map((n) => n.id)),
    deleteTimelineEntriesNotIn([...nodeRows.filter((n) => n.entry).map((n) => n.id), ...relRows.filter((r) => r.entry).map((r) => r.key)]),
    recordSeed(hash),
    recordEventSpan(),
  ], timeoutMs);
  return { skipped: false, hash, counts: await graphCounts(graph, timeoutMs) };
}

export async function graphCounts(graph: GraphGateway, timeoutMs?: number): Promise<GraphCounts> {
  const [labels, relationships] = await Promise.all([graph.read(labelCounts(), { timeoutMs }), graph.read(relationshipCounts(), { timeoutMs })]);
  return {
    labels: Object.fromEntries(labels.map((r) => [r.label, r.count])),
    relationships: Object.fromEntries(relationships.map((r) => [r.type, r.count])),
  };
}

/**
 * Version of what the seed writes for the same files: raising it re-seeds existing databases.
 * 2: events carry startOrd, endOrd and spanClass. 3: SeedInfo.spanClassWidths. 4: searchKeys, quantities, dateQualifier.
 * 5: TimelineEntry nodes for dated events and relationships, SeedInfo.entrySpanClassWidths.
 * 6: TimelineEntry indexes composite with the id.
 */
const SEED_FORMAT = 6;

/** Stable fingerprint of the data and the seed's format: the same files always give the same hash. */
export function datasetHash(dataset: Dataset): string {
  return crypto.createHash("sha256").update(JSON.stringify([SEED_FORMAT, dataset.nodes, dataset.relationships])).digest("hex").slice(0, 16);
}

/** The properties of one node exactly as the seed writes them (the benchmark loader reuses this). */
export function toNodeRow(node: NodeEntry): NodeRow {
  return {
    id: node.id,
    label: labelOf(node.id),
    props: {
      id: node.id,
      name: node.name,
      ...storedProperties(node),
      // Full-text indexes read strings, so the aliases are also kept as one searchable text.
      aliasText: node.aliases.join(" | "),
      // Name and aliases as exact-match keys, so an exact name or alias ranks first in search.
      searchKeys: [...new Set([node.name, ...node.aliases].map(searchKey))],
      sourceSections: node.sources.map((s) => s.section),
      sourceQuotes: node.sources.map((s) => s.quote),
      // Lower-cased name for index-backed ordering and keyset pagination by name.
      sortName: node.name.toLowerCase(),
      dateStart: node.date ? periodStart(node.date) : null,
      dateEnd: node.date ? periodEnd(node.endDate ?? node.date) : null,
      ...periodKeys(node),
    },
    entry: node.date && labelOf(node.id) === "Event" ? timelineEntry(node.id, node.date, node.endDate, { from: node.id, fromLabel: "Event" }) : null,
  };
}

/**
 * The timeline entry of a dated event or relationship: its period keys and what the timeline's
 * filters read (ends, their labels, the relationship type). See src/graph/queries/timeline.queries.ts.
 */
function timelineEntry(id: string, date: string, endDate: string | undefined, about: Record<string, string>): Record<string, unknown> {
  const dateStart = periodStart(date);
  const dateEnd = periodEnd(endDate ?? date);
  const startOrd = dateOrdinal(dateStart);
  const endOrd = dateOrdinal(dateEnd);
  return { id, dateStart, dateEnd, startOrd, endOrd, spanClass: spanClass(startOrd, endOrd), ...about };
}

/** Numeric period bounds and span class, indexed for time-window queries (see list.queries.ts). */
function periodKeys(node: NodeEntry): { startOrd: number | null; endOrd: number | null; spanClass: number | null } {
  if (!node.date) return { startOrd: null, endOrd: null, spanClass: null };
  const startOrd = dateOrdinal(periodStart(node.date));
  const endOrd = dateOrdinal(periodEnd(node.endDate ?? node.date));
  return { startOrd, endOrd, spanClass: spanClass(startOrd, endOrd) };
}

/** The properties of one relationship exactly as the seed writes them. */
export function toRelationshipRow(rel: RelationshipEntry): RelationshipRow {
  const key = relationshipKey(rel);
  return {
    key,
    from: rel.from,
    to: rel.to,
    type: rel.type,
    props: {
      key,
      role: rel.role ?? null,
      date: rel.date ?? null,
      dateQualifier: rel.dateQualifier ?? null,
      note: rel.note ?? null,
      sourceSections: rel.sources.map((s) => s.section),
      sourceQuotes: rel.sources.map((s) => s.quote),
    },
    entry: rel.date
      ? timelineEntry(key, rel.date, undefined, { from: rel.from, to: rel.to, fromLabel: labelOf(rel.from), toLabel: labelOf(rel.to), type: rel.type })
      : null,
  };
}

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) out.push(rows.slice(i, i + BATCH_SIZE));
  return out;
}
