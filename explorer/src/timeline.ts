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

/** Draws the strip: one button per fact; choosing one selects it on the canvas. */
export function renderTimeline(host: HTMLElement, facts: DatedFact[], choose: (fact: DatedFact) => void): void {
  host.replaceChildren();
  if (!facts.length) {
    const empty = document.createElement("p");
    empty.className = "muted";
    empty.textContent = "No dated facts on screen.";
    host.append(empty);
    return;
  }
  const ol = document.createElement("ol");
  for (const fact of facts) {
    const li = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = `fact fact-${fact.kind}`;
    button.dataset.id = fact.id;
    const time = document.createElement("time");
    time.textContent = fact.date;
    const text = document.createElement("span");
    text.textContent = fact.text;
    button.append(time, text);
    button.addEventListener("click", () => choose(fact));
    li.append(button);
    ol.append(li);
  }
  host.append(ol);
}
