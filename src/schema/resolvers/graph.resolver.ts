import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import type { EntityLabel, EntityView } from "../../domain";
import type { AppContext } from "../../server/context";
import { EntityType, StepDirection } from "../types/enums";
import { Node } from "../types/node.interface";
import { Path, RelationshipTypeInfo, SearchHit, Subgraph } from "../types/graph-answers.types";
import { entityFields, prefetchPlan, selects } from "../selection";

/** Root fields that cross entity types: node, search, path, neighborhood, the vocabulary. */
@Resolver()
export class GraphResolver {
  @Query((_returns) => Node, { nullable: true, description: "Any entity by its global id (`hashtag:metoo`); null when no entity has it." })
  node(
    @Arg("id", (_type) => ID, { description: "Global id, e.g. `movement:black-lives-matter`." }) id: string,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityView | null> {
    return services.entities.byId(id, prefetchPlan(info));
  }

  @Query((_returns) => [SearchHit], {
    description:
      "Ranked full-text search over names, aliases and descriptions. An entity whose name or alias is exactly the text (ignoring case, spaces, punctuation and possessives: `blm`, `tik tok`, `No Kings Day protests`) comes first. " +
      "Every word must match: in a name or alias as a whole word or a prefix (`Gret` finds Greta Thunberg), in its plural/singular or -ist/-ism form (`hacktivists`), with one typo from 5 letters and two from 8 (`Thunburg`), " +
      "or in a description as a whole word; two or three words also match written together (`tik tok` finds TikTok); possessives are dropped (`milano's tweet`). When no entity matches every word, those matching some come back, best first. " +
      "Punctuation and search syntax are ignored, so any text is safe. " +
      "A plain ranked list of at most 100 hits, not a connection: relevance scores change with the data, so they make no stable cursor; narrow the query instead of paging.",
  })
  search(
    @Arg("query", (_type) => String, { description: "Words to look for (up to 500 characters)." }) query: string,
    @Arg("types", (_type) => [EntityType], { nullable: true, description: "Only these kinds of entity; all when omitted." }) types: EntityType[] | null,
    @Arg("first", (_type) => Int, { defaultValue: 10, description: "At most this many hits, 1 to 100." }) first: number,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.search.search(query, types as unknown as EntityLabel[] | null, first, entityFields(info, ["entity"]));
  }

  @Query((_returns) => Path, {
    nullable: true,
    description: "A shortest path between two entities over relationships of any type and direction, each hop with its quotes; null when none exists within `maxHops`.",
  })
  async path(
    @Arg("from", (_type) => ID, { description: "Id of the start, e.g. `actor:tarana-burke`." }) from: string,
    @Arg("to", (_type) => ID, { description: "Id of the end, e.g. `actor:harvey-weinstein`." }) to: string,
    @Arg("maxHops", (_type) => Int, { defaultValue: 6, description: "Longest path to consider, 1 to 8." }) maxHops: number,
    @Ctx() { services }: AppContext,
  ) {
    const path = await services.paths.shortestPath(from, to, maxHops);
    if (!path) return null;
    return {
      length: path.length,
      nodes: path.nodes,
      steps: path.steps.map((step) => ({
        from: step.from,
        to: step.to,
        type: step.edge.type,
        direction: step.forward ? StepDirection.FORWARD : StepDirection.BACKWARD,
        relationship: step.edge,
        sources: step.edge.sources,
      })),
    };
  }

  @Query((_returns) => Subgraph, { description: "The entities within `depth` hops of one entity (breadth-first, at most `limit`) and every relationship among them." })
  neighborhood(
    @Arg("id", (_type) => ID, { description: "Id of the centre entity." }) id: string,
    @Arg("depth", (_type) => Int, { defaultValue: 1, description: "How many hops out, 1 to 3." }) depth: number,
    @Arg("limit", (_type) => Int, { defaultValue: 100, description: "At most this many entities, centre included, 1 to 500." }) limit: number,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.neighborhoods.neighborhood(id, depth, limit, entityFields(info, ["nodes"]), selects(info, ["edges"], "sources"));
  }

  @Query((_returns) => [RelationshipTypeInfo], { description: "The relationship vocabulary: every type, what it means, and which kinds of entity it joins." })
  relationshipTypes(@Ctx() { services }: AppContext) {
    return services.catalogue.types;
  }
}
