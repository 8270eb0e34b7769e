import { RelationshipType } from "../types/relationship-type.enum";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import type { EntityLabel } from "../../domain";
import type { AppContext } from "../../server/context";
import { EntityType } from "../types/enums";
import { TimelineConnection } from "../types/timeline.types";
import { timelineSelection } from "../read-plan";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, range } from "../../bounds";

/** The timeline root field: dated events and dated relationships as one ordered list. */
@Resolver()
export class TimelineResolver {
  @Query((_returns) => TimelineConnection, {
    description:
      "Every dated fact in time order, earliest first: dated events (EventEntry) and dated relationships (FactEntry) alike. " +
      "An entry is included when its period overlaps [from, to]; a date known only to the year or month sorts before the days of that year or month " +
      "(2018 < 2018-02 < 2018-02-14); ties break by event id or relationship key. Undated events and relationships are left out. " +
      "Page forwards with first/after or backwards with last/before (the page keeps time order).",
  })
  timeline(
    @Arg("from", (_type) => String, { nullable: true, description: "Start of the window, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)." }) from: string | null,
    @Arg("to", (_type) => String, { nullable: true, description: "End of the window, inclusive, ISO 8601; `2014` means through 31 December 2014." }) to: string | null,
    @Arg("first", (_type) => Int, { nullable: true, description: `Page size from the start or after \`after\`, ${range(MAX_PAGE_SIZE)} (${DEFAULT_PAGE_SIZE} when neither first nor last is given).` })
    first: number | null,
    @Arg("after", (_type) => String, { nullable: true, description: "Entries after this cursor." }) after: string | null,
    @Arg("last", (_type) => Int, { nullable: true, description: `Page size from the end or before \`before\`, 1 to ${MAX_PAGE_SIZE}; not with first.` }) last: number | null,
    @Arg("before", (_type) => String, { nullable: true, description: "Entries before this cursor; not with after." }) before: string | null,
    @Arg("entity", (_type) => ID, {
      nullable: true,
      description:
        "Only entries about this entity: its own event entry, the entries of the events directly linked to it, and every dated relationship at either end of it " +
        "(`platform:tiktok`: everything dated about TikTok, in order).",
    })
    entity: string | null,
    @Arg("entityTypes", (_type) => [EntityType], {
      nullable: true,
      description: "Only entries about an entity of these kinds: an event entry is about its event (EVENT), a fact entry about its subject and its object.",
    })
    entityTypes: EntityType[] | null,
    @Arg("relationshipTypes", (_type) => [RelationshipType], { nullable: true, description: "Only dated relationships of these types (see `relationshipTypes`); events are left out." })
    relationshipTypes: string[] | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.timeline
      .page({ from, to, first, after, last, before, entity, entityTypes: entityTypes as unknown as EntityLabel[] | null, relationshipTypes }, timelineSelection(info))
      .then((page) => ({
        edges: page.items,
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: page.hasPreviousPage,
          startCursor: page.items[0]?.cursor ?? null,
          endCursor: page.items[page.items.length - 1]?.cursor ?? null,
        },
        totalCount: page.totalCount,
      }));
  }
}
