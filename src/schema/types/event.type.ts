import { Field, ObjectType } from "type-graphql";
import type { DateQualifierValue } from "../../domain";
import { Entity } from "./entity.interface";
import { DateQualifier } from "./enums";
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

  @Field((_type) => DateQualifier, {
    nullable: true,
    description: "How the article qualifies `date`: BEFORE for \"by <date>\" (an upper bound), AFTER for \"since <date>\", CIRCA; null when the date is exact as given.",
  })
  dateQualifier!: DateQualifierValue | null;
}
