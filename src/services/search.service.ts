import { ALL_ENTITY_FIELDS, type EntityFields, type EntityLabel, type EntityView } from "../domain";
import type { GraphGateway } from "../graph/run";
import { fullTextSearch } from "../graph/queries/search.queries";
import { fuzziness, searchKey, searchTerms, wordForms } from "../search-text";
import { checkLength, checkRange } from "./input-checks";
import { toEntity } from "./views";
import { MAX_QUERY_LENGTH, MAX_SEARCH_RESULTS, MAX_SEARCH_TERMS } from "../bounds";

/** Clauses matching one typed word: exact and prefix in names and aliases, its other forms, a typo, a description word. */
function termClause(term: string): string {
  const clauses = [`name:${term}^8`, `name:${term}*^6`, `aliasText:${term}^6`, `aliasText:${term}*^4`, `description:${term}`];
  for (const form of wordForms(term).slice(1)) clauses.push(`name:${form}^6`, `name:${form}*^4`, `aliasText:${form}^4`, `description:${form}`);
  const edits = fuzziness(term);
  if (edits) clauses.push(`name:${term}~${edits}^3`, `aliasText:${term}~${edits}^2`);
  return `(${clauses.join(" OR ")})`;
}

/**
 * Turns free text into a safe Lucene query: only letters and digits survive, so no Lucene syntax a
 * user types can reach the parser. With `every` (the default) every word must match, with `any`
 * one is enough (the service's fallback when no entity has every word). A word matches a name or
 * alias as a whole word or a prefix ("Gret" finds Greta Thunberg), in its plural/singular and
 * -ist/-ism forms ("hacktivists" finds Hacktivism), with one typo from 5 letters and two from 8
 * ("Thunburg"), or as a whole word of a description. Possessives are dropped ("Milano's"). Two or
 * three words also match their concatenation in a name or alias ("tik tok" finds TikTok).
 */
export function toLuceneQuery(text: string, match: "every" | "any" = "every"): string | null {
  const terms = searchTerms(text)
    .slice(0, MAX_SEARCH_TERMS)
    .map((t) => t.slice(0, 64));
  if (terms.length === 0) return null;
  const words = terms.map(termClause).join(match === "every" ? " AND " : " OR ");
  if (terms.length < 2 || terms.length > 3) return words;
  const joined = terms.join("").slice(0, 64);
  return `(${words}) OR (name:${joined}^8 OR name:${joined}*^6 OR aliasText:${joined}^6)`;
}

export class SearchService {
  constructor(private readonly graph: GraphGateway) {}

  /**
   * Ranked hits: an entity whose name or alias equals the typed text (ignoring case, punctuation,
   * spaces and possessives) comes first, then by full-text relevance. When no entity matches every
   * word, entities matching some of them are returned, best first.
   */
  async search(text: string, labels: EntityLabel[] | null, first: number, fields: EntityFields = ALL_ENTITY_FIELDS): Promise<{ score: number; entity: EntityView }[]> {
    checkLength("query", text, MAX_QUERY_LENGTH);
    checkRange("first", first, 1, MAX_SEARCH_RESULTS);
    const every = toLuceneQuery(text, "every");
    if (!every) return [];
    const only = labels && labels.length ? labels : null;
    const key = searchKey(text);
    let rows = await this.graph.read(fullTextSearch(every, key, only, first, fields));
    if (rows.length === 0 && searchTerms(text).length > 1) rows = await this.graph.read(fullTextSearch(toLuceneQuery(text, "any")!, key, only, first, fields));
    return rows.map((row) => ({ score: row.score, entity: toEntity(row.entity) }));
  }
}
