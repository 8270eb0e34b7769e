import { Field, ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";
import { Node } from "./node.interface";

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Entity],
  description: "A dated or clearly bounded event, e.g. the Parkland high school shooting (2018-02-14).",
})
export class Event extends Entity {
  @Field((_type) => String, {
    nullable: true,
    description: "When it happened: ISO 8601 at exactly the precision the article gives (`1999`, `2018-08`, `2018-02-14`); null when the article gives no date.",
  })
  date!: string | null;

  @Field((_type) => String, { nullable: true, description: "For a period, when it ended (same format as `date`); null for a single moment." })
  endDate!: string | null;
}
