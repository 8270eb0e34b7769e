import * as api from "./api";
import { byId, el } from "./panels";
import type { ViewState } from "./permalink";

function exportLinks(host: HTMLElement, url: (format: api.ExportFormat) => string, prefix: string): void {
  host.replaceChildren(
    ...api.EXPORT_FORMATS.map((format) => {
      const link = el("a", { href: url(format), className: "button" }, format.toUpperCase());
      link.setAttribute("download", "");
      link.setAttribute("aria-label", `${prefix} as ${format.toUpperCase()}`);
      return link;
    }),
  );
}

/** Download links for what is on screen: the focus's neighbourhood, the drawn path, the whole graph. */
export function renderExports(state: ViewState, depth: number, nameOf: (id: string) => string): void {
  const focus = state.focus;
  byId("export-focus").textContent = focus ? nameOf(focus) : "nothing yet";
  if (focus) exportLinks(byId("export-neighborhood"), (f) => api.exportUrls.neighborhood(focus, depth, api.NEIGHBOURHOOD_LIMIT, f), "Download the neighbourhood");
  else byId("export-neighborhood").replaceChildren();
  const path = state.path;
  byId("export-path-row").hidden = !path;
  if (path) exportLinks(byId("export-path"), (f) => api.exportUrls.path(path[0], path[1], f), "Download the path");
  exportLinks(byId("export-graph"), api.exportUrls.graph, "Download the whole graph");
}
