import { el } from "./panels";

/**
 * Checkboxes for the entity labels and relationship types on screen; unticking hides them.
 * `hidden` holds labels and types together (they never collide: types are UPPER_CASE).
 */
export function renderFilters(host: HTMLElement, values: string[], hidden: Set<string>, changed: () => void): void {
  host.replaceChildren(
    ...values.map((value) => {
      const box = el("input", { type: "checkbox", checked: !hidden.has(value) });
      box.setAttribute("value", value);
      box.addEventListener("change", () => {
        if (box.checked) hidden.delete(value);
        else hidden.add(value);
        changed();
      });
      return el("label", { className: "filter" }, box, ` ${value}`);
    }),
  );
}
