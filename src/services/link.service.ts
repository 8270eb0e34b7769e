import type { EntityLabel, EntityView, LinkView } from "../domain";
import { AppError } from "../errors";
import { derivedFrom, type InfluenceEntry, type LinkEntry, type ReadPlan } from "../graph/compile";
import type { Loaders } from "../graph/loaders";
import type { RelationshipCatalogue } from "./catalogue";
import { checkRange } from "./input-checks";
import { toEntity, toLink } from "./views";
import { MAX_INFLUENCE_DEPTH, MAX_INFLUENCE_RESULTS, MAX_LINKS } from "../bounds";

export type LinkDirectionArg = "OUTGOING" | "INCOMING" | "BOTH";

/** What `Hashtag.createdBy` asks of the links: who created or founded it, or the movement it stands for. */
export const CREATED_BY = { label: "Actor", types: ["CREATED", "FOUNDED"], direction: "INCOMING" } as const;

/** The one check of an influence depth (the cost estimate and both read paths call it): 1 to MAX_INFLUENCE_DEPTH. */
export function checkInfluenceDepth(depth: number): number {
  return checkRange("depth", depth, 1, MAX_INFLUENCE_DEPTH);
}

/**
 * An entity's relationships and influence: read from what the root statement attached to the
 * entity under the field's response key when it reached the field, otherwise batched across the
 * whole request through the DataLoaders.
 */
export class LinkService {
  constructor(
    private readonly loaders: Loaders,
    private readonly catalogue: RelationshipCatalogue,
  ) {}

  /**
   * The links of `entity`'s field under response key `key`; `entry` builds the field's entry, which
   * only a field the root statement did not reach needs (a page of 20 movements with three link
   * fields would otherwise build 60 entries it never reads).
   */
  async links(entity: EntityView, key: string, entry: () => LinkEntry): Promise<LinkView[]> {
    const prefetched = entity.prefetched?.[key];
    if (prefetched) return prefetched as LinkView[];
    const rows = await this.loaders.links.load({ id: entity.id, link: this.checkLink(entry()) });
    return rows.map(toLink);
  }

  /** Movements reachable over INSPIRED within `depth` hops, each once, nearest first. */
  async influence(movement: EntityView, key: string, entry: () => InfluenceEntry): Promise<EntityView[]> {
    const prefetched = movement.prefetched?.[key];
    if (prefetched) return prefetched as EntityView[];
    const rows = await this.loaders.influence.load({ id: movement.id, influence: this.checkInfluence(entry()) });
    return rows.slice(0, MAX_INFLUENCE_RESULTS).map(toEntity);
  }

  /**
   * The part of `plan` that applies to an entity of `label`, each entry checked: one that the
   * checks refuse is left out, so that its field's own resolver reports the error at its path.
   * Entries under the same response key (one field in two fragments) are kept once. The result
   * depends only on the plan, the label and the catalogue, so it is kept per plan (`derivedFrom`).
   */
  checkPlan(plan: ReadPlan, label: EntityLabel): ReadPlan {
    const byPlan = derivedFrom(checkedPlans, this.catalogue, () => new WeakMap<ReadPlan, Map<EntityLabel, ReadPlan>>());
    const byLabel = derivedFrom(byPlan, plan, () => new Map<EntityLabel, ReadPlan>());
    return derivedFrom(byLabel, label, () => this.appliedPlan(plan, label));
  }

  private appliedPlan(plan: ReadPlan, label: EntityLabel): ReadPlan {
    const applies = <T extends LinkEntry | InfluenceEntry>(entries: T[], check: (entry: T) => T): T[] => {
      const kept = new Map<string, T>();
      for (const entry of entries) {
        if (kept.has(entry.key) || (entry.on !== null && entry.on !== label)) continue;
        const checked = unlessRefused(() => check(entry));
        if (checked) kept.set(entry.key, checked);
      }
      return [...kept.values()];
    };
    return { ...plan, links: applies(plan.links, (e) => this.checkLink(e)), influence: applies(plan.influence, (e) => this.checkInfluence(e)) };
  }

  /** A link entry checked: known types (deduplicated), `first` in range. */
  private checkLink(entry: LinkEntry): LinkEntry {
    return { ...entry, types: this.catalogue.checkTypes("types", entry.types), first: checkRange("first", entry.first, 1, MAX_LINKS) };
  }

  private checkInfluence(entry: InfluenceEntry): InfluenceEntry {
    checkInfluenceDepth(entry.depth);
    return entry;
  }
}

/** Checked plans, per catalogue, plan and label. */
const checkedPlans = new WeakMap<RelationshipCatalogue, WeakMap<ReadPlan, Map<EntityLabel, ReadPlan>>>();

/** The checked value, or undefined when the check refuses it (AppError); anything else propagates. */
function unlessRefused<T>(check: () => T): T | undefined {
  try {
    return check();
  } catch (error) {
    if (error instanceof AppError) return undefined;
    throw error;
  }
}
