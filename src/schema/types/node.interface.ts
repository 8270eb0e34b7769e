import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType({
  description: "Anything with a global id. Fetch any node again with `node(id:)`.",
})
export abstract class Node {
  @Field((_type) => ID, { description: "Global, stable, readable id: `<type>:<slug>`, e.g. `movement:black-lives-matter`." })
  id!: string;
}
