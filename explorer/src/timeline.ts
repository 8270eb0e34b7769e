import type { GraphEdge, GraphNode } from "./api";

/**
 * The dated facts of what is on screen: dated events and dated relationships. Built from the
 * elements already drawn (no extra request), sorted the way the API sorts dates: a year before
 * its months, a month before its days (`2018` < `2018-02` < `2018-02-14`), i.e. plain string order.
 */
export type DatedFact = { id: string; kind: "node" | "edge"; date: string; text: string };

export function datedFacts(nodes: GraphNode[], edges: GraphEdge[], nameOf: (id: string) => string): DatedFact[] {
  const facts: DatedFact[] = [];
  for (const node of nodes) {
    if (node.date) facts.push({ id: node.id, kind: "node", date: node.endDate ? `${node.date} – ${node.endDate}` : node.date, text: node.name });
  }
  for (const edge of edges) {
    if (edge.date) facts.push({ id: edge.id, kind: "edge", date: edge.date, text: `${nameOf(edge.from)} ${edge.type} ${nameOf(edge.to)}` });
  }
  return facts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.text.localeCompare(b.text)));
}
