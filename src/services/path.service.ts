import type { EdgeView, EntityView } from "../domain";
import { NotFoundError } from "../errors";
import type { Loaders } from "../graph/loaders";
import { MAX_PATH_HOPS, shortestPathBetween } from "../graph/queries/path.queries";
import type { GraphGateway } from "../graph/run";
import { checkEntityId, checkRange } from "./input-checks";
import { toEdge, toEntity } from "./views";

export { MAX_PATH_HOPS };

/** One hop of a path, oriented along the path: `forward` is false when the arrow points back. */
export type PathStepView = { from: EntityView; to: EntityView; forward: boolean; edge: EdgeView };
export type PathView = { length: number; nodes: EntityView[]; steps: PathStepView[] };

export class PathService {
  constructor(
    private readonly graph: GraphGateway,
    private readonly loaders: Loaders,
  ) {}

  /** A shortest path ignoring direction; null when none exists within `maxHops`. */
  async shortestPath(from: string, to: string, maxHops: number): Promise<PathView | null> {
    checkEntityId("from", from);
    checkEntityId("to", to);
    checkRange("maxHops", maxHops, 1, MAX_PATH_HOPS);
    if (from === to) {
      const row = await this.loaders.entityById.load(from);
      if (!row) throw new NotFoundError("from", from);
      return { length: 0, nodes: [toEntity(row)], steps: [] };
    }
    const [row] = await this.graph.read(shortestPathBetween(from, to, maxHops));
    if (!row.fromExists) throw new NotFoundError("from", from);
    if (!row.toExists) throw new NotFoundError("to", to);
    if (!row.nodes || !row.relationships) return null;
    const nodes = row.nodes.map(toEntity);
    const steps = row.relationships.map((rel, i) => {
      const edge = toEdge(rel);
      return { from: nodes[i], to: nodes[i + 1], forward: edge.from === nodes[i].id, edge };
    });
    return { length: steps.length, nodes, steps };
  }
}
