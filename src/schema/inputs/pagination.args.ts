import { ArgsType, Field, Int } from "type-graphql";

@ArgsType()
export class PaginationArgs {
  @Field((_type) => Int, { nullable: true, defaultValue: 20, description: "Page size, 1 to 100." })
  first!: number;

  @Field((_type) => String, { nullable: true, description: "Return the items after this cursor (an `endCursor` or edge `cursor` from a previous page)." })
  after?: string | null;
}
