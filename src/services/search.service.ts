import { ALL_ENTITY_FIELDS, type EntityFields, type EntityLabel, type EntityView } from "../domain";
import type { GraphGateway } from "../graph/run";
import { fullTextSearch } from "../graph/queries/search.queries";
import { checkLength, checkRange } from "./input-checks";
import { toEntity } from "./views";

export const MAX_SEARCH_RESULTS = 100;
export const MAX_QUERY_LENGTH = 500;
const MAX_TERMS = 12;

/**
 * Turns free text into a safe Lucene query: only letters and digits survive, so no Lucene syntax a
 * user types can reach the parser. Every term must match, as a whole word or as a prefix, so "Gret"
 * finds Greta Thunberg and "metoo" finds #MeToo. Names and aliases match whole words or prefixes;
 * descriptions match whole words only, so a prefix typed for a name is not drowned by every
 * description that happens to mention it. Names weigh most, then aliases, then descriptions.
 */
export function toLuceneQuery(text: string): string | null {
  const terms = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS).map((t) => t.slice(0, 64));
  if (terms.length === 0) return null;
  return terms.map((t) => `(name:${t}^8 OR name:${t}*^6 OR aliasText:${t}^6 OR aliasText:${t}*^4 OR description:${t})`).join(" AND ");
}

export class SearchService {
  constructor(private readonly graph: GraphGateway) {}

  async search(text: string, labels: EntityLabel[] | null, first: number, fields: EntityFields = ALL_ENTITY_FIELDS): Promise<{ score: number; entity: EntityView }[]> {
    checkLength("query", text, MAX_QUERY_LENGTH);
    checkRange("first", first, 1, MAX_SEARCH_RESULTS);
    const lucene = toLuceneQuery(text);
    if (!lucene) return [];
    const rows = await this.graph.read(fullTextSearch(lucene, labels && labels.length ? labels : null, first, fields));
    return rows.map((row) => ({ score: row.score, entity: toEntity(row.entity) }));
  }
}
