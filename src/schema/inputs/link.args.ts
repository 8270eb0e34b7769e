import { ArgsType, Field, Int } from "type-graphql";
import { Direction } from "../types/enums";

@ArgsType()
export class LinkArgs {
  @Field((_type) => [String], {
    nullable: true,
    description: "Only these relationship types, e.g. [\"INSPIRED\", \"PART_OF\"] (see `relationshipTypes`); all types when omitted.",
  })
  types?: string[] | null;

  @Field((_type) => Direction, { defaultValue: Direction.BOTH, description: "Only relationships pointing this way, seen from this entity." })
  direction!: Direction;

  @Field((_type) => Int, { nullable: true, description: "At most this many relationships, 1 to 500; 100 when omitted." })
  first?: number | null;
}
