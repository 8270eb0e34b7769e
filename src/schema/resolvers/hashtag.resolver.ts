import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { EntityView, LinkView } from "../../domain";
import type { AppContext } from "../../server/context";
import { EntityFilter } from "../inputs/filters.input";
import { HashtagConnection } from "../types/connections.types";
import { EntityOrder } from "../types/enums";
import { Hashtag } from "../types/hashtag.type";
import { ActorLink } from "../types/links.types";
import { linkSelection } from "../selection";
import { entityQueries } from "./entity-queries.factory";

export const HashtagQueries = entityQueries({
  label: "Hashtag",
  type: Hashtag,
  connection: HashtagConnection,
  filter: EntityFilter,
  order: EntityOrder,
  defaultOrder: EntityOrder.NAME_ASC,
  singular: "hashtag",
  plural: "hashtags",
  exampleId: "hashtag:metoo",
  exampleName: "metoo",
});

@Resolver((_of) => Hashtag)
export class HashtagResolver {
  @FieldResolver((_type) => [ActorLink], { description: "The actors who created this hashtag (CREATED relationships), with the quotes that say so." })
  createdBy(@Root() hashtag: EntityView, @Ctx() { services }: AppContext, @Info() info: GraphQLResolveInfo): Promise<LinkView[]> {
    return services.links.links(hashtag.id, { label: "Actor", types: ["CREATED"], direction: "INCOMING", selection: linkSelection(info) });
  }
}
