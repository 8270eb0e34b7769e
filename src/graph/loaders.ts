import DataLoader from "dataloader";
import type { EntityFields } from "../domain";
import { entitiesByIds, type EntityRow } from "./queries/entity.queries";
import { influenceBatch } from "./queries/influence.queries";
import { linksBatch, type LinkRequest, type LinkRow } from "./queries/link.queries";
import type { GraphGateway } from "./run";
import { MAX_INFLUENCE_RESULTS } from "../bounds";

export type InfluenceRequest = { id: string; depth: number; outgoing: boolean; fields: EntityFields };
export type InfluenceRow = { distance: number; movement: EntityRow };

export type Loaders = {
  entityById: DataLoader<string, EntityRow | null>;
  links: DataLoader<LinkRequest, LinkRow[], string>;
  influence: DataLoader<InfluenceRequest, InfluenceRow[], string>;
};

/**
 * Per-request DataLoaders: every relationship field a query touches at one depth is collected into
 * one UNWIND statement, so round trips grow with the query's depth, not with its result size.
 */
export function createLoaders(graph: GraphGateway): Loaders {
  return {
    entityById: new DataLoader(async (ids) => {
      const rows = await graph.read(entitiesByIds([...ids]));
      const byId = new Map(rows.map((row) => [row.entity.id, row.entity]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    links: new DataLoader(
      async (requests) => {
        const { query, keysOf } = linksBatch([...requests]);
        const byKey = new Map<string, LinkRow[]>();
        for (const row of await graph.read(query)) for (const key of keysOf(row)) byKey.set(key, row.links);
        return requests.map((request) => byKey.get(request.key) ?? []);
      },
      { cacheKeyFn: (request) => request.key },
    ),

    influence: new DataLoader<InfluenceRequest, InfluenceRow[], string>(
      async (requests) => {
        // One statement per (depth, direction, fields) present in the batch; usually exactly one.
        const groups = new Map<string, InfluenceRequest[]>();
        for (const request of requests) {
          const group = JSON.stringify([request.depth, request.outgoing, request.fields]);
          groups.set(group, [...(groups.get(group) ?? []), request]);
        }
        const answers = new Map<string, InfluenceRow[]>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const { depth, outgoing, fields } = group[0];
            const rows = await graph.read(influenceBatch([...new Set(group.map((r) => r.id))], depth, outgoing, MAX_INFLUENCE_RESULTS, fields));
            for (const row of rows) answers.set(influenceKey({ id: row.id, depth, outgoing, fields }), row.reached);
          }),
        );
        return requests.map((r) => answers.get(influenceKey(r)) ?? []);
      },
      { cacheKeyFn: influenceKey },
    ),
  };
}

function influenceKey(request: InfluenceRequest): string {
  return JSON.stringify([request.id, request.depth, request.outgoing, request.fields]);
}
