import { ALL_ENTITY_FIELDS, OPTIONAL_ENTITY_PROPERTIES, PREFIX_BY_LABEL, type EntityFields, type EntityLabel, type EntityView, type PageView, type SourceView } from "../domain";
import { periodEnd, periodStart } from "../dates";
import { AppError, BadUserInputError } from "../errors";
import type { Loaders } from "../graph/loaders";
import { entitiesWithPrefetch, type Prefetch } from "../graph/queries/prefetch.queries";
import { entityByNameOrAlias } from "../graph/queries/entity.queries";
import { listCount, listPage, type ListFilter, type ListOrder } from "../graph/queries/list.queries";
import type { GraphGateway } from "../graph/run";
import { decodeCursor, encodeCursor } from "./cursor";
import { checkDate, checkEntityId, checkLength } from "./input-checks";
import type { LinkQuery, LinkService } from "./link.service";
import { toEntity } from "./views";

import { pageWindow, type PageArgs } from "./page-window";
import { MAX_NAME_LENGTH } from "../bounds";

/** Nothing but the key and id of the probed row is read. */
const NO_FIELDS = Object.fromEntries(OPTIONAL_ENTITY_PROPERTIES.map((property) => [property, false])) as EntityFields;

export type ListArgs = PageArgs & {
  order: ListOrder;
  nameContains?: string | null;
  kind?: string | null;
  /** Filters "linked to this entity", each with the argument that carried it and its label. */
  linkedTo?: { argumentName: string; label: EntityLabel; id: string | null | undefined }[];
  dateFrom?: string | null;
  dateTo?: string | null;
};

/**
 * Link and influence fields selected right below the entities a root field returns, unchecked
 * (see schema/selection.ts): read in the root's statement and handed to the fields' DataLoaders.
 */
export type PrefetchPlan = {
  /** The entities' own stored properties and whether their sources are selected. */
  fields: EntityFields;
  sources: boolean;
  links: LinkQuery[];
  influence: { depth: number; outgoing: boolean; fields: EntityFields }[];
};

/** Entities by id, by name, and as paginated, filtered lists. */
export class EntityService {
  constructor(
    private readonly graph: GraphGateway,
    private readonly loaders: Loaders,
    private readonly links: LinkService,
  ) {}

  /**
   * Any entity by global id; null when absent. With the selection's plan, one statement reads only
   * the selected properties (sources included only if selected) and the link and influence fields.
   */
  async byId(id: string, plan?: PrefetchPlan): Promise<EntityView | null> {
    checkEntityId("id", id);
    if (!plan) {
      const row = await this.loaders.entityById.load(id);
      return row ? toEntity(row) : null;
    }
    const prefetch = this.prefetchOf(plan) ?? { links: [], influence: [] };
    const [row] = await this.graph.read(entitiesWithPrefetch([id], prefetch, plan.fields, plan.sources));
    if (!row) return null;
    this.links.prime(id, prefetch, row);
    return toEntity(row.entity);
  }

  /** An entity's sources: at hand when it was read alone, else batched with every other one asked for. */
  async sources(entity: EntityView): Promise<SourceView[]> {
    if (entity.sources) return entity.sources;
    const row = await this.loaders.entityById.load(entity.id);
    return row ? (toEntity(row).sources ?? []) : [];
  }

  /**
   * One entity of `label` by id, or by name or alias (case-insensitive; for hashtags the # is
   * optional). Exactly one of id and name is required.
   */
  async lookup(label: EntityLabel, args: { id?: string | null; name?: string | null }, plan?: PrefetchPlan): Promise<EntityView | null> {
    if ((args.id == null) === (args.name == null)) {
      throw new BadUserInputError("Give exactly one of id and name.", args.id == null ? "name" : "id");
    }
    if (args.id != null) {
      const entity = await this.byId(args.id, plan);
      return entity && entity.label === label ? entity : null;
    }
    const name = checkLength("name", args.name!, MAX_NAME_LENGTH).trim().toLowerCase();
    if (!name) throw new BadUserInputError("name must not be empty.", "name");
    const key = label === "Hashtag" && !name.startsWith("#") ? `#${name}` : name;
    const [row] = await this.graph.read(entityByNameOrAlias(label, key));
    return row ? toEntity(row.entity) : null;
  }

