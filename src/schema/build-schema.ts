import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { resolveLazyCounts } from "./lazy-counts";
import { useSynchronousResolveType } from "./resolve-types";
import { Actor } from "./types/actor.type";
import { Event } from "./types/event.type";
import { Hashtag } from "./types/hashtag.type";
import { Movement } from "./types/movement.type";
import { Platform } from "./types/platform.type";
import { Topic } from "./types/topic.type";
import { ActorQueries } from "./resolvers/actor.resolver";
import { CypherResolver } from "./resolvers/cypher.resolver";
import { EntityResolver } from "./resolvers/entity.resolver";
import { EventQueries, EventResolver } from "./resolvers/event.resolver";
import { GraphResolver } from "./resolvers/graph.resolver";
import { HashtagQueries, HashtagResolver } from "./resolvers/hashtag.resolver";
import { MovementQueries, MovementResolver } from "./resolvers/movement.resolver";
import { PlatformQueries } from "./resolvers/platform.resolver";
import { StatsResolver } from "./resolvers/stats.resolver";
import { TimelineResolver } from "./resolvers/timeline.resolver";
import { TopicQueries } from "./resolvers/topic.resolver";
import { EventEntry, FactEntry } from "./types/timeline.types";

/** The single list of resolvers. */
export const RESOLVERS = [
  GraphResolver,
  EntityResolver,
  MovementQueries,
  MovementResolver,
  ActorQueries,
  HashtagQueries,
  HashtagResolver,
  PlatformQueries,
  EventQueries,
  EventResolver,
  TopicQueries,
  StatsResolver,
  CypherResolver,
  TimelineResolver,
] as const;

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...RESOLVERS],
    // Concrete types are reachable only through interfaces and unions in some fields; list them all.
    orphanedTypes: [Movement, Actor, Hashtag, Platform, Event, Topic, EventEntry, FactEntry],
    // Arguments are checked before execution by the cost plugin and again in the services;
    // class-validator on every field's arguments measured as pure overhead (bench/RESULTS.md).
    validate: false,
  });
  // type-graphql has no option for the root type's description; Sandbox shows it first.
  schema.getQueryType()!.description =
    "Activism Graph: the Wikipedia article \"Internet activism\" as a graph of actors, movements, hashtags, platforms, events and topics. " +
    "Every entity and relationship cites the verbatim passage it comes from (`sources`).";
  return resolveLazyCounts(useSynchronousResolveType(schema));
}
