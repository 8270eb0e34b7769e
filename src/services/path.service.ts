import type { EdgeView, EntityView } from "../domain";
import { NotFoundError } from "../errors";
import type { Loaders } from "../graph/loaders";
import { shortestPathsBetween, type PathRow, type PathSelection } from "../graph/queries/path.queries";
import type { EntityLabel } from "../domain";
import { BadUserInputError } from "../errors";
import type { RelationshipCatalogue } from "./catalogue";
import type { GraphGateway } from "../graph/run";
import { checkEntityId, checkRange } from "./input-checks";
import { toEdge, toEntity } from "./views";
import { MAX_AVOID, MAX_PATHS, MAX_PATH_HOPS, PATH_CANDIDATES } from "../bounds";

/**
 * Kinds of entity a path passes through unless `entityTypes` says otherwise: platforms and topics
 * (Facebook, the Internet, hashtag activism) join unrelated things, so "both used Facebook" is not
 * a connection worth citing. The ends may be of any kind.
 */
export const DEFAULT_PATH_THROUGH: EntityLabel[] = ["Actor", "Movement", "Hashtag", "Event"];

export type PathOptions = {
  relationshipTypes?: string[] | null;
  entityTypes?: EntityLabel[] | null;
  avoid?: string[] | null;
  maxDegree?: number | null;
  /** What the answer reads (everything when omitted). */
  selection?: PathSelection;
};

/** One hop of a path, oriented along the path: `forward` is false when the arrow points back. */
export type PathStepView = { from: EntityView; to: EntityView; forward: boolean; edge: EdgeView };
export type PathView = { length: number; nodes: EntityView[]; steps: PathStepView[] };

export class PathService {
  constructor(
    private readonly graph: GraphGateway,
    private readonly loaders: Loaders,
    private readonly catalogue: RelationshipCatalogue,
  ) {}

  /** The best-ranked shortest path (see `paths`); null when none exists within `maxHops`. */
  async shortestPath(from: string, to: string, maxHops: number, options: PathOptions = {}): Promise<PathView | null> {
    const [best] = await this.shortestPaths(from, to, maxHops, options, 1);
    return best ?? null;
  }

  /**
   * Up to `k` distinct shortest paths ignoring direction, through inner nodes of the allowed kinds
   * (DEFAULT_PATH_THROUGH by default), never through `avoid`, nor above `maxDegree` links; ranked
   * so that paths through low-degree (specific) entities come first.
   */
  async shortestPaths(from: string, to: string, maxHops: number, options: PathOptions, k: number): Promise<PathView[]> {
    checkEntityId("from", from);
    checkEntityId("to", to);
    checkRange("maxHops", maxHops, 1, MAX_PATH_HOPS);
    checkRange("k", k, 1, MAX_PATHS);
    const avoid = options.avoid ?? [];
    if (avoid.length > MAX_AVOID) throw new BadUserInputError(`avoid takes at most ${MAX_AVOID} ids.`, "avoid");
    for (const id of avoid) checkEntityId("avoid", id);
    if (options.maxDegree != null) checkRange("maxDegree", options.maxDegree, 1, 1_000_000);
    const types = this.catalogue.checkTypes("relationshipTypes", options.relationshipTypes);
    if (options.entityTypes && options.entityTypes.length === 0) throw new BadUserInputError("entityTypes must not be empty.", "entityTypes");
    if (from === to) {
      const row = await this.loaders.entityById.load(from);
      if (!row) throw new NotFoundError("from", from);
      return [{ length: 0, nodes: [toEntity(row)], steps: [] }];
    }
    const filter = { types, labels: options.entityTypes ?? DEFAULT_PATH_THROUGH, avoid, maxDegree: options.maxDegree ?? null };
    const [row] = await this.graph.read(shortestPathsBetween(from, to, maxHops, filter, k, PATH_CANDIDATES, options.selection));
    if (!row.fromExists) throw new NotFoundError("from", from);
    if (!row.toExists) throw new NotFoundError("to", to);
    return row.paths.map(toPath);
  }
}

function toPath(row: PathRow): PathView {
  const nodes = row.nodes.map(toEntity);
  const steps = row.relationships.map((rel, i) => {
    const edge = toEdge(rel);
    return { from: nodes[i], to: nodes[i + 1], forward: edge.from === nodes[i].id, edge };
  });
  return { length: steps.length, nodes, steps };
}
