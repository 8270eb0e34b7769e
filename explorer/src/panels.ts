import type { GraphEdge, GraphNode, PathResult, Quote } from "./api";
import type { DatedFact } from "./timeline";

/** Small DOM helpers: every text goes in through textContent, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from the page`);
  return found as T;
}

function quotes(sources: Quote[]): HTMLElement {
  if (!sources.length) return el("p", { className: "muted" }, "No quote loaded for this element.");
  return el(
    "ul",
    { className: "quotes" },
    ...sources.map((s) => el("li", {}, el("blockquote", {}, `“${s.quote}”`), el("cite", {}, `Internet activism, ${s.section}`))),
  );
}

export function renderNodeDetails(host: HTMLElement, node: GraphNode, actions: { expand(): void }): void {
  const expand = el("button", { type: "button", className: "expand" }, "Expand neighbours");
  expand.addEventListener("click", actions.expand);
  host.replaceChildren(
    el("h3", {}, node.name),
    el("p", { className: "meta" }, `${node.label} · ${node.id}${node.date ? ` · ${node.date}${node.endDate ? ` – ${node.endDate}` : ""}` : ""}`),
    ...(node.description ? [el("p", {}, node.description)] : []),
    expand,
    el("h4", {}, "Sources"),
    quotes(node.sources),
  );
}

export function renderEdgeDetails(host: HTMLElement, edge: GraphEdge, nameOf: (id: string) => string): void {
  host.replaceChildren(
    el("h3", {}, `${nameOf(edge.from)} ${edge.type} ${nameOf(edge.to)}`),
    el("p", { className: "meta" }, [edge.type, edge.role ? `role: ${edge.role}` : "", edge.date ?? ""].filter(Boolean).join(" · ")),
    el("h4", {}, "Sources"),
    quotes(edge.sources),
  );
}

export function renderPath(host: HTMLElement, from: string, to: string, path: PathResult, nameOf: (id: string) => string): void {
  if (!path) {
    host.replaceChildren(el("p", {}, `No path between ${nameOf(from)} and ${nameOf(to)} within 6 hops.`));
    return;
  }
  const hops = path.hops.map((hop) => {
    const arrow = hop.direction === "FORWARD" ? `—${hop.type}→` : `←${hop.type}—`;
    return el("li", { className: "hop" }, el("p", { className: "hop-title" }, `${nameOf(hop.from)} ${arrow} ${nameOf(hop.to)}`), quotes(hop.edge.sources));
  });
  host.replaceChildren(el("p", {}, `${path.hops.length} hop${path.hops.length === 1 ? "" : "s"} from ${nameOf(from)} to ${nameOf(to)}:`), el("ol", { className: "hops" }, ...hops));
}

/** A plain table of a Cypher answer; objects are shown as their name or compact JSON. */
export function renderTable(host: HTMLElement, columns: string[], rows: unknown[][], truncated: boolean): void {
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return "null";
    if (typeof value !== "object") return String(value);
    const v = value as Record<string, unknown>;
    if (typeof v.name === "string") return `${v.name} (${String(v.label ?? "")})`;
    if (typeof v.type === "string" && !Array.isArray(value)) return `:${v.type}`;
    return JSON.stringify(value);
  };
  const table = el(
    "table",
    {},
    el("thead", {}, el("tr", {}, ...columns.map((c) => el("th", { scope: "col" }, c)))),
    el("tbody", {}, ...rows.map((row) => el("tr", {}, ...row.map((v) => el("td", {}, cell(v)))))),
  );
  host.replaceChildren(el("p", { className: "meta" }, `${rows.length} row${rows.length === 1 ? "" : "s"}${truncated ? " (truncated)" : ""}`), el("div", { className: "table-wrap" }, table));
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
