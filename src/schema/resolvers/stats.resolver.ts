import { Ctx, Query, Resolver } from "type-graphql";
import type { AppContext } from "../../server/context";
import { GraphStats } from "../types/graph-stats.type";

@Resolver()
export class StatsResolver {
  @Query((_returns) => GraphStats, { description: "Counts of entities per label and relationships per type, read live from the graph." })
  stats(@Ctx() { services }: AppContext): Promise<GraphStats> {
    return services.stats.stats();
  }
}
