import { Field, ID, InterfaceType } from "type-graphql";
import type { EntityLabel, QuantityView, SourceView } from "../../domain";
import { Quantity } from "./quantity.type";
import { Node } from "./node.interface";
import { Source } from "./source.type";

@InterfaceType({
  implements: Node,
  description:
    "An actor, movement, hashtag, platform, event or topic of the graph. Every entity cites the article passages it comes from, " +
    "and its relationships are reachable both generically (`relations`) and by the kind of entity at the other end (`actors`, `movements` ...).",
})
export abstract class Entity implements Node {
  @Field((_type) => ID, { description: "Global, stable, readable id: `<type>:<slug>`, e.g. `movement:black-lives-matter`." })
  id!: string;

  /** Used by resolveType (schema/resolve-types.ts); not exposed. */
  label!: EntityLabel;

  @Field((_type) => String, { description: "Display name as the article writes it; hashtags include the `#` (`#MeToo`)." })
  name!: string;

  @Field((_type) => [String], { description: "Other names the article or common usage gives, e.g. `BLM`." })
  aliases!: string[];

  @Field((_type) => String, { description: "One sentence, in our words, saying what this is." })
  description!: string;

  @Field((_type) => [Source], { description: "The article passages this entity is taken from; at least one." })
  sources?: SourceView[];

  @Field((_type) => String, {
    nullable: true,
    description: "Curator's note where the article is ambiguous, inconsistent or wrong about this entity; null otherwise.",
  })
  note!: string | null;

  @Field((_type) => [Quantity], { description: "Numbers the article states about this entity (sizes, outcomes, amounts), each with its quote; empty when none." })
  quantities!: QuantityView[];
}
