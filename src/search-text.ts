/**
 * How search text is read, shared by the seed (which stores each entity's `searchKeys`) and the
 * search service (which compares the typed text with them), so both normalise the same way.
 */

/** Drops possessives ("Milano's" -> "Milano", "King’s" -> "King"); other apostrophes go too. */
function dropPossessives(text: string): string {
  return text.replace(/(\p{L})['’]s\b/gu, "$1").replace(/['’]/g, "");
}

/**
 * The exact-match key of a name, alias or query: lower case, possessives dropped, every
 * non-letter/digit removed. "No King's Day protests", "no kings day protests" -> "nokingdayprotests";
 * "tik tok" and "TikTok" -> "tiktok"; "#MeToo" -> "metoo".
 */
export function searchKey(text: string): string {
  return dropPossessives(text.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The words of a text for full-text matching: lower case, possessives dropped, letters and digits only. */
export function searchTerms(text: string): string[] {
  return dropPossessives(text.toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Other forms a word is commonly typed in, for matching: a plural's singular ("protests" ->
 * "protest", "activities" -> "activity") and the -ist/-ism pair the article's forms of activism
 * come in ("hacktivists" -> "hacktivism", "slacktivist" -> "slacktivism").
 */
export function wordForms(term: string): string[] {
  const forms = new Set<string>([term]);
  if (term.length > 4 && term.endsWith("ies")) forms.add(`${term.slice(0, -3)}y`);
  else if (term.length > 3 && term.endsWith("s") && !term.endsWith("ss")) forms.add(term.slice(0, -1));
  for (const form of [...forms]) {
    if (form.length > 5 && form.endsWith("ist")) forms.add(`${form.slice(0, -3)}ism`);
    if (form.length > 5 && form.endsWith("ism")) forms.add(`${form.slice(0, -3)}ist`);
  }
  return [...forms];
}

/** Edit distance allowed for a typo in a word: none below 5 letters, 1 from 5, 2 from 8. */
export function fuzziness(term: string): 0 | 1 | 2 {
  return term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0;
}
