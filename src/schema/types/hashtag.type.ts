import { ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";
import { Node } from "./node.interface";

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Entity],
  description: "A hashtag, named with its `#` (`#MeToo`). `createdBy` gives who started it; its link fields also list the relationships of the movements that used it (`via`).",
})
export class Hashtag extends Entity {}
