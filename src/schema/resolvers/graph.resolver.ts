import { RelationshipType } from "../types/relationship-type.enum";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import type { EntityLabel, EntityView } from "../../domain";
import type { AppContext } from "../../server/context";
import { EntityType, StepDirection } from "../types/enums";
import { Node } from "../types/node.interface";
import { Path, RelationshipTypeInfo, SearchHit, Subgraph } from "../types/graph-answers.types";
import { edgeFields, entityFields, pathSelection, readPlan } from "../read-plan";
import type { PathView } from "../../services/path.service";
import { DEFAULT_NEIGHBORHOOD_DEPTH, DEFAULT_NEIGHBORHOOD_LIMIT, DEFAULT_PATHS, DEFAULT_PATH_HOPS, DEFAULT_SEARCH_RESULTS, MAX_AVOID, MAX_NEIGHBORHOOD_DEPTH, MAX_NEIGHBORHOOD_LIMIT, MAX_PATHS, MAX_PATH_HOPS, MAX_QUERY_LENGTH, MAX_SEARCH_RESULTS, range } from "../../bounds";

function pathAnswer(path: PathView) {
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

/** Root fields that cross entity types: node, search, path, neighborhood, the vocabulary. */
@Resolver()
export class GraphResolver {
  @Query((_returns) => Node, { nullable: true, description: "Any entity by its global id (`hashtag:metoo`); null when no entity has it." })
  node(
    @Arg("id", (_type) => ID, { description: "Global id, e.g. `movement:black-lives-matter`." }) id: string,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityView | null> {
    return services.entities.byId(id, readPlan(info));
  }

  @Query((_returns) => [SearchHit], {
    description:
      "Ranked full-text search over names, aliases and descriptions. An entity whose name or alias is exactly the text (ignoring case, spaces, punctuation and possessives: `blm`, `tik tok`, `No Kings Day protests`) comes first. " +
      "Every word must match: in a name or alias as a whole word or a prefix (`Gret` finds Greta Thunberg), in its plural/singular or -ist/-ism form (`hacktivists`), with one typo from 5 letters and two from 8 (`Thunburg`), " +
      "or in a description as a whole word; two or three words also match written together (`tik tok` finds TikTok); possessives are dropped (`milano's tweet`). When no entity matches every word, those matching some come back, best first. " +
      "Punctuation and search syntax are ignored, so any text is safe. " +
      `A plain ranked list of at most ${MAX_SEARCH_RESULTS} hits, not a connection: relevance scores change with the data, so they make no stable cursor; narrow the query instead of paging.`,
  })
  search(
    @Arg("query", (_type) => String, { description: `Words to look for (up to ${MAX_QUERY_LENGTH} characters).` }) query: string,
    @Arg("types", (_type) => [EntityType], { nullable: true, description: "Only these kinds of entity; all when omitted." }) types: EntityType[] | null,
    @Arg("first", (_type) => Int, { defaultValue: DEFAULT_SEARCH_RESULTS, description: `At most this many hits, ${range(MAX_SEARCH_RESULTS)}.` }) first: number,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.search.search(query, types as unknown as EntityLabel[] | null, first, entityFields(info, ["entity"]));
  }

  @Query((_returns) => Path, {
    nullable: true,
    description:
      "The most specific shortest path between two entities over relationships of any direction, each hop with its quotes; null when none exists within `maxHops`. " +
      "By default a path passes only through actors, movements, hashtags and events (not through platforms or topics such as Facebook or the Internet, which join unrelated things); " +
      "among equally short paths, the one whose busiest inner entity has the fewest links wins (then the lowest total of links, then ids).",
  })
  async path(
    @Arg("from", (_type) => ID, { description: "Id of the start, e.g. `actor:tarana-burke`." }) from: string,
    @Arg("to", (_type) => ID, { description: "Id of the end, e.g. `actor:harvey-weinstein`." }) to: string,
    @Arg("maxHops", (_type) => Int, { defaultValue: DEFAULT_PATH_HOPS, description: `Longest path to consider, ${range(MAX_PATH_HOPS)}.` }) maxHops: number,
    @Arg("relationshipTypes", (_type) => [RelationshipType], { nullable: true, description: "Only relationships of these types (see `relationshipTypes`); all when omitted." })
    relationshipTypes: string[] | null,
    @Arg("entityTypes", (_type) => [EntityType], {
      nullable: true,
      description: "Kinds of entity the path may pass through (the ends may be of any kind); ACTOR, MOVEMENT, HASHTAG and EVENT when omitted. Give all six to allow hubs.",
    })
    entityTypes: EntityType[] | null,
    @Arg("avoid", (_type) => [ID], { nullable: true, description: `Ids the path never passes through (at most ${MAX_AVOID}).` }) avoid: string[] | null,
    @Arg("maxDegree", (_type) => Int, { nullable: true, description: "Never pass through an entity with more than this many relationships; no bound when omitted." })
    maxDegree: number | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const path = await services.paths.shortestPath(from, to, maxHops, { relationshipTypes, entityTypes: entityTypes as unknown as EntityLabel[] | null, avoid, maxDegree, selection: pathSelection(info) });
    return path ? pathAnswer(path) : null;
  }

  @Query((_returns) => [Path], {
    description: `Up to \`k\` distinct shortest paths (at most ${MAX_PATHS}), with the same filters and ranking as \`path\`, most specific first; empty when none exists within \`maxHops\`.`,
  })
  async paths(
    @Arg("from", (_type) => ID, { description: "Id of the start." }) from: string,
    @Arg("to", (_type) => ID, { description: "Id of the end." }) to: string,
    @Arg("k", (_type) => Int, { defaultValue: DEFAULT_PATHS, description: `How many paths at most, ${range(MAX_PATHS)}.` }) k: number,
    @Arg("maxHops", (_type) => Int, { defaultValue: DEFAULT_PATH_HOPS, description: `Longest path to consider, ${range(MAX_PATH_HOPS)}.` }) maxHops: number,
    @Arg("relationshipTypes", (_type) => [RelationshipType], { nullable: true, description: "Only relationships of these types; all when omitted." }) relationshipTypes: string[] | null,
    @Arg("entityTypes", (_type) => [EntityType], { nullable: true, description: "Kinds of entity the paths may pass through; as for `path`." }) entityTypes: EntityType[] | null,
    @Arg("avoid", (_type) => [ID], { nullable: true, description: "Ids the paths never pass through." }) avoid: string[] | null,
    @Arg("maxDegree", (_type) => Int, { nullable: true, description: "Never pass through an entity with more than this many relationships." }) maxDegree: number | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const found = await services.paths.shortestPaths(from, to, maxHops, { relationshipTypes, entityTypes: entityTypes as unknown as EntityLabel[] | null, avoid, maxDegree, selection: pathSelection(info) }, k);
    return found.map(pathAnswer);
  }

  @Query((_returns) => Subgraph, { description: "The entities within `depth` hops of one entity (breadth-first, at most `limit`) and the relationships among them, most specific first (lowest sum of both ends' link counts, then key), so a cut keeps the specific links and drops hub links first." })
  neighborhood(
    @Arg("id", (_type) => ID, { description: "Id of the centre entity." }) id: string,
    @Arg("depth", (_type) => Int, { defaultValue: DEFAULT_NEIGHBORHOOD_DEPTH, description: `How many hops out, ${range(MAX_NEIGHBORHOOD_DEPTH)}.` }) depth: number,
    @Arg("limit", (_type) => Int, { defaultValue: DEFAULT_NEIGHBORHOOD_LIMIT, description: `At most this many entities, centre included, ${range(MAX_NEIGHBORHOOD_LIMIT)}.` }) limit: number,
    @Arg("relationshipTypes", (_type) => [RelationshipType], { nullable: true, description: "Walk and return only relationships of these types; all when omitted." })
    relationshipTypes: string[] | null,
    @Arg("entityTypes", (_type) => [EntityType], { nullable: true, description: "Reach only entities of these kinds (the centre may be any); all when omitted." })
    entityTypes: EntityType[] | null,
    @Arg("avoid", (_type) => [ID], { nullable: true, description: `Ids never reached (at most ${MAX_AVOID}).` }) avoid: string[] | null,
    @Arg("maxDegree", (_type) => Int, { nullable: true, description: "Never reach an entity with more than this many relationships (hubs such as Facebook or Internet activism); no bound when omitted." })
    maxDegree: number | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.neighborhoods.neighborhood(id, depth, limit, entityFields(info, ["nodes"]), edgeFields(info, ["edges"]), {
      relationshipTypes,
      entityTypes: entityTypes as unknown as EntityLabel[] | null,
      avoid,
      maxDegree,
    });
  }

  @Query((_returns) => [RelationshipTypeInfo], { description: "The relationship vocabulary: every type, what it means, and which kinds of entity it joins." })
  relationshipTypes(@Ctx() { services }: AppContext) {
    return services.catalogue.types;
  }
}
