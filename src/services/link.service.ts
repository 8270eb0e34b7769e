import { ALL_ENTITY_FIELDS, FULL_LINK_SELECTION, type EntityFields, type EntityLabel, type EntityView, type LinkSelection, type LinkView } from "../domain";
import type { Loaders } from "../graph/loaders";
import type { LinkShape } from "../graph/queries/link.queries";
import type { Prefetch, Prefetched } from "../graph/queries/prefetch.queries";
import type { RelationshipCatalogue } from "./catalogue";
import { checkRange } from "./input-checks";
import { toEntity, toLink } from "./views";
import { DEFAULT_LINKS, MAX_INFLUENCE_DEPTH, MAX_INFLUENCE_RESULTS, MAX_LINKS } from "../bounds";

export type LinkDirectionArg = "OUTGOING" | "INCOMING" | "BOTH";

/** What `Hashtag.createdBy` asks of the links: who created or founded it, or the movement it stands for. */
export const CREATED_BY = { label: "Actor", types: ["CREATED", "FOUNDED"], direction: "INCOMING" } as const;

export type LinkQuery = {
  label?: EntityLabel | null;
  types?: readonly string[] | null;
  direction?: LinkDirectionArg;
  first?: number | null;
  /** Leave out the relationships listed through a movement's hashtags or a hashtag's movements. */
  ownOnly?: boolean | null;
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
    const shape = this.shapeOf(query);
    const rows = await this.loaders.links.load({ key: linkKey(entityId, shape), id: entityId, ...shape });
    return rows.map(toLink);
  }

  /** Movements reachable over INSPIRED within `depth` hops, each once, nearest first. */
  async influence(movementId: string, depth: number, outgoing: boolean, fields: EntityFields = ALL_ENTITY_FIELDS): Promise<EntityView[]> {
    this.checkDepth(depth);
    const rows = await this.loaders.influence.load({ id: movementId, depth, outgoing, fields });
    return rows.slice(0, MAX_INFLUENCE_RESULTS).map((row) => toEntity(row.movement));
  }

  /** An influence depth checked: 1 to MAX_INFLUENCE_DEPTH. */
  checkDepth(depth: number): number {
    return checkRange("depth", depth, 1, MAX_INFLUENCE_DEPTH);
  }

  /** A link query checked (known types, `first` in range) and with its defaults filled in. */
  shapeOf(query: LinkQuery): LinkShape {
    return {
      label: query.label ?? null,
      types: this.catalogue.checkTypes("types", query.types),
      direction: query.direction ?? "BOTH",
      first: checkRange("first", query.first ?? DEFAULT_LINKS, 1, MAX_LINKS),
      ownOnly: query.ownOnly ?? false,
      selection: query.selection ?? FULL_LINK_SELECTION,
    };
  }

  /** Prefetched links and influence of one entity, handed to the DataLoaders their fields read. */
  prime(entityId: string, prefetch: Prefetch, prefetched: Prefetched): void {
    prefetch.links.forEach((shape, i) => {
      const rows = prefetched.linkSets?.[i];
      if (rows) this.loaders.links.prime({ key: linkKey(entityId, shape), id: entityId, ...shape }, rows);
    });
    prefetch.influence.forEach(({ depth, outgoing, fields }, i) => {
      const rows = prefetched.influence[i];
      if (rows) this.loaders.influence.prime({ id: entityId, depth, outgoing, fields }, rows);
    });
  }
}

/** The links DataLoader's cache key: the same request from a prefetch or a field resolver. */
function linkKey(entityId: string, shape: LinkShape): string {
  return JSON.stringify([entityId, shape]);
}
