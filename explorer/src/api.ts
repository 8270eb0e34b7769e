/**
 * Every call the explorer makes to the API, and the plain shapes it turns the answers into.
 * The rest of the page never writes GraphQL or URLs: when a field changes (the `timeline` rewrite,
 * the `cypher` result, the /export/ scheme), this is the one file to adapt.
 */

export type Quote = { section: string; quote: string };
export type GraphNode = { id: string; label: string; name: string; description?: string; date?: string | null; endDate?: string | null; sources: Quote[] };
export type GraphEdge = { id: string; from: string; to: string; type: string; role?: string | null; date?: string | null; sources: Quote[] };
export type Subgraph = { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean };
export type SearchHit = { id: string; label: string; name: string; description: string; score: number };
export type PathHop = { from: string; to: string; type: string; direction: "FORWARD" | "BACKWARD"; edge: GraphEdge };
export type PathResult = { nodes: GraphNode[]; hops: PathHop[] } | null;
export type CypherTable = { columns: string[]; rows: unknown[][]; truncated: boolean; graph: Subgraph };

export class ApiError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

const ENDPOINT = "/graphql";

const NODE_FIELDS = /* GraphQL */ `__typename id name description sources { section quote } ... on Event { date endDate }`;
const EDGE_FIELDS = /* GraphQL */ `id from to type role date sources { section quote }`;

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new ApiError(first.message, first.extensions?.code);
  }
  if (!body.data) throw new ApiError(`The API answered ${response.status} without data.`);
  return body.data;
}

type RawNode = { __typename: string; id: string; name: string; description?: string; sources?: Quote[]; date?: string | null; endDate?: string | null };

function toNode(raw: RawNode): GraphNode {
  return { id: raw.id, label: raw.__typename, name: raw.name, description: raw.description, date: raw.date ?? null, endDate: raw.endDate ?? null, sources: raw.sources ?? [] };
}

export async function search(query: string, first = 10): Promise<SearchHit[]> {
  const data = await gql<{ search: { score: number; entity: RawNode }[] }>(
    `query ExplorerSearch($query: String!, $first: Int!) { search(query: $query, first: $first) { score entity { __typename id name description } } }`,
    { query, first },
  );
  return data.search.map((hit) => ({ id: hit.entity.id, label: hit.entity.__typename, name: hit.entity.name, description: hit.entity.description ?? "", score: hit.score }));
}

/** Most entities one neighbourhood draws (the API allows more; more than this is unreadable). */
export const NEIGHBOURHOOD_LIMIT = 60;

export async function neighborhood(id: string, depth = 1, limit = NEIGHBOURHOOD_LIMIT): Promise<Subgraph> {
  const data = await gql<{ neighborhood: { nodes: RawNode[]; edges: GraphEdge[]; truncated: boolean } }>(
    `query ExplorerNeighborhood($id: ID!, $depth: Int!, $limit: Int!) {
      neighborhood(id: $id, depth: $depth, limit: $limit) { truncated nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } } }`,
    { id, depth, limit },
  );
  return { nodes: data.neighborhood.nodes.map(toNode), edges: data.neighborhood.edges, truncated: data.neighborhood.truncated };
}

export async function shortestPath(from: string, to: string, maxHops = 6): Promise<PathResult> {
  type RawStep = { type: string; direction: "FORWARD" | "BACKWARD"; from: { id: string }; to: { id: string }; relationship: GraphEdge };
  const data = await gql<{ path: { nodes: RawNode[]; steps: RawStep[] } | null }>(
    `query ExplorerPath($from: ID!, $to: ID!, $maxHops: Int!) {
      path(from: $from, to: $to, maxHops: $maxHops) { nodes { ${NODE_FIELDS} }
        steps { type direction from { id } to { id } relationship { ${EDGE_FIELDS} } } } }`,
    { from, to, maxHops },
  );
  if (!data.path) return null;
  return {
    nodes: data.path.nodes.map(toNode),
    hops: data.path.steps.map((s) => ({ from: s.from.id, to: s.to.id, type: s.type, direction: s.direction, edge: s.relationship })),
  };
}

