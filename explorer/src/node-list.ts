import type { Core } from "cytoscape";
import { byId, el } from "./panels";

export type NodeListActions = { select(id: string): void; unselect(id: string): void; expand(id: string): void };

/** The keyboard's way into the drawing: one row per visible node, ticked when selected. */
export function renderNodeList(cy: Core, actions: NodeListActions): void {
  const list = byId("node-list");
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.id;
  const nodes = cy.nodes().not(".filtered").sort((a, b) => String(a.data("name")).localeCompare(String(b.data("name"))));
  byId("node-count").textContent = `(${nodes.length})`;
  list.replaceChildren(
    ...nodes.map((node) => {
      const id = node.id();
      const box = el("input", { type: "checkbox", checked: node.selected(), className: "pick" });
      box.dataset.id = id;
      box.addEventListener("change", () => (box.checked ? actions.select(id) : actions.unselect(id)));
      box.addEventListener("keydown", (event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          actions.expand(id);
        }
      });
      const expandButton = el("button", { type: "button", className: "expand-row" }, "Expand");
      expandButton.setAttribute("aria-label", `Expand ${node.data("name")}`);
      expandButton.addEventListener("click", () => actions.expand(id));
      return el("li", {}, el("label", {}, box, el("span", { className: `dot ${node.data("label")}` }), ` ${node.data("name")}`), expandButton);
    }),
  );
  if (focused) (list.querySelector(`input[data-id="${CSS.escape(focused)}"]`) as HTMLElement | null)?.focus();
}

/** Ticks the rows of the nodes selected in the drawing. */
export function syncChecks(cy: Core): void {
  for (const box of byId("node-list").querySelectorAll<HTMLInputElement>("input.pick")) {
    box.checked = cy.getElementById(box.dataset.id ?? "").selected();
  }
}
