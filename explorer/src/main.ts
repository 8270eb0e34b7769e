import type { NodeSingular } from "cytoscape";
import * as api from "./api";
import { renderFilters } from "./filters";
import { createGraphView } from "./graph-view";
import { byId, el, renderEdgeDetails, renderNodeDetails, renderPath, renderTable, renderTimeline } from "./panels";
import { readState, writeState, type ViewState } from "./permalink";
import { datedFacts } from "./timeline";
import { renderExports } from "./exports";
import { renderNodeList, syncChecks } from "./node-list";

const NEIGHBOURHOOD_DEPTH = 1;

const view = createGraphView(byId("graph"));
const { cy } = view;
const state: ViewState = readState(location.search);
const hidden = new Set(state.hidden);

const status = byId("status");
function say(message: string, isError = false): void {
  status.textContent = message;
  status.classList.toggle("error", isError);
}

async function guarded<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
  say(`${what}…`);
  document.body.setAttribute("aria-busy", "true");
  try {
    const result = await work();
    say("");
    return result;
  } catch (error) {
    const code = error instanceof api.ApiError && error.code ? ` (${error.code})` : "";
    say(`${what} failed: ${(error as Error).message}${code}`, true);
    return undefined;
  } finally {
    document.body.removeAttribute("aria-busy");
  }
}

// ---- search -------------------------------------------------------------------------------

byId<HTMLFormElement>("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const query = byId<HTMLInputElement>("search-input").value.trim();
  if (!query) return;
  void guarded("Searching", async () => {
    const hits = await api.search(query);
    const list = byId("search-results");
    list.replaceChildren(
      ...hits.map((hit) => {
        const button = el("button", { type: "button", className: "hit" }, el("span", { className: `badge ${hit.label}` }, hit.label), ` ${hit.name}`);
        button.dataset.id = hit.id;
        button.title = hit.description;
        button.addEventListener("click", () => void openEntity(hit.id));
        return el("li", {}, button);
      }),
    );
    if (!hits.length) list.replaceChildren(el("li", { className: "muted" }, `Nothing matches “${query}”.`));
    (list.querySelector("button") as HTMLButtonElement | null)?.focus();
  });
});

// ---- drawing ------------------------------------------------------------------------------

async function openEntity(id: string): Promise<void> {
  view.clear();
  Object.assign(state, { focus: id, expanded: [], path: null, selected: id, cypher: null, params: null });
  byId("path-panel").hidden = true;
  await guarded("Loading the neighbourhood", async () => {
    const graph = await api.neighborhood(id, NEIGHBOURHOOD_DEPTH);
    view.add(graph, id);
    cy.getElementById(id).addClass("focus");
    view.layout();
    return graph;
  }).then((graph) => graph?.truncated && say("The API cut this neighbourhood at its limits; expand nodes to see more."));
  changed();
  select(id);
}

async function expand(id: string): Promise<void> {
  await guarded("Expanding", async () => {
    view.add(await api.neighborhood(id, NEIGHBOURHOOD_DEPTH), id);
    view.layout();
  });
  if (!state.expanded.includes(id) && id !== state.focus) state.expanded.push(id);
  changed();
}

async function drawPath(from: string, to: string): Promise<void> {
  const path = await guarded("Finding the shortest path", () => api.shortestPath(from, to));
  if (path === undefined) return;
  state.path = [from, to];
  cy.elements().removeClass("on-path");
  if (path) {
    const added = path.nodes.some((n) => cy.getElementById(n.id).empty());
    view.add({ nodes: path.nodes, edges: path.hops.map((h) => h.edge), truncated: false });
    for (const node of path.nodes) cy.getElementById(node.id).addClass("on-path");
    for (const hop of path.hops) cy.getElementById(hop.edge.id).addClass("on-path");
    if (added) view.layout();
  }
  byId("path-panel").hidden = false;
  renderPath(byId("path"), from, to, path, view.nameOf);
  changed();
}

function select(id: string, additive = false): void {
  const target = cy.getElementById(id);
  if (target.empty()) return;
  if (!additive) cy.elements().not(target).unselect();
  target.select();
}

// ---- selection, hover, details ----------------------------------------------------------

function showDetails(id: string | null): void {
  const host = byId("details");
  if (!id) return;
  const target = cy.getElementById(id);
  if (target.empty()) return;
  if (target.group() === "nodes") renderNodeDetails(host, target.data() as api.GraphNode, { expand: () => void expand(id) });
  else renderEdgeDetails(host, target.data() as api.GraphEdge, view.nameOf);
}

