import type { ComplexityEstimator, ComplexityEstimatorArgs } from "graphql-query-complexity";
import { pageWindow } from "../../services/page-window";
import { checkRange } from "../../services/input-checks";
import { DEFAULT_LINKS, EDGES_PER_NODE, MAX_CYPHER_ROWS, MAX_INFLUENCE_RESULTS, MAX_LINKS, MAX_NEIGHBORHOOD_DEPTH, MAX_NEIGHBORHOOD_LIMIT, MAX_PATHS, MAX_PATH_HOPS, MAX_SEARCH_RESULTS } from "../../bounds";
import { checkInfluenceDepth } from "../../services/link.service";

/**
 * GitHub's method: the cost of a query is the number of nodes it can return at most, so every list
 * multiplies what is nested under it by its page size, and path, neighborhood and influence fields
 * count at their worst case. Argument caps are checked here too, against the variables' values, so
 * an out-of-range argument is refused before anything runs.
 */

const PAGED_ROOT_FIELDS = new Set(["movements", "actors", "hashtags", "platforms", "events", "topics", "timeline"]);
const LINK_FIELDS = new Set(["relations", "actors", "movements", "hashtags", "platforms", "events", "topics", "createdBy"]);
const ENTITY_TYPES = new Set(["Movement", "Actor", "Hashtag", "Platform", "Event", "Topic", "Entity"]);

/** How many items a field can return at most, or undefined when it returns one object. */
function worstCaseSize({ type, field, args }: ComplexityEstimatorArgs): number | undefined {
  const parent = type.name;
  const name = field.name;
  if (parent === "Query") {
    if (PAGED_ROOT_FIELDS.has(name)) return pageWindow(args).size;
    // A statement's answer is opaque to the estimator: it costs its row cap.
    if (name === "cypher") return MAX_CYPHER_ROWS;
    if (name === "search") return checkRange("first", args.first, 1, MAX_SEARCH_RESULTS);
    if (name === "path") return 2 * checkRange("maxHops", args.maxHops, 1, MAX_PATH_HOPS) + 1;
    if (name === "paths") return checkRange("k", args.k, 1, MAX_PATHS) * (2 * checkRange("maxHops", args.maxHops, 1, MAX_PATH_HOPS) + 1);
    if (name === "neighborhood") {
      checkRange("depth", args.depth, 1, MAX_NEIGHBORHOOD_DEPTH);
      return checkRange("limit", args.limit, 1, MAX_NEIGHBORHOOD_LIMIT) * (1 + EDGES_PER_NODE);
    }
    return undefined;
  }
  if (ENTITY_TYPES.has(parent)) {
    if (LINK_FIELDS.has(name)) return args.first == null ? DEFAULT_LINKS : checkRange("first", args.first, 1, MAX_LINKS);
    if (name === "inspired" || name === "inspiredBy") {
      checkInfluenceDepth(args.depth);
      return MAX_INFLUENCE_RESULTS;
    }
  }
  return undefined;
}

/** Nodes returned: a list field costs its size times (itself plus what each item nests). */
export const nodeCountEstimator: ComplexityEstimator = (options) => {
  const size = worstCaseSize(options);
  if (size !== undefined) return size * (1 + options.childComplexity);
  const isRootLookup = options.type.name === "Query" && !options.field.name.startsWith("__");
  return options.childComplexity + (isRootLookup ? 1 : 0);
};
