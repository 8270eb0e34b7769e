import { Field, ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";
import { ActorKind } from "./enums";
import { Node } from "./node.interface";

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Entity],
  description: "A person (including scholars and authors the article cites), organisation, company, government, news outlet or loose group.",
})
export class Actor extends Entity {
  @Field((_type) => ActorKind, { description: "What sort of actor this is." })
  kind!: ActorKind;
}
