import { Field, Float, ObjectType } from "type-graphql";
import { QuantityBound } from "./enums";

@ObjectType("Quantity", {
  simpleResolvers: true,
  description: "A number the article states about an entity (\"over 800 protests\"), typed, with the passage that states it.",
})
export class Quantity {
  @Field((_type) => Float, { description: "The number, e.g. 800, 200000, 115000000." })
  value!: number;

  @Field((_type) => String, { description: "What one unit is: `protests`, `people`, `USD`, `views`, `signatures` ..." })
  unit!: string;

  @Field((_type) => String, { description: "What the number counts, in our words, e.g. `protests across the United States`." })
  counts!: string;

  @Field((_type) => QuantityBound, { description: "How the article bounds it: OVER for \"over\"/\"more than\", ABOUT for estimates, EXACT otherwise." })
  bound!: QuantityBound;

  @Field((_type) => String, { nullable: true, description: "The date the number holds at, where the article gives one (ISO 8601)." })
  date!: string | null;

  @Field((_type) => String, { description: "The article section the quote stands in." })
  section!: string;

  @Field((_type) => String, { description: "The passage stating the number, verbatim." })
  quote!: string;
}
