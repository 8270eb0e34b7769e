import type { EntityLabel, EntityView, SourceView } from "../domain";
import { periodEnd, periodStart } from "../dates";
import { BadUserInputError } from "../errors";
import { toSources } from "../graph/records";
import { FULL_TIMELINE_SELECTION, timelineCount, timelinePage, type TimelineFilter, type TimelineRow, type TimelineSelection } from "../graph/queries/timeline.queries";
import type { GraphGateway } from "../graph/run";
import type { RelationshipCatalogue } from "./catalogue";
import { decodeCursor, pageItem } from "./cursor";
import { checkDate, checkEntityId, checkRange } from "./input-checks";
import { toEntity } from "./views";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../bounds";

/** What both kinds of timeline entry show. */
type EntryBase = { date: string; endDate: string | null; datePrecision: "YEAR" | "MONTH" | "DAY"; dateQualifier: string | null; sources: SourceView[] };

const precisionOf = (date: string) => (["YEAR", "MONTH", "DAY"] as const)[date.split("-").length - 1];
export type TimelineEntryView =
  | (EntryBase & { kind: "EVENT"; event: EntityView })
  | (EntryBase & { kind: "FACT"; key: string; type: string; subject: EntityView; object: EntityView; role: string | null; note: string | null });

export type TimelineArgs = {
  from?: string | null;
  to?: string | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  entity?: string | null;
  entityTypes?: EntityLabel[] | null;
  relationshipTypes?: string[] | null;
};

export type TimelinePageView = {
  items: { cursor: string; node: TimelineEntryView }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
};

/** Cursors of every timeline page share one ordering, so an `endCursor` works as `before` too. */
const ORDERING = "timeline";

/** The timeline: dated events and dated relationships in one (date, id) order, paged both ways. */
export class TimelineService {
  constructor(
    private readonly graph: GraphGateway,
    private readonly catalogue: RelationshipCatalogue,
  ) {}

  /** A page of entries; `selection` narrows what the statement reads (everything by default). */
  async page(args: TimelineArgs, selection: TimelineSelection = FULL_TIMELINE_SELECTION): Promise<TimelinePageView> {
    if (args.first != null && args.last != null) throw new BadUserInputError("Give first or last, not both.", "last");
    if (args.after != null && args.before != null) throw new BadUserInputError("Give after or before, not both.", "before");
    const backward = args.last != null || args.before != null;
    const size = backward
      ? checkRange("last", args.last ?? DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
      : checkRange("first", args.first ?? DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    const cursorArg = backward ? "before" : "after";
    const cursorValue = backward ? args.before : args.after;
    const cursor = cursorValue != null ? decodeCursor(ORDERING, cursorValue, cursorArg) : undefined;
    const filter = this.filterFrom(args);
    // An event entry's date is its event's: read whatever the client selected of the event.
    const read = { ...selection, event: { ...selection.event, date: true, endDate: true } };
    const rows = await this.graph.read(timelinePage(filter, backward, size + 1, cursor, read));
    const page = rows.slice(0, size);
    if (backward) page.reverse();
    const more = rows.length > size;
    return {
      items: page.map((row) => pageItem(ORDERING, { sortKey: row.sortKey, id: row.id }, toEntry(row))),
      hasNextPage: backward ? cursor !== undefined : more,
      hasPreviousPage: backward ? more : cursor !== undefined,
      totalCount: async () => (await this.graph.read(timelineCount(filter)))[0]?.total ?? 0,
    };
  }

  private filterFrom(args: TimelineArgs): TimelineFilter {
    const filter: TimelineFilter = {};
    if (args.from != null) filter.periodFrom = periodStart(checkDate("from", args.from));
    if (args.to != null) filter.periodTo = periodEnd(checkDate("to", args.to));
    if (filter.periodFrom && filter.periodTo && filter.periodFrom > filter.periodTo) throw new BadUserInputError("from must not be after to.", "from");
    if (args.entity != null) filter.entity = checkEntityId("entity", args.entity);
    if (args.entityTypes != null) filter.labels = [...new Set(args.entityTypes)];
    const types = this.catalogue.checkTypes("relationshipTypes", args.relationshipTypes);
    if (types) filter.types = types;
    return filter;
  }
}

function toEntry(row: TimelineRow): TimelineEntryView {
  if (row.event) {
    const event = toEntity(row.event);
    // Without \`sources\` selected the event's quotes were not read: the entry's stay empty, the event loads its own.
    return { kind: "EVENT", event, date: event.date!, endDate: event.endDate, datePrecision: precisionOf(event.date!), dateQualifier: row.eventQualifier ?? null, sources: event.sources ?? [] };
  }
  const fact = row.fact!;
  return {
    kind: "FACT",
    key: fact.key,
    type: fact.type,
    subject: toEntity(fact.subject),
    object: toEntity(fact.object),
    role: fact.role ?? null,
    note: fact.note ?? null,
    date: fact.date,
    endDate: null,
    datePrecision: precisionOf(fact.date),
    dateQualifier: fact.dateQualifier ?? null,
    sources: toSources(fact),
  };
}
