import { ArgsType, Field, Int } from "type-graphql";
import { Direction } from "../types/enums";
import { RelationshipType } from "../types/relationship-type.enum";
import { DEFAULT_LINKS, MAX_LINKS, range } from "../../bounds";

@ArgsType()
export class LinkArgs {
  @Field((_type) => [RelationshipType], {
    nullable: true,
    description: "Only these relationship types, e.g. [INSPIRED, PART_OF] (see `relationshipTypes`); all types when omitted.",
  })
  types?: string[] | null;

  @Field((_type) => Direction, { defaultValue: Direction.BOTH, description: "Only relationships pointing this way, seen from this entity." })
  direction!: Direction;

  // A plain bounded list, not a connection (issue 11): see the description.
  @Field((_type) => Int, {
    nullable: true,
    description:
      `At most this many relationships, ${range(MAX_LINKS)}; ${DEFAULT_LINKS} when omitted. Link fields are plain lists with this bound rather than connections: ` +
      "the curated graph's busiest entity has under 50 relationships, so one call returns them all, in a stable order (type, the other end's name, its id), " +
      "and a client cache keeps the list inside the entity it was read from (link objects have no id).",
  })
  first?: number | null;

  @Field((_type) => Boolean, {
    defaultValue: false,
    description: "Only the entity's own relationships: leave out those a movement lists through the hashtags it used, or a hashtag through its movements (see `via`).",
  })
  ownOnly!: boolean;
}
