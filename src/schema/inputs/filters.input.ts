import { Field, ID, InputType } from "type-graphql";
import { ActorKind } from "../types/enums";

@InputType({ description: "Filters shared by every entity list; all given filters must hold." })
export class EntityFilter {
  @Field((_type) => String, { nullable: true, description: "Name or an alias contains this text (case-insensitive)." })
  nameContains?: string | null;

  @Field((_type) => ID, { nullable: true, description: "Linked directly to this movement, e.g. `movement:black-lives-matter`." })
  movement?: string | null;

  @Field((_type) => ID, { nullable: true, description: "Linked directly to this platform, e.g. `platform:twitter`." })
  platform?: string | null;

  @Field((_type) => ID, { nullable: true, description: "Linked directly to this actor, e.g. `actor:greta-thunberg`." })
  actor?: string | null;

  @Field((_type) => ID, { nullable: true, description: "Linked directly to this hashtag, e.g. `hashtag:metoo`." })
  hashtag?: string | null;
}

@InputType({ description: "Filters for the actor list." })
export class ActorFilter extends EntityFilter {
  @Field((_type) => ActorKind, { nullable: true, description: "Only actors of this kind." })
  kind?: ActorKind | null;
}

@InputType({ description: "Filters for the event list." })
export class EventFilter extends EntityFilter {
  @Field((_type) => String, { nullable: true, description: "Events whose period reaches this date or later (ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD)." })
  from?: string | null;

  @Field((_type) => String, { nullable: true, description: "Events whose period starts on or before this date (ISO 8601; `2014` means through the end of 2014)." })
  to?: string | null;
}
