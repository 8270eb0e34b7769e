import type { GraphGateway } from "../graph/run";
import { RelationshipCatalogue } from "../services/catalogue";
import type { CypherOptions } from "../services/cypher.service";
import { createServices, type Services } from "../services/services";

/** Per-request state: fresh services (and their DataLoaders) so no cache outlives a request. */
export type AppContext = {
  services: Services;
};

export function createContextFactory(
  graph: GraphGateway,
  catalogue = RelationshipCatalogue.fromDataDir(),
  cypher?: CypherOptions,
): () => Promise<AppContext> {
  return async () => ({ services: createServices(graph, catalogue, cypher) });
}
