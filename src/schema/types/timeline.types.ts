import { RelationshipType } from "./relationship-type.enum";
import { Field, Int, InterfaceType, ObjectType } from "type-graphql";
import type { DateQualifierValue, EntityView, SourceView } from "../../domain";
import type { TimelineEntryView } from "../../services/timeline.service";
import { PageInfo } from "./connection.types";
import { Entity } from "./entity.interface";
import { DatePrecision, DateQualifier } from "./enums";
import { Event } from "./event.type";
import { Source } from "./source.type";

@InterfaceType({
  description:
    "One dated fact on the timeline: a dated event (EventEntry) or a dated relationship between two entities (FactEntry), " +
    "e.g. the Ice Bucket Challenge FOUNDED in 2014.",
})
export abstract class TimelineEntry {
  @Field((_type) => String, { description: "When: ISO 8601 at the article's precision (`2014`, `2019-11`, `2019-11-26`)." })
  date!: string;

  @Field((_type) => String, { nullable: true, description: "For an event lasting a period, when it ended; null otherwise (always null for a fact)." })
  endDate!: string | null;

  @Field((_type) => DatePrecision, { description: "How precisely `date` is known; a reduced precision sorts before the days it covers." })
  datePrecision!: DatePrecision;

  @Field((_type) => DateQualifier, {
    nullable: true,
    description: "How the article qualifies `date`: BEFORE for \"by <date>\", AFTER for \"since <date>\", CIRCA; null when the date is exact as given.",
  })
  dateQualifier!: DateQualifierValue | null;

  @Field((_type) => [Source], { description: "The article passages stating this event or fact." })
  sources!: SourceView[];
}

@ObjectType({ simpleResolvers: true, implements: TimelineEntry, description: "A dated event on the timeline." })
export class EventEntry extends TimelineEntry {
  @Field((_type) => Event, { description: "The event." })
  event!: EntityView;
}

@ObjectType({
  simpleResolvers: true,
  implements: TimelineEntry,
  description: "A dated relationship on the timeline: `subject` `type` `object` on `date`, e.g. TikTok BANNED (a tutorial video) on 2019-11-26.",
})
export class FactEntry extends TimelineEntry {
  @Field((_type) => String, { description: "Key of the relationship, `<subject id>|<TYPE>|<object id>`; the same from both ends; not an object id." })
  key!: string;

  @Field((_type) => Entity, { description: "The entity the relationship points from." })
  subject!: EntityView;

  @Field((_type) => RelationshipType, { description: "Relationship type from the vocabulary (see `relationshipTypes`), e.g. `FOUNDED`." })
  type!: string;

  @Field((_type) => Entity, { description: "The entity the relationship points to." })
  object!: EntityView;

  @Field((_type) => String, { nullable: true, description: "The role the article gives, e.g. `co-founder`; null if none." })
  role!: string | null;

  @Field((_type) => String, { nullable: true, description: "Curator's note where the article is ambiguous or wrong about this fact." })
  note!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One timeline entry in a page, with its cursor." })
export class TimelineEdge {
  @Field((_type) => String, { description: "Opaque cursor of this entry; pass it as `after` (or `before`) to continue from it." })
  cursor!: string;

  @Field((_type) => TimelineEntry, { description: "The dated event or fact." })
  node!: TimelineEntryView;
}

@ObjectType({ simpleResolvers: true, description: "A page of the timeline (Relay connection)." })
export class TimelineConnection {
  @Field((_type) => [TimelineEdge], { description: "The entries of this page, in time order." })
  edges!: TimelineEdge[];

  @Field((_type) => PageInfo, { description: "Where this page sits: `hasNextPage` with first/after, `hasPreviousPage` with last/before." })
  pageInfo!: PageInfo;

  @Field((_type) => Int, { simple: true, description: "Number of entries matching the window and filters (computed only when selected)." })
  totalCount!: number;
}
