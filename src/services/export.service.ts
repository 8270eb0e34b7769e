import type { EdgeView, EntityView } from "../domain";
import { BadUserInputError, QueryTooCostlyError } from "../errors";
import { allEntities, allRelationships, graphSize, relationshipsAmong } from "../graph/queries/export.queries";
import type { GraphGateway } from "../graph/run";
import { checkDate, checkRange } from "./input-checks";
import type { Services } from "./services";
import { toEdge, toEntity } from "./views";
import { DEFAULT_NEIGHBORHOOD_DEPTH, DEFAULT_NEIGHBORHOOD_LIMIT, DEFAULT_PAGE_SIZE, DEFAULT_PATH_HOPS, DEFAULT_SEARCH_RESULTS, EDGES_PER_NODE, MAX_NEIGHBORHOOD_LIMIT, MAX_PAGE_SIZE, MAX_PATH_HOPS, MAX_SEARCH_RESULTS } from "../bounds";

/** What every export carries: the graph, what was asked, and where the facts come from. */
export type ExportGraph = {
  kind: ExportKind;
  query: Record<string, string | number>;
  nodes: EntityView[];
  edges: EdgeView[];
  truncated: boolean;
};
export type ExportKind = "graph" | "neighborhood" | "path" | "search" | "timeline";

export const ATTRIBUTION =
  'Curated from the Wikipedia article "Internet activism" (https://en.wikipedia.org/wiki/Internet_activism), CC BY-SA 4.0; every fact cites a verbatim quote.';

type Raw = Record<string, string | undefined>;

/**
 * The graph-shaped answers of the API as downloadable graphs, bounded by the API's own rules: the
 * same argument ranges, and a cost (nodes plus edges it can return) under the same COST_LIMIT.
 */
export class ExportService {
  constructor(
    private readonly graph: GraphGateway,
    private readonly services: Services,
    private readonly costLimit: number,
  ) {}

  async build(kind: ExportKind, raw: Raw): Promise<ExportGraph> {
    switch (kind) {
      case "graph":
        return this.whole();
      case "neighborhood": {
        const id = text(raw, "id");
        const depth = int(raw, "depth", DEFAULT_NEIGHBORHOOD_DEPTH);
        const limit = int(raw, "limit", DEFAULT_NEIGHBORHOOD_LIMIT);
        checkRange("limit", limit, 1, MAX_NEIGHBORHOOD_LIMIT);
        this.checkCost(limit * (1 + EDGES_PER_NODE));
        const sub = await this.services.neighborhoods.neighborhood(id, depth, limit);
        return { kind, query: { id, depth, limit }, nodes: sub.nodes, edges: sub.edges, truncated: sub.truncated };
      }
      case "path": {
        const from = text(raw, "from");
        const to = text(raw, "to");
        const maxHops = checkRange("maxHops", int(raw, "maxHops", DEFAULT_PATH_HOPS), 1, MAX_PATH_HOPS);
        this.checkCost(2 * maxHops + 1);
        const path = await this.services.paths.shortestPath(from, to, maxHops);
        return { kind, query: { from, to, maxHops }, nodes: path?.nodes ?? [], edges: path?.steps.map((s) => s.edge) ?? [], truncated: false };
      }
      case "search": {
        const q = text(raw, "q");
        const first = checkRange("first", int(raw, "first", DEFAULT_SEARCH_RESULTS), 1, MAX_SEARCH_RESULTS);
        this.checkCost(first * (1 + EDGES_PER_NODE));
        const hits = await this.services.search.search(q, null, first);
        return this.withEdgesAmong(kind, { q, first }, hits.map((h) => h.entity));
      }
      case "timeline": {
        const from = raw.from ? checkDate("from", raw.from) : null;
        const to = raw.to ? checkDate("to", raw.to) : null;
        const first = checkRange("first", int(raw, "first", DEFAULT_PAGE_SIZE), 1, MAX_PAGE_SIZE);
        // Every dated fact of the window, as `timeline` answers it: each entry brings its event, or
        // the two ends of its dated relationship, and that relationship comes first among the edges.
        this.checkCost(2 * first * (1 + EDGES_PER_NODE));
        const page = await this.services.timeline.page({ first, from, to });
        const entries = page.items.map((i) => i.node);
        const nodes = new Map<string, EntityView>();
        for (const e of entries) for (const n of e.kind === "EVENT" ? [e.event] : [e.subject, e.object]) if (!nodes.has(n.id)) nodes.set(n.id, n);
        const facts = entries.flatMap((e): EdgeView[] =>
          e.kind === "FACT" ? [{ id: e.key, type: e.type, from: e.subject.id, to: e.object.id, role: e.role, date: e.date, sources: e.sources }] : [],
        );
        const query: Record<string, string | number> = { first, ...(from ? { from } : {}), ...(to ? { to } : {}) };
        const result = await this.withEdgesAmong(kind, query, [...nodes.values()], facts);
        return { ...result, truncated: result.truncated || page.hasNextPage };
      }
    }
  }

  private async whole(): Promise<ExportGraph> {
    const [size] = await this.graph.read(graphSize());
    this.checkCost(size.nodes + size.edges);
    const [nodes, edges] = await Promise.all([this.graph.read(allEntities(size.nodes)), this.graph.read(allRelationships(size.edges))]);
    return { kind: "graph", query: {}, nodes: nodes.map((r) => toEntity(r.entity)), edges: edges.map((r) => toEdge(r.edge)), truncated: false };
  }

  /** The nodes with the relationships among them, at most EDGES_PER_NODE per node, `first` ahead of the rest. */
  private async withEdgesAmong(kind: ExportKind, query: Record<string, string | number>, nodes: EntityView[], first: EdgeView[] = []): Promise<ExportGraph> {
    const cap = nodes.length * EDGES_PER_NODE;
    const rows = nodes.length ? await this.graph.read(relationshipsAmong(nodes.map((n) => n.id), cap + 1)) : [];
    const taken = new Set(first.map((e) => e.id));
    const edges = [...first, ...rows.map((r) => toEdge(r.edge)).filter((e) => !taken.has(e.id))];
    return { kind, query, nodes, edges: edges.slice(0, cap), truncated: edges.length > cap };
  }

  private checkCost(requested: number): void {
    if (requested > this.costLimit) throw new QueryTooCostlyError(requested, this.costLimit);
  }
}

function text(raw: Raw, name: string): string {
  const value = raw[name];
  if (typeof value !== "string" || value === "") throw new BadUserInputError(`${name} is required.`, name);
  return value;
}

function int(raw: Raw, name: string, fallback: number): number {
  const value = raw[name];
  if (value === undefined || value === "") return fallback;
  if (!/^\d{1,9}$/.test(value)) throw new BadUserInputError(`${name} must be a whole number (got "${value.slice(0, 20)}").`, name);
  return Number(value);
}