  /**
   * A keyset-paginated page, forward (`first`/`after`) or backward (`last`/`before`). A backward
   * page reads the list in the reverse order from `before` and turns the rows round. Either way
   * one extra row says whether the list goes on past the page's far end, and when a cursor was
   * given, one probe of one row says whether anything lies at or beyond it on the near side.
   * The total is computed only if the client asks for it.
   */
  async list(label: EntityLabel, args: ListArgs, plan?: PrefetchPlan): Promise<PageView<EntityView>> {
    const window = pageWindow(args);
    const ordering = `${label}:${args.order.field}:${args.order.direction}`;
    const cursor = window.cursor != null ? decodeCursor(ordering, window.cursor, window.backward ? "before" : "after") : undefined;
    const filter = this.filterFrom(args);
    const prefetch = this.prefetchOf(plan);
    const reversed: ListOrder = { ...args.order, direction: args.order.direction === "ASC" ? "DESC" : "ASC" };
    const [readOrder, nearOrder] = window.backward ? [reversed, args.order] : [args.order, reversed];
    const [rows, near] = await Promise.all([
      this.graph.read(listPage(label, filter, readOrder, window.size, cursor, prefetch ?? undefined, plan?.fields ?? ALL_ENTITY_FIELDS)),
      // Is there a row at the cursor or before it (after it, paging backward)? Then a page lies on that side.
      cursor ? this.graph.read(listPage(label, filter, nearOrder, 0, { ...cursor, inclusive: true }, undefined, NO_FIELDS)) : Promise.resolve([]),
    ]);
    const page = rows.slice(0, window.size);
    if (window.backward) page.reverse();
    if (prefetch) for (const row of page) this.links.prime(row.entity.id, prefetch, { linkSets: row.linkSets ?? null, influence: row.influence ?? [] });
    const beyondFarEnd = rows.length > window.size;
    const beforeNearEnd = near.length > 0;
    return {
      items: page.map((row) => ({ cursor: encodeCursor(ordering, { sortKey: row.sortKey, id: row.entity.id }), node: toEntity(row.entity) })),
      hasNextPage: window.backward ? beforeNearEnd : beyondFarEnd,
      hasPreviousPage: window.backward ? beyondFarEnd : beforeNearEnd,
      totalCount: async () => (await this.graph.read(listCount(label, filter, args.order)))[0]?.total ?? 0,
    };
  }

  /**
   * The plan's fields with their arguments checked and defaults filled in; a field whose
   * arguments are invalid is left out, so that its own resolver reports the error at its path.
   */
  private prefetchOf(plan?: PrefetchPlan): Prefetch | null {
    if (!plan) return null;
    const links = new Map<string, Prefetch["links"][number]>();
    for (const query of plan.links) {
      const shape = unlessRefused(() => this.links.shapeOf(query));
      if (shape) links.set(JSON.stringify(shape), shape);
    }
    const influence = plan.influence.filter(({ depth }) => unlessRefused(() => this.links.checkDepth(depth)) !== undefined);
    return links.size || influence.length ? { links: [...links.values()], influence } : null;
  }

  private filterFrom(args: ListArgs): ListFilter {
    const filter: ListFilter = {};
    if (args.nameContains != null) filter.nameContains = checkLength("nameContains", args.nameContains, MAX_NAME_LENGTH).toLowerCase();
    if (args.kind != null) filter.kind = args.kind;
    const linked = (args.linkedTo ?? []).filter((l) => l.id != null);
    for (const link of linked) {
      checkEntityId(link.argumentName, link.id!);
      const expected = PREFIX_BY_LABEL[link.label];
      if (!link.id!.startsWith(`${expected}:`)) {
        throw new BadUserInputError(`${link.argumentName} must be a ${expected} id such as ${expected}:...`, link.argumentName);
      }
    }
    if (linked.length) filter.linkedTo = linked.map((l) => l.id!);
    if (args.dateFrom != null) filter.periodFrom = periodStart(checkDate("from", args.dateFrom));
    if (args.dateTo != null) filter.periodTo = periodEnd(checkDate("to", args.dateTo));
    if (filter.periodFrom && filter.periodTo && filter.periodFrom > filter.periodTo) {
      throw new BadUserInputError("from must not be after to.", "from");
    }
    return filter;
  }
}

/** The checked value, or undefined when the check refuses it (AppError); anything else propagates. */
function unlessRefused<T>(check: () => T): T | undefined {
  try {
    return check();
  } catch (error) {
    if (error instanceof AppError) return undefined;
    throw error;
  }
}
