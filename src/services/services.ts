import { createLoaders } from "../graph/loaders";
import type { GraphGateway } from "../graph/run";
import type { RelationshipCatalogue } from "./catalogue";
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
  timeline: TimelineService;
  catalogue: RelationshipCatalogue;
};

export function createServices(graph: GraphGateway, catalogue: RelationshipCatalogue): Services {
  const loaders = createLoaders(graph);
  const links = new LinkService(loaders, catalogue);
  return {
    entities: new EntityService(graph, loaders, links),
    links,
    search: new SearchService(graph),
    paths: new PathService(graph, loaders, catalogue),
    neighborhoods: new NeighborhoodService(graph, catalogue),
    stats: new StatsService(graph),
    timeline: new TimelineService(graph, catalogue),
    catalogue,
  };
}
