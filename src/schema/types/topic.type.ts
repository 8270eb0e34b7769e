import { ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";
import { Node } from "./node.interface";

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Entity],
  description: "A form or concept of activism the article discusses (slacktivism, hacktivism, playful activism ...), linked to the scholars who described it and the examples of it.",
})
export class Topic extends Entity {}
