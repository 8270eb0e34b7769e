import { ALL_ENTITY_FIELDS, type EdgeView, type EntityFields, type EntityView } from "../domain";
import { NotFoundError } from "../errors";
import { neighborhoodOf } from "../graph/queries/neighborhood.queries";
import { ALL_EDGE_FIELDS, type EdgeFields } from "../graph/queries/path.queries";
import type { GraphGateway } from "../graph/run";
import { BadUserInputError } from "../errors";
import type { RelationshipCatalogue } from "./catalogue";
import { checkEntityId, checkRange } from "./input-checks";
import { type PathOptions } from "./path.service";
import { toEdge, toEntity } from "./views";
import { EDGES_PER_NODE, MAX_AVOID, MAX_NEIGHBORHOOD_DEPTH, MAX_NEIGHBORHOOD_LIMIT } from "../bounds";

export type SubgraphView = { nodes: EntityView[]; edges: EdgeView[]; truncated: boolean };

/**
 * A breadth-first neighbourhood, ring by ring, each ring capped, so a hub with thousands of links
 * cannot blow up the way a variable-length pattern over all paths would. One round trip.
 */
export class NeighborhoodService {
  constructor(
    private readonly graph: GraphGateway,
    private readonly catalogue: RelationshipCatalogue,
  ) {}

  async neighborhood(id: string, depth: number, limit: number, fields: EntityFields = ALL_ENTITY_FIELDS, edge: EdgeFields = ALL_EDGE_FIELDS, options: PathOptions = {}): Promise<SubgraphView> {
    checkEntityId("id", id);
    checkRange("depth", depth, 1, MAX_NEIGHBORHOOD_DEPTH);
    checkRange("limit", limit, 1, MAX_NEIGHBORHOOD_LIMIT);
    if ((options.avoid?.length ?? 0) > MAX_AVOID) throw new BadUserInputError(`avoid takes at most ${MAX_AVOID} ids.`, "avoid");
    for (const other of options.avoid ?? []) checkEntityId("avoid", other);
    if (options.maxDegree != null) checkRange("maxDegree", options.maxDegree, 1, 1_000_000);
    const filter = {
      types: this.catalogue.checkTypes("relationshipTypes", options.relationshipTypes),
      labels: options.entityTypes ?? null,
      avoid: options.avoid ?? null,
      maxDegree: options.maxDegree ?? null,
    };
    const [row] = await this.graph.read(neighborhoodOf(id, depth, limit, EDGES_PER_NODE, fields, edge, filter));
    if (!row) throw new NotFoundError("id", id);
    return { nodes: row.nodes.map(toEntity), edges: row.edges.map(toEdge), truncated: row.truncated };
  }
}
