/**
 * Every default and maximum of the API's arguments, in one place: the services check against
 * them, the cost check (server/limits/cost.ts) multiplies them, and the schema's descriptions
 * quote them (`range`), so the documentation cannot drift from the code. Limits an operator
 * tunes (cost, document size, variables budget, timeouts) are settings in config.ts instead.
 */

/** Root lists and the timeline: page size (`first` / `last`). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Link fields (`relations`, `actors` ...): relationships per field (`first`). */
export const DEFAULT_LINKS = 100;
export const MAX_LINKS = 500;

/** `inspired` / `inspiredBy`: INSPIRED hops (`depth`) and movements returned. */
export const DEFAULT_INFLUENCE_DEPTH = 1;
export const MAX_INFLUENCE_DEPTH = 5;
export const MAX_INFLUENCE_RESULTS = 100;

/** `neighborhood`: hops out, entities (centre included), and relationships kept per entity. */
export const DEFAULT_NEIGHBORHOOD_DEPTH = 1;
export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const DEFAULT_NEIGHBORHOOD_LIMIT = 100;
export const MAX_NEIGHBORHOOD_LIMIT = 500;
export const EDGES_PER_NODE = 4;

/** `path` / `paths`: hops, paths returned, shortest paths ranked, ids in `avoid`. */
export const DEFAULT_PATH_HOPS = 6;
export const MAX_PATH_HOPS = 8;
export const DEFAULT_PATHS = 3;
export const MAX_PATHS = 10;
export const PATH_CANDIDATES = 200;
export const MAX_AVOID = 50;

/** `search`: hits, characters of the query, words used of it. */
export const DEFAULT_SEARCH_RESULTS = 10;
export const MAX_SEARCH_RESULTS = 100;
export const MAX_QUERY_LENGTH = 500;
export const MAX_SEARCH_TERMS = 12;

/** Names and `nameContains` filters: characters. */
export const MAX_NAME_LENGTH = 200;

/** `cypher`: statement characters, parameter bytes (as JSON), rows returned, its own timeout. */
export const MAX_STATEMENT_LENGTH = 4000;
export const MAX_PARAMETERS_BYTES = 10_000;
export const MAX_CYPHER_ROWS = 1000;
export const CYPHER_TIMEOUT_MS = 2000;

/** "1 to max", for descriptions. */
export const range = (max: number) => `1 to ${max}`;
