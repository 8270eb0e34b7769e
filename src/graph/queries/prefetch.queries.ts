import type { EntityFields } from "../../domain";
import { cypher } from "../run";
import { entitySummaryMap, type EntityRow } from "./entity.queries";
import { reachInfluence, type ReachedRow } from "./influence.queries";
import { chooseLinks, expandLinks, expansionOf, shapeParam, type LinkRow, type LinkShape } from "./link.queries";
import { MAX_INFLUENCE_RESULTS } from "../../bounds";

/**
 * What a query reads right below the entities a root field looks up or lists (their link fields,
 * their influence), read in the same statement instead of one more round trip per depth.
 */
export type Prefetch = {
  links: LinkShape[];
  influence: { depth: number; outgoing: boolean; fields: EntityFields }[];
};
/** The prefetched values of one entity, in the order of the Prefetch's lists. */
export type Prefetched = { linkSets: LinkRow[][] | null; influence: ReachedRow[][] };

export const isEmptyPrefetch = (p: Prefetch) => p.links.length === 0 && p.influence.length === 0;

/**
 * The subqueries reading `p` for the entity bound to `n`, the RETURN items they add (`linkSets`,
 * `influence`) and their parameters. Text comes from checked values only (depths 1..5).
 */
export function prefetchClauses(p: Prefetch): { subqueries: string; returns: string; params: Record<string, unknown> } {
  const subqueries: string[] = [];
  const params: Record<string, unknown> = {};
  let linkSets = "null";
  if (p.links.length) {
    const { labels, types, companions } = expansionOf(p.links);
    Object.assign(params, { linkLabels: labels, linkTypes: types, linkCompanions: companions, linkShapes: p.links.map(shapeParam) });
    subqueries.push(`CALL (n) {${expandLinks("$linkLabels", "$linkTypes", "$linkCompanions")}\n    }`);
    linkSets = `[req IN $linkShapes | ${chooseLinks("req")}]`;
  }
  p.influence.forEach(({ depth, outgoing, fields }, i) => {
    subqueries.push(`CALL (n) {${reachInfluence("n", depth, outgoing, `influence${i}`, fields)}\n    }`);
  });
  if (p.influence.length) params.influenceLimit = MAX_INFLUENCE_RESULTS;
  const influence = `[${p.influence.map((_, i) => `influence${i}`).join(", ")}]`;
  return { subqueries: subqueries.join("\n    "), returns: `${linkSets} AS linkSets, ${influence} AS influence`, params };
}

/**
 * Entities by id with the properties `want` names, their sources when `withSources`, and what `p`
 * prefetches for them.
 */
export const entitiesWithPrefetch = (ids: string[], p: Prefetch, want: EntityFields, withSources: boolean) => {
  const clauses = prefetchClauses(p);
  return cypher<{ entity: EntityRow } & Prefetched>(
    "entities by ids, prefetched",
    /* cypher */ `
    UNWIND $ids AS id
    MATCH (n:Entity {id: id})
    ${clauses.subqueries}
    RETURN ${entitySummaryMap("n", "labels(n)", want, withSources)} AS entity, ${clauses.returns}`,
    { ids, ...clauses.params },
  );
};
