import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { EntityView } from "../../domain";
import type { AppContext } from "../../server/context";
import { EventFilter } from "../inputs/filters.input";
import { PaginationArgs } from "../inputs/pagination.args";
import { EventConnection } from "../types/connections.types";
import { DatePrecision, EventOrder } from "../types/enums";
import { Event } from "../types/event.type";
import { prefetchPlan } from "../selection";
import { toConnection } from "./connection";
import { entityQueries } from "./entity-queries.factory";

export const EventQueries = entityQueries({
  label: "Event",
  type: Event,
  connection: EventConnection,
  filter: EventFilter,
  order: EventOrder,
  defaultOrder: EventOrder.DATE_ASC,
  singular: "event",
  plural: "events",
  exampleId: "event:parkland-shooting",
  exampleName: "Parkland high school shooting",
  extraFilters: (filter) => ({ dateFrom: (filter as EventFilter).from, dateTo: (filter as EventFilter).to }),
});

@Resolver((_of) => Event)
export class EventResolver {
  @FieldResolver((_type) => DatePrecision, { nullable: true, description: "How precisely `date` is known; null when there is no date." })
  datePrecision(@Root() event: EntityView): DatePrecision | null {
    if (!event.date) return null;
    return [DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY][event.date.split("-").length - 1];
  }

  @Query((_returns) => EventConnection, {
    description:
      "Dated events in time order, earliest first. An event is included when its period overlaps [from, to]; " +
      "a date known only to the year or month sorts before the days of that year or month (2018 < 2018-02 < 2018-02-14). Undated events are left out.",
  })
  timeline(
    @Arg("from", (_type) => String, { nullable: true, description: "Start of the window, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)." }) from: string | null,
    @Arg("to", (_type) => String, { nullable: true, description: "End of the window, inclusive, ISO 8601; `2014` means through 31 December 2014." }) to: string | null,
    @Args() page: PaginationArgs,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.entities
      .list("Event", { first: page.first, after: page.after, order: { field: "DATE", direction: "ASC" }, dateFrom: from, dateTo: to }, prefetchPlan(info, ["edges", "node"]))
      .then(toConnection);
  }
}
