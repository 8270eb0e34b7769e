/**
 * The page's state as URL query parameters, so a finding can be shared and reopened:
 * `?focus=<id>&expand=<id>,<id>&path=<from>,<to>&select=<id>&hide=<label>,<TYPE>&cypher=<statement>&params=<JSON>`.
 * Reopening replays the same API calls in the same order, so the same view comes back.
 */
export type ViewState = {
  focus: string | null;
  expanded: string[];
  path: [string, string] | null;
  selected: string | null;
  hidden: string[];
  cypher: string | null;
  params: string | null;
};

export const EMPTY_STATE: ViewState = { focus: null, expanded: [], path: null, selected: null, hidden: [], cypher: null, params: null };

const list = (value: string | null): string[] => (value ? value.split(",").filter(Boolean) : []);

export function readState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const path = list(params.get("path"));
  return {
    focus: params.get("focus"),
    expanded: list(params.get("expand")),
    path: path.length === 2 ? [path[0], path[1]] : null,
    selected: params.get("select"),
    hidden: list(params.get("hide")),
    cypher: params.get("cypher"),
    params: params.get("params"),
  };
}

export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set("focus", state.focus);
  if (state.expanded.length) params.set("expand", state.expanded.join(","));
  if (state.path) params.set("path", state.path.join(","));
  if (state.selected) params.set("select", state.selected);
  if (state.hidden.length) params.set("hide", state.hidden.join(","));
  if (state.cypher) params.set("cypher", state.cypher);
  if (state.cypher && state.params) params.set("params", state.params);
  const query = params.toString();
  return query ? `?${query}` : "";
}
