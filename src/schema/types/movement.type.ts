import { ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";
import { Node } from "./node.interface";

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Entity],
  description: "A movement or campaign the article describes, e.g. Black Lives Matter or the Ice Bucket Challenge. `inspired` and `inspiredBy` follow INSPIRED links between movements. Its link fields also list the relationships of the hashtags it used (`via`; `ownOnly: true` leaves them out).",
})
export class Movement extends Entity {}
