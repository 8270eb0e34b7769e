import type { EdgeView, EntityView } from "../domain";
import { NotFoundError } from "../errors";
import type { Loaders } from "../graph/loaders";
import { neighboursOf, relationshipsAmong } from "../graph/queries/neighborhood.queries";
import type { GraphGateway } from "../graph/run";
import { checkEntityId, checkRange } from "./input-checks";
import { toEdge, toEntity } from "./views";

export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_NEIGHBORHOOD_LIMIT = 500;
/** Edges returned stop at this many per node returned; `truncated` says when that cut some. */
export const EDGES_PER_NODE = 4;

export type SubgraphView = { nodes: EntityView[]; edges: EdgeView[]; truncated: boolean };

/**
 * A breadth-first neighbourhood: ring by ring, one bounded query per ring, so a hub with thousands
 * of links cannot blow up the way a variable-length pattern over all paths would.
 */
export class NeighborhoodService {
  constructor(
    private readonly graph: GraphGateway,
    private readonly loaders: Loaders,
  ) {}

  async neighborhood(id: string, depth: number, limit: number): Promise<SubgraphView> {
    checkEntityId("id", id);
    checkRange("depth", depth, 1, MAX_NEIGHBORHOOD_DEPTH);
    checkRange("limit", limit, 1, MAX_NEIGHBORHOOD_LIMIT);
    const center = await this.loaders.entityById.load(id);
    if (!center) throw new NotFoundError("id", id);

    const nodes: EntityView[] = [toEntity(center)];
    let frontier = [id];
    let truncated = false;
    for (let ring = 1; ring <= depth && frontier.length > 0 && !truncated; ring++) {
      const room = limit - nodes.length;
      // One row more than there is room for tells whether the answer was cut at `limit`.
      const rows = await this.graph.read(neighboursOf(frontier, nodes.map((n) => n.id), room + 1));
      truncated = rows.length > room;
      const next = rows.slice(0, room).map((row) => toEntity(row.entity));
      nodes.push(...next);
      frontier = next.map((n) => n.id);
    }
    const edgeCap = EDGES_PER_NODE * nodes.length;
    const rows = await this.graph.read(relationshipsAmong(nodes.map((n) => n.id), edgeCap + 1));
    const edges = rows.slice(0, edgeCap).map((row) => toEdge(row.relationship));
    return { nodes, edges, truncated: truncated || rows.length > edgeCap };
  }
}