/** Full details (description, date, quotes) of entities known only by reference, 25 per request (aliases are capped). */
export async function entities(ids: string[]): Promise<GraphNode[]> {
  const found: GraphNode[] = [];
  for (let start = 0; start < ids.length; start += 25) {
    const chunk = ids.slice(start, start + 25);
    const args = chunk.map((_, i) => `$id${i}: ID!`).join(", ");
    const fields = chunk.map((_, i) => `n${i}: node(id: $id${i}) { ... on Entity { ${NODE_FIELDS} } }`).join(" ");
    const data = await gql<Record<string, RawNode | null>>(`query ExplorerEntities(${args}) { ${fields} }`, Object.fromEntries(chunk.map((id, i) => [`id${i}`, id])));
    for (const raw of Object.values(data)) if (raw) found.push(toNode(raw));
  }
  return found;
}

/**
 * The read-only Cypher field. Cells that are entity references ({id, label, name}) become nodes,
 * relationships (type plus both ends) become edges; everything else stays a table cell.
 */
export async function runCypher(statement: string, parameters: Record<string, unknown> | null): Promise<CypherTable> {
  const data = await gql<{ cypher: { columns: string[]; rows: unknown[]; truncated?: boolean } }>(
    `query ExplorerCypher($statement: String!, $parameters: JSON) { cypher(statement: $statement, parameters: $parameters) { columns rows truncated } }`,
    { statement, parameters },
  );
  const { columns } = data.cypher;
  const rows = data.cypher.rows.map((row) => (Array.isArray(row) ? row : columns.map((c) => (row as Record<string, unknown>)[c])));
  return { columns, rows, truncated: Boolean(data.cypher.truncated), graph: graphOfCells(rows) };
}

/** Collects the nodes and relationships found anywhere in a Cypher result (lists and paths included). */
export function graphOfCells(rows: unknown[][]): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const endId = (end: unknown): string | undefined => (typeof end === "string" ? end : (end as { id?: string } | null)?.id);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    const v = value as Record<string, unknown>;
    const from = endId(v.from ?? v.start ?? v.startNode);
    const to = endId(v.to ?? v.end ?? v.endNode);
    if (typeof v.type === "string" && from && to) {
      const id = typeof v.key === "string" ? v.key : `${from}|${v.type}|${to}`;
      edges.set(id, { id, from, to, type: v.type, role: (v.role as string) ?? null, date: (v.date as string) ?? null, sources: (v.sources as Quote[]) ?? [] });
      for (const end of [v.from ?? v.start ?? v.startNode, v.to ?? v.end ?? v.endNode]) visit(end);
      return;
    }
    if (typeof v.id === "string" && typeof v.name === "string" && typeof v.label === "string") {
      if (!nodes.has(v.id)) nodes.set(v.id, { id: v.id, label: v.label, name: v.name, sources: (v.sources as Quote[]) ?? [] });
      return;
    }
    Object.values(v).forEach(visit);
  };
  rows.forEach(visit);
  const known = (id: string) => nodes.has(id);
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => known(e.from) && known(e.to)), truncated: false };
}

export type ExportFormat = "csv" | "graphml" | "gexf" | "json";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["csv", "graphml", "gexf", "json"];

/** The /export/ endpoints of the API (part 2 of issue 12). */
export const exportUrls = {
  neighborhood: (id: string, depth: number, limit: number, format: ExportFormat) =>
    `/export/neighborhood.${format}?id=${encodeURIComponent(id)}&depth=${depth}&limit=${limit}`,
  path: (from: string, to: string, format: ExportFormat) => `/export/path.${format}?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
  graph: (format: ExportFormat) => `/export/graph.${format}`,
};
