import { createLoaders } from "../graph/loaders";
import type { GraphGateway } from "../graph/run";
import type { RelationshipCatalogue } from "./catalogue";
import { CypherService, type CypherOptions } from "./cypher.service";
import { EntityService } from "./entity.service";
import { LinkService } from "./link.service";
import { NeighborhoodService } from "./neighborhood.service";
import { PathService } from "./path.service";
import { SearchService } from "./search.service";
import { StatsService } from "./stats.service";
import { TimelineService } from "./timeline.service";

/** Everything a resolver may call, built per request so DataLoader caches never outlive it. */
export type Services = {
  entities: EntityService;
  links: LinkService;
  search: SearchService;
  paths: PathService;
  neighborhoods: NeighborhoodService;
  stats: StatsService;
  cypher: CypherService;
  timeline: TimelineService;
  catalogue: RelationshipCatalogue;
};

/** Used when no options are given (tests and scripts): on, on the default database and timeout. */
export const DEFAULT_CYPHER_OPTIONS: CypherOptions = { enabled: true, database: "neo4j", timeoutMs: 5000 };

export function createServices(graph: GraphGateway, catalogue: RelationshipCatalogue, cypher: CypherOptions = DEFAULT_CYPHER_OPTIONS): Services {
  const loaders = createLoaders(graph);
  const links = new LinkService(loaders, catalogue);
  return {
    entities: new EntityService(graph, loaders, links),
    links,
    search: new SearchService(graph),
    paths: new PathService(graph, loaders, catalogue),
    neighborhoods: new NeighborhoodService(graph, catalogue),
    stats: new StatsService(graph),
    cypher: new CypherService(graph, cypher),
    timeline: new TimelineService(graph, catalogue),
    catalogue,
  };
}
