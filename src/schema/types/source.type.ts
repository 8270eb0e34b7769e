import { Field, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "Where a fact comes from: a verbatim passage of the Wikipedia article \"Internet activism\"." })
export class Source {
  @Field((_type) => String, { description: "The article section the quote stands in (\"Introduction\" for the lead)." })
  section!: string;

  @Field((_type) => String, { description: "The passage, verbatim as it appears in the article (whitespace collapsed)." })
  quote!: string;
}
