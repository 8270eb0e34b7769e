import { ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";
import { Node } from "./node.interface";

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Entity],
  description: "A platform or medium activism ran on: social networks, video sites, e-mail, newsgroups, bulletin boards ...",
})
export class Platform extends Entity {}
