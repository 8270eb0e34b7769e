import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { EntityLabel, EntityView, LinkView, SourceView } from "../../domain";
import type { AppContext } from "../../server/context";
import { LinkArgs } from "../inputs/link.args";
import { linkEntry, responseKey } from "../read-plan";
import { Entity } from "../types/entity.interface";
import { Source } from "../types/source.type";
import { ActorLink, EventLink, HashtagLink, MovementLink, PlatformLink, Relation, TopicLink } from "../types/links.types";

/**
 * Relationship fields every entity type shares: read where the root statement attached them (by
 * response key), else through the per-request links DataLoader.
 */
@Resolver((_of) => Entity)
export class EntityResolver {
  @FieldResolver((_type) => [Source], { description: "The article passages this entity is taken from; at least one." })
  sources(@Root() entity: EntityView, @Ctx() { services }: AppContext): Promise<SourceView[]> {
    return services.entities.sources(entity);
  }

  @FieldResolver((_type) => [Relation], { description: "Every relationship of this entity, ordered by type, then the other end's name." })
  relations(@Root() entity: EntityView, @Args() args: LinkArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo): Promise<LinkView[]> {
    return links(ctx, entity, null, args, info);
  }

  @FieldResolver((_type) => [ActorLink], { description: "Relationships with actors, e.g. a movement's founders and supporters (see each link's type and role)." })
  actors(@Root() entity: EntityView, @Args() args: LinkArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo): Promise<LinkView[]> {
    return links(ctx, entity, "Actor", args, info);
  }

  @FieldResolver((_type) => [MovementLink], { description: "Relationships with movements." })
  movements(@Root() entity: EntityView, @Args() args: LinkArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo): Promise<LinkView[]> {
    return links(ctx, entity, "Movement", args, info);
  }

  @FieldResolver((_type) => [HashtagLink], { description: "Relationships with hashtags, e.g. the hashtags a movement used." })
  hashtags(@Root() entity: EntityView, @Args() args: LinkArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo): Promise<LinkView[]> {
    return links(ctx, entity, "Hashtag", args, info);
  }

  @FieldResolver((_type) => [PlatformLink], { description: "Relationships with platforms, e.g. where a movement spread or an actor campaigned." })
  platforms(@Root() entity: EntityView, @Args() args: LinkArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo): Promise<LinkView[]> {
    return links(ctx, entity, "Platform", args, info);
  }

  @FieldResolver((_type) => [EventLink], { description: "Relationships with events, e.g. what triggered a movement." })
  events(@Root() entity: EntityView, @Args() args: LinkArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo): Promise<LinkView[]> {
    return links(ctx, entity, "Event", args, info);
  }

  @FieldResolver((_type) => [TopicLink], { description: "Relationships with topics, e.g. the forms of activism this is an example of." })
  topics(@Root() entity: EntityView, @Args() args: LinkArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo): Promise<LinkView[]> {
    return links(ctx, entity, "Topic", args, info);
  }
}

function links({ services }: AppContext, entity: EntityView, label: EntityLabel | null, args: LinkArgs, info: GraphQLResolveInfo): Promise<LinkView[]> {
  return services.links.links(entity, responseKey(info), () => linkEntry(info, label, args));
}
