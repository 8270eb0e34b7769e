import { labelCounts, relationshipCounts } from "../graph/queries/stats.queries";
import type { GraphGateway } from "../graph/run";

export type GraphStatsView = {
  entityCount: number;
  relationshipCount: number;
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
};

export class StatsService {
  constructor(private readonly graph: GraphGateway) {}

  async stats(): Promise<GraphStatsView> {
    const [labels, relationshipTypes] = await Promise.all([this.graph.read(labelCounts()), this.graph.read(relationshipCounts())]);
    const sum = (rows: { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);
    return { entityCount: sum(labels), relationshipCount: sum(relationshipTypes), labels, relationshipTypes };
  }
}
