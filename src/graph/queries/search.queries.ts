import type { EntityFields, EntityLabel } from "../../domain";
import { cypher } from "../run";
import { entitySummaryMap, type EntityRow } from "./entity.queries";
import { SEARCH_INDEX } from "./seed.queries";

/** Added to the score of an entity whose name or alias is exactly what was typed, so it ranks first. */
export const EXACT_MATCH_BOOST = 1000;

/**
 * Ranked full-text hits over name, aliases and description. `luceneQuery` is built by the search
 * service from escaped terms and `key` is the typed text's `searchKey`; both travel as parameters.
 * An entity whose stored `searchKeys` (its name and aliases, normalised the same way) hold `key`
 * gets EXACT_MATCH_BOOST.
 */
export const fullTextSearch = (luceneQuery: string, key: string, labels: EntityLabel[] | null, limit: number, want: EntityFields) =>
  cypher<{ entity: EntityRow; score: number }>(
    "full-text search",
    /* cypher */ `
    CALL db.index.fulltext.queryNodes($index, $luceneQuery) YIELD node, score
    WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
    WITH node, score + CASE WHEN $key IN coalesce(node.searchKeys, []) THEN $boost ELSE 0 END AS score
    RETURN ${entitySummaryMap("node", want)} AS entity, score
    ORDER BY score DESC, node.sortName, node.id
    LIMIT $limit`,
    { index: SEARCH_INDEX, luceneQuery, key, labels, limit, boost: EXACT_MATCH_BOOST },
  );
