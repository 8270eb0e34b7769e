import type { EntityLabel, EntityView, LinkView } from "../domain";
import type { Loaders } from "../graph/loaders";
import type { RelationshipCatalogue } from "./catalogue";
import { checkRange } from "./input-checks";
import { toEntity, toLink } from "./views";

export type LinkDirectionArg = "OUTGOING" | "INCOMING" | "BOTH";
export const MAX_LINKS = 500;
export const MAX_INFLUENCE_DEPTH = 5;

export type LinkQuery = {
  label?: EntityLabel | null;
  types?: readonly string[] | null;
  direction?: LinkDirectionArg;
  first?: number | null;
};

/** An entity's relationships, batched across the whole request through the links DataLoader. */
export class LinkService {
  constructor(
    private readonly loaders: Loaders,
    private readonly catalogue: RelationshipCatalogue,
  ) {}

  async links(entityId: string, query: LinkQuery): Promise<LinkView[]> {
    const types = this.catalogue.checkTypes("types", query.types);
    const first = checkRange("first", query.first ?? MAX_LINKS, 1, MAX_LINKS);
    const label = query.label ?? null;
    const direction = query.direction ?? "BOTH";
    const key = JSON.stringify([entityId, label, types, direction, first]);
    const rows = await this.loaders.links.load({ key, id: entityId, label, types, direction, first });
    return rows.map(toLink);
  }

  /** Movements reachable over INSPIRED within `depth` hops, each once, nearest first. */
  async influence(movementId: string, depth: number, outgoing: boolean): Promise<EntityView[]> {
    checkRange("depth", depth, 1, MAX_INFLUENCE_DEPTH);
    const rows = await this.loaders.influence.load({ id: movementId, depth, outgoing });
    return rows.map((row) => toEntity(row.movement));
  }
}
