import { strToU8, zipSync } from "fflate";
import Graph from "graphology";
import { write as writeGexf } from "graphology-gexf";
import { ATTRIBUTION, type ExportGraph } from "../../services/export.service";

/**
 * One export in four formats. Every node carries id, label, name, date (and endDate,
 * description); every edge type, role, date and its sources as JSON text
 * (`[{"section": ..., "quote": ...}]`), since GraphML, GEXF and CSV attributes are scalars.
 */
export type ExportFormat = "csv" | "graphml" | "gexf" | "json";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["csv", "graphml", "gexf", "json"];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "application/zip",
  graphml: "application/graphml+xml; charset=utf-8",
  gexf: "application/gexf+xml; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/** The file name a download gets: `graph.csv` is a zip of nodes.csv and edges.csv, so `.zip`. */
export function fileName(kind: string, format: ExportFormat): string {
  return `activism-graph-${kind}.${format === "csv" ? "zip" : format}`;
}

type Attrs = Record<string, string>;
const NODE_KEYS = ["id", "label", "name", "date", "endDate", "description"] as const;
const EDGE_KEYS = ["id", "type", "from", "to", "role", "date", "sources"] as const;

function nodeAttrs(node: ExportGraph["nodes"][number]): Attrs {
  return { id: node.id, label: node.label, name: node.name, date: node.date ?? "", endDate: node.endDate ?? "", description: node.description ?? "" };
}

function edgeAttrs(edge: ExportGraph["edges"][number]): Attrs {
  return { id: edge.id, type: edge.type, from: edge.from, to: edge.to, role: edge.role ?? "", date: edge.date ?? "", sources: JSON.stringify(edge.sources) };
}

export function render(graph: ExportGraph, format: ExportFormat): Buffer | string {
  switch (format) {
    case "json":
      return JSON.stringify({ attribution: ATTRIBUTION, kind: graph.kind, query: graph.query, truncated: graph.truncated, nodes: graph.nodes, edges: graph.edges }, null, 2);
    case "csv":
      return Buffer.from(
        zipSync({
          "nodes.csv": strToU8(csv(NODE_KEYS, graph.nodes.map(nodeAttrs))),
          "edges.csv": strToU8(csv(EDGE_KEYS, graph.edges.map(edgeAttrs))),
          "README.txt": strToU8(`${ATTRIBUTION}\nedges.csv "sources" holds the quotes as JSON: [{"section": ..., "quote": ...}].\n`),
        }),
      );
    case "graphml":
      return graphml(graph);
    case "gexf":
      return writeGexf(toGraphology(graph), { formatNode: (key, a) => ({ label: a.name, attributes: a }), formatEdge: (key, a) => ({ label: a.type, attributes: a }) });
  }
}

/** A directed multigraph keyed by entity id and relationship id, for graphology's writers. */
export function toGraphology(graph: ExportGraph): Graph<Attrs, Attrs> {
  const g = new Graph<Attrs, Attrs>({ type: "directed", multi: true });
  for (const node of graph.nodes) g.mergeNode(node.id, nodeAttrs(node));
  for (const edge of graph.edges) {
    if (g.hasNode(edge.from) && g.hasNode(edge.to)) g.addEdgeWithKey(edge.id, edge.from, edge.to, edgeAttrs(edge));
  }
  return g;
}

/** RFC 4180: comma-separated, CRLF, fields quoted when they hold a comma, quote or line break. */
function csv(keys: readonly string[], rows: Attrs[]): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [keys.join(","), ...rows.map((row) => keys.map((k) => cell(row[k] ?? "")).join(","))].join("\r\n") + "\r\n";
}

const xml = (v: string) => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** GraphML (graphology-graphml only parses): one <key> per attribute, all strings. */
function graphml(graph: ExportGraph): string {
  const g = toGraphology(graph);
  const keys = [
    ...NODE_KEYS.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
  ];
  const data = (prefix: string, attrs: Attrs) => Object.entries(attrs).map(([k, v]) => `<data key="${prefix}_${k}">${xml(v)}</data>`).join("");
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ${xml(ATTRIBUTION).replace(/--/g, "- -")} -->`,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="activism-graph" edgedefault="directed">',
  ];
  g.forEachNode((key, attrs) => lines.push(`    <node id="${xml(key)}">${data("n", attrs)}</node>`));
  g.forEachEdge((key, attrs, source, target) => lines.push(`    <edge id="${xml(key)}" source="${xml(source)}" target="${xml(target)}">${data("e", attrs)}</edge>`));
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
