import type { EntityFields, EntityLabel } from "../../domain";
import { cypher } from "../run";
import { entitySummaryProjection, type EntityRow } from "./entity.queries";
import { SEARCH_INDEX } from "./seed.queries";

/**
 * Ranked full-text hits over name, aliases and description. `luceneQuery` is built by the search
 * service from escaped terms; it still travels as a parameter.
 */
export const fullTextSearch = (luceneQuery: string, labels: EntityLabel[] | null, limit: number, want: EntityFields) =>
  cypher<{ entity: EntityRow; score: number }>(
    "full-text search",
    /* cypher */ `
    CALL db.index.fulltext.queryNodes($index, $luceneQuery) YIELD node, score
    WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
    RETURN ${entitySummaryProjection("node", want)} AS entity, score
    ORDER BY score DESC, node.sortName, node.id
    LIMIT $limit`,
    { index: SEARCH_INDEX, luceneQuery, labels, limit },
  );
