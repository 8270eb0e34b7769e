import { FULL_LINK_SELECTION, type EntityLabel, type EntityView, type LinkSelection, type LinkView } from "../domain";
import { INFLUENCE_LIMIT, type Loaders } from "../graph/loaders";
import type { RelationshipCatalogue } from "./catalogue";
import { checkRange } from "./input-checks";
import { toEntity, toLink } from "./views";

export type LinkDirectionArg = "OUTGOING" | "INCOMING" | "BOTH";
export const MAX_LINKS = 500;
export const DEFAULT_LINKS = 100;
export const MAX_INFLUENCE_DEPTH = 5;
/** Influence answers stop at this many movements, nearest first, so their cost is bounded. */
export const MAX_INFLUENCE_RESULTS = INFLUENCE_LIMIT;

export type LinkQuery = {
  label?: EntityLabel | null;
  types?: readonly string[] | null;
  direction?: LinkDirectionArg;
  first?: number | null;
  /** What the caller reads of each link; everything when absent. */
  selection?: LinkSelection;
};

/** An entity's relationships, batched across the whole request through the links DataLoader. */
export class LinkService {
  constructor(
    private readonly loaders: Loaders,
    private readonly catalogue: RelationshipCatalogue,
  ) {}

  async links(entityId: string, query: LinkQuery): Promise<LinkView[]> {
    const types = this.catalogue.checkTypes("types", query.types);
    const first = checkRange("first", query.first ?? DEFAULT_LINKS, 1, MAX_LINKS);
    const label = query.label ?? null;
    const direction = query.direction ?? "BOTH";
    const selection = query.selection ?? FULL_LINK_SELECTION;
    const key = JSON.stringify([entityId, label, types, direction, first, selection.sources, selection.nodeDetail]);
    const rows = await this.loaders.links.load({ key, id: entityId, label, types, direction, first, selection });
    return rows.map(toLink);
  }

  /** Movements reachable over INSPIRED within `depth` hops, each once, nearest first. */
  async influence(movementId: string, depth: number, outgoing: boolean): Promise<EntityView[]> {
    checkRange("depth", depth, 1, MAX_INFLUENCE_DEPTH);
    const rows = await this.loaders.influence.load({ id: movementId, depth, outgoing });
    return rows.slice(0, MAX_INFLUENCE_RESULTS).map((row) => toEntity(row.movement));
  }
}
