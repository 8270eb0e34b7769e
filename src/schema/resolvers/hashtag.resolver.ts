import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { EntityView, LinkView } from "../../domain";
import type { AppContext } from "../../server/context";
import { EntityFilter } from "../inputs/filters.input";
import { HashtagConnection } from "../types/connections.types";
import { EntityOrder } from "../types/enums";
import { Hashtag } from "../types/hashtag.type";
import { ActorLink } from "../types/links.types";
import { createdByEntry, responseKey } from "../read-plan";
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
  @FieldResolver((_type) => [ActorLink], {
    description:
      "Who started this hashtag: the actors who CREATED or FOUNDED it, or the movement that used it (then `via` names that movement), with the quotes that say so; " +
      "e.g. Tarana Burke for #MeToo, through the Me Too movement she created.",
  })
  createdBy(@Root() hashtag: EntityView, @Ctx() { services }: AppContext, @Info() info: GraphQLResolveInfo): Promise<LinkView[]> {
    return services.links.links(hashtag, responseKey(info), () => createdByEntry(info));
  }
}
