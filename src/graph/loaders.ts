import DataLoader from "dataloader";
import { compileLookup, planKey, shapeOf, type InfluenceEntry, type LinkEntry, type PlannedRow, type ReadPlan } from "./compile";
import { entitiesByIds, type EntityRow } from "./queries/entity.queries";
import { influenceBatch } from "./queries/influence.queries";
import { linksBatch, type LinkRow } from "./queries/link.queries";
import type { GraphGateway } from "./run";
import { MAX_INFLUENCE_RESULTS } from "../bounds";

export type Loaders = {
  entityById: DataLoader<string, EntityRow | null>;
  /** Root lookups by id with their plan: all of one request's lookups with the same plan in one statement. */
  planned: DataLoader<{ id: string; plan: ReadPlan }, PlannedRow | null, string>;
  links: DataLoader<{ id: string; link: LinkEntry }, LinkRow[], string>;
  influence: DataLoader<{ id: string; influence: InfluenceEntry }, EntityRow[], string>;
};

/**
 * Per-request DataLoaders: every relationship field a query touches at one depth is collected into
 * one UNWIND statement, so round trips grow with the query's depth, not with its result size.
 * Their cache keys are their own: nothing outside primes them.
 */
export function createLoaders(graph: GraphGateway): Loaders {
  return {
    entityById: new DataLoader(async (ids) => {
      const rows = await graph.read(entitiesByIds([...ids]));
      const byId = new Map(rows.map((row) => [row.entity.id, row.entity]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    // Thirty aliased `node(id:)` fields with the same selection are one statement, not thirty.
    planned: new DataLoader(
      async (requests) => {
        const answers = new Map<string, PlannedRow>();
        await Promise.all(
          [...groupBy(requests, (r) => planKey(r.plan))].map(async ([key, group]) => {
            const rows = await graph.read(compileLookup([...new Set(group.map((r) => r.id))], group[0].plan));
            for (const row of rows) answers.set(lookupKey(row.entity.id, key), row);
          }),
        );
        return requests.map((r) => answers.get(lookupKey(r.id, planKey(r.plan))) ?? null);
      },
      { cacheKeyFn: (r) => lookupKey(r.id, planKey(r.plan)) },
    ),

    links: new DataLoader(
      async (requests) => {
        const { query, shapeIndex } = linksBatch(requests);
        const byKey = new Map<string, LinkRow[]>();
        for (const row of await graph.read(query)) byKey.set(JSON.stringify([row.id, row.shape]), row.links);
        return requests.map((request) => byKey.get(JSON.stringify([request.id, shapeIndex(request)])) ?? []);
      },
      { cacheKeyFn: ({ id, link }) => JSON.stringify([id, shapeOf(link)]) },
    ),

    influence: new DataLoader(
      async (requests) => {
        // One statement per (depth, direction, fields) present in the batch; usually exactly one.
        const answers = new Map<string, EntityRow[]>();
        await Promise.all(
          [...groupBy(requests, (r) => JSON.stringify(shapeOf(r.influence)))].map(async ([shapeKey, group]) => {
            const { depth, outgoing, fields } = group[0].influence;
            const rows = await graph.read(influenceBatch([...new Set(group.map((r) => r.id))], depth, outgoing, MAX_INFLUENCE_RESULTS, fields));
            for (const row of rows) answers.set(JSON.stringify([row.id, shapeKey]), row.reached);
          }),
        );
        return requests.map((r) => answers.get(JSON.stringify([r.id, JSON.stringify(shapeOf(r.influence))])) ?? []);
      },
      { cacheKeyFn: ({ id, influence }) => JSON.stringify([id, JSON.stringify(shapeOf(influence))]) },
    ),
  };
}

/** An id with its plan's key: a JSON text holds no raw NUL, so the first one ends the key. */
const lookupKey = (id: string, planKey: string) => `${planKey}\u0000${id}`;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
