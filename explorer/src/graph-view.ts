import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import type { GraphEdge, GraphNode, Subgraph } from "./api";

/** One colour per entity label, chosen to stay distinguishable for the common colour blindnesses. */
export const LABEL_COLOURS: Record<string, string> = {
  Actor: "#0072B2",
  Movement: "#D55E00",
  Hashtag: "#CC79A7",
  Platform: "#009E73",
  Event: "#E69F00",
  Topic: "#56B4E9",
};

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(name)",
      "background-color": (ele: cytoscape.NodeSingular) => LABEL_COLOURS[ele.data("label") as string] ?? "#777",
      color: "#1b1b1b",
      "font-size": 11,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "ellipsis",
      "text-max-width": "120px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.8,
      "text-background-padding": "1px",
      width: 22,
      height: 22,
      "border-width": 2,
      "border-color": "#ffffff",
    },
  },
  { selector: "node.focus", style: { width: 32, height: 32, "font-weight": "bold" } },
  { selector: "node:selected", style: { "border-color": "#111", "border-width": 4, "overlay-opacity": 0 } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#9aa0a6",
      "target-arrow-color": "#9aa0a6",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      label: "data(type)",
      "font-size": 8,
      color: "#555",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.8,
    },
  },
  { selector: "edge:selected", style: { "line-color": "#111", "target-arrow-color": "#111", width: 3 } },
  { selector: "node.on-path", style: { "border-color": "#C2185B", "border-width": 4 } },
  { selector: "edge.on-path", style: { "line-color": "#C2185B", "target-arrow-color": "#C2185B", width: 4 } },
  { selector: ".filtered", style: { display: "none" } },
];

export type GraphView = {
  cy: Core;
  add(graph: Subgraph, centre?: string): void;
  layout(): void;
  clear(): void;
  nodes(): GraphNode[];
  edges(): GraphEdge[];
  nameOf(id: string): string;
};

export function createGraphView(container: HTMLElement): GraphView {
  const cy = cytoscape({ container, style: STYLE, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3, boxSelectionEnabled: false });
  const view: GraphView = {
    cy,
    add(graph, centre) {
      const fresh: ElementDefinition[] = [];
      const anchor = centre ? cy.getElementById(centre) : undefined;
      const at = anchor && anchor.nonempty() ? { ...anchor.position() } : { x: 0, y: 0 };
      for (const node of graph.nodes) {
        const existing = cy.getElementById(node.id);
        // A node first drawn by a Cypher cell has no quotes yet; a later full answer fills them in.
        if (existing.nonempty()) {
          if (!(existing.data("sources") as unknown[]).length && node.sources.length) existing.data({ ...node });
          continue;
        }
        fresh.push({ group: "nodes", data: { ...node } });
      }
      // New nodes start on a ring around the node they hang off, so the layout only refines.
      const ring = fresh.filter((f) => f.data.id !== centre);
      ring.forEach((f, i) => {
        const angle = (2 * Math.PI * i) / Math.max(ring.length, 1);
        const radius = 90 + 6 * ring.length;
        f.position = { x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle) };
      });
      const self = fresh.find((f) => f.data.id === centre);
      if (self) self.position = { ...at };
      for (const edge of graph.edges) {
        if (cy.getElementById(edge.id).nonempty()) continue;
        fresh.push({ group: "edges", data: { ...edge, source: edge.from, target: edge.to } });
      }
      cy.add(fresh);
    },
    layout() {
      cy.layout({ name: "cose", animate: false, randomize: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 110, nodeOverlap: 20, padding: 30 } as cytoscape.LayoutOptions).run();
      cy.fit(undefined, 30);
      // A handful of nodes would otherwise be blown up to the maximum zoom.
      if (cy.zoom() > 1.4) {
        cy.zoom(1.4);
        cy.center();
      }
    },
    clear() {
      cy.elements().remove();
    },
    nodes: () => cy.nodes().map((n) => n.data() as GraphNode),
    edges: () => cy.edges().map((e) => e.data() as GraphEdge),
    nameOf: (id) => (cy.getElementById(id).data("name") as string | undefined) ?? id,
  };
  return view;
}
