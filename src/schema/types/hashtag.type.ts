import { ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";
import { Node } from "./node.interface";

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Entity],
  description: "A hashtag, named with its `#` (`#MeToo`). `createdBy` gives who started it.",
})
export class Hashtag extends Entity {}
