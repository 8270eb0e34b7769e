import { FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityView } from "../../domain";
import { EventFilter } from "../inputs/filters.input";
import { EventConnection } from "../types/connections.types";
import { DatePrecision, EventOrder } from "../types/enums";
import { Event } from "../types/event.type";
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
}