cy.on("select", (event) => {
  const id = event.target.id() as string;
  state.selected = id;
  showDetails(id);
  syncChecks(cy);
  const picked = cy.nodes(":selected");
  if (event.target.isNode() && picked.length === 2) {
    const [a, b] = [picked.not(event.target).id(), id];
    void drawPath(a, b);
  }
  writeUrl();
});
cy.on("unselect", () => {
  syncChecks(cy);
  const still = cy.elements(":selected");
  state.selected = still.nonempty() ? still.last().id() : null;
  writeUrl();
});
cy.on("mouseover", "node, edge", (event) => showDetails(event.target.id()));
cy.on("mouseout", "node, edge", () => showDetails(state.selected));
cy.on("dbltap", "node", (event) => void expand((event.target as NodeSingular).id()));

// ---- everything that follows what is on screen ------------------------------------------

function changed(): void {
  applyFilters();
  renderNodeList(cy, nodeListActions);
  const present = (values: string[]) => [...new Set(values)].sort();
  renderFilters(byId("label-filters"), present(view.nodes().map((n) => n.label)), hidden, filtersChanged);
  renderFilters(byId("type-filters"), present(view.edges().map((e) => e.type)), hidden, filtersChanged);
  renderTimeline(byId("timeline"), datedFacts(view.nodes(), view.edges(), view.nameOf), (fact) => select(fact.id));
  renderExports(state, NEIGHBOURHOOD_DEPTH, view.nameOf);
  writeUrl();
}

function filtersChanged(): void {
  applyFilters();
  renderNodeList(cy, nodeListActions);
  writeUrl();
}

const nodeListActions = {
  select: (id: string) => select(id, true),
  unselect: (id: string) => void cy.getElementById(id).unselect(),
  expand: (id: string) => void expand(id),
};

function applyFilters(): void {
  cy.batch(() => {
    cy.elements().removeClass("filtered");
    cy.nodes().filter((n) => hidden.has(n.data("label"))).addClass("filtered");
    cy.edges().filter((e) => hidden.has(e.data("type"))).addClass("filtered");
  });
  state.hidden = [...hidden];
}

function writeUrl(): void {
  const url = `${location.pathname}${writeState(state)}`;
  history.replaceState(null, "", url);
  byId<HTMLAnchorElement>("permalink").href = url;
}

byId("png-button").addEventListener("click", () => {
  const png = cy.png({ full: true, scale: 2, bg: "#ffffff", output: "base64uri" }) as string;
  const link = el("a", { href: png, download: `activism-graph-${(state.focus ?? "view").replace(/[^a-z0-9-]+/gi, "-")}.png` });
  document.body.append(link);
  link.click();
  link.remove();
});

// ---- Cypher console -----------------------------------------------------------------------

async function runCypher(statement: string, paramsText: string): Promise<void> {
  let parameters: Record<string, unknown> | null = null;
  try {
    parameters = paramsText.trim() ? (JSON.parse(paramsText) as Record<string, unknown>) : null;
  } catch {
    say("The parameters are not valid JSON.", true);
    return;
  }
  const result = await guarded("Running the Cypher statement", () => api.runCypher(statement, parameters));
  if (!result) return;
  state.cypher = statement;
  state.params = paramsText.trim() || null;
  renderTable(byId("cypher-result"), result.columns, result.rows, result.truncated);
  if (result.graph.nodes.length) {
    const bare = result.graph.nodes.filter((n) => cy.getElementById(n.id).empty()).map((n) => n.id);
    const full = new Map((await guarded("Loading the quotes of the nodes", () => api.entities(bare)))?.map((n) => [n.id, n]) ?? []);
    view.add({ ...result.graph, nodes: result.graph.nodes.map((n) => full.get(n.id) ?? n) });
    view.layout();
    changed();
  } else writeUrl();
}

byId<HTMLFormElement>("cypher-form").addEventListener("submit", (event) => {
  event.preventDefault();
  void runCypher(byId<HTMLTextAreaElement>("cypher-input").value, byId<HTMLTextAreaElement>("cypher-params").value);
});

// ---- reopen a permalink -------------------------------------------------------------------

async function replay(saved: ViewState): Promise<void> {
  if (saved.focus) {
    const { expanded, path, selected } = saved;
    await openEntity(saved.focus);
    for (const id of expanded) await expand(id);
    if (path) await drawPath(path[0], path[1]);
    cy.elements().unselect();
    if (selected) select(selected);
  }
  if (saved.cypher) {
    byId<HTMLTextAreaElement>("cypher-input").value = saved.cypher;
    byId<HTMLTextAreaElement>("cypher-params").value = saved.params ?? "";
    byId<HTMLDetailsElement>("cypher-panel").open = true;
    await runCypher(saved.cypher, saved.params ?? "");
  }
  changed();
  document.body.dataset.ready = "true";
}

void replay({ ...state, hidden: [...hidden] });
