import { labelOf, NO_ENTITY_FIELDS, PREFIX_BY_LABEL, type EntityLabel, type EntityView, type PageView, type SourceView } from "../domain";
import { periodEnd, periodStart } from "../dates";
import { BadUserInputError } from "../errors";
import type { ReadPlan } from "../graph/compile";
import type { Loaders } from "../graph/loaders";
import { entityByNameOrAlias } from "../graph/queries/entity.queries";
import { listCount, listPage, type ListFilter, type ListOrder } from "../graph/queries/list.queries";
import type { GraphGateway } from "../graph/run";
import { decodeCursor, pageItem } from "./cursor";
import { checkDate, checkEntityId, checkLength } from "./input-checks";
import type { LinkService } from "./link.service";
import { toEntity, toPlannedEntity } from "./views";

import { pageWindow, type PageArgs } from "./page-window";
import { MAX_INFLUENCE_RESULTS, MAX_NAME_LENGTH } from "../bounds";

/** Nothing but the key and id of the probed row is read. */
const NOTHING: ReadPlan = { fields: NO_ENTITY_FIELDS, sources: false, links: [], influence: [] };

export type ListArgs = PageArgs & {
  order: ListOrder;
  nameContains?: string | null;
  kind?: string | null;
  /** Filters "linked to this entity", each with the argument that carried it and its label. */
  linkedTo?: { argumentName: string; label: EntityLabel; id: string | null | undefined }[];
  dateFrom?: string | null;
  dateTo?: string | null;
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
   * the selected properties (sources included only if selected) and the link and influence fields,
   * attached to the entity under their response keys. Every lookup of the request with the same
   * plan shares that statement (aliased `node(...)` fields).
   */
  async byId(id: string, plan?: ReadPlan): Promise<EntityView | null> {
    checkEntityId("id", id);
    return this.byCheckedId(id, plan);
  }

  private async byCheckedId(id: string, plan?: ReadPlan): Promise<EntityView | null> {
    if (!plan) {
      const row = await this.loaders.entityById.load(id);
      return row ? toEntity(row) : null;
    }
    const checked = this.links.checkPlan(plan, labelOf(id));
    const row = await this.loaders.planned.load({ id, plan: checked });
    return row ? toPlannedEntity(row, checked, MAX_INFLUENCE_RESULTS) : null;
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
  async lookup(label: EntityLabel, args: { id?: string | null; name?: string | null }, plan?: ReadPlan): Promise<EntityView | null> {
    if ((args.id == null) === (args.name == null)) {
      throw new BadUserInputError("Give exactly one of id and name.", args.id == null ? "name" : "id");
    }
    if (args.id != null) {
      // An id names its label (its prefix): one of another label is not asked of the database.
      checkEntityId("id", args.id);
      return labelOf(args.id) === label ? this.byCheckedId(args.id, plan) : null;
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
  async list(label: EntityLabel, args: ListArgs, plan?: ReadPlan): Promise<PageView<EntityView>> {
    const window = pageWindow(args);
    const ordering = `${label}:${args.order.field}:${args.order.direction}`;
    const cursor = window.cursor != null ? decodeCursor(ordering, window.cursor, window.backward ? "before" : "after") : undefined;
    const filter = this.filterFrom(args);
    const checked = plan && this.links.checkPlan(plan, label);
    const reversed: ListOrder = { ...args.order, direction: args.order.direction === "ASC" ? "DESC" : "ASC" };
    const [readOrder, nearOrder] = window.backward ? [reversed, args.order] : [args.order, reversed];
    const [rows, near] = await Promise.all([
      this.graph.read(listPage(label, filter, readOrder, window.size, cursor, checked)),
      // Is there a row at the cursor or before it (after it, paging backward)? Then a page lies on that side.
      cursor ? this.graph.read(listPage(label, filter, nearOrder, 0, { ...cursor, inclusive: true }, NOTHING)) : Promise.resolve([]),
    ]);
    const page = rows.slice(0, window.size);
    if (window.backward) page.reverse();
    const beyondFarEnd = rows.length > window.size;
    const beforeNearEnd = near.length > 0;
    return {
      items: page.map((row) => pageItem(ordering, { sortKey: row.sortKey, id: row.entity.id }, checked ? toPlannedEntity(row, checked, MAX_INFLUENCE_RESULTS) : toEntity(row.entity))),
      hasNextPage: window.backward ? beforeNearEnd : beyondFarEnd,
      hasPreviousPage: window.backward ? beyondFarEnd : beforeNearEnd,
      totalCount: async () => (await this.graph.read(listCount(label, filter, args.order)))[0]?.total ?? 0,
    };
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
