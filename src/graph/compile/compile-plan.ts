import { entitySummaryMap, type EntityRow } from "../queries/entity.queries";
import { reachInfluence } from "../queries/influence.queries";
import { MAX_INFLUENCE_RESULTS } from "../../bounds";
import { anySelected, chooseLinks, expandLinks, expansionOf, requestParam, type LinkRow } from "../queries/link.queries";
import { cypher } from "../run";
import { derivedFrom, readsOnlyEntities, type ReadPlan } from "./plan";

/**
 * What one entity's row holds beyond the entity: for each link entry of the plan, in its order,
 * the links; for each influence entry, the movements reached. The service attaches them to the
 * entity under the entries' response keys (services/views.ts `toPlannedEntity`).
 */
export type PlannedValues = { links: LinkRow[][] | null; influence: EntityRow[][] };
export type PlannedRow = { entity: EntityRow } & PlannedValues;

/** A plan compiled for the entity bound to `n`: subqueries, the RETURN items they add, parameters. */
export type PlanClauses = { subqueries: string; returns: string; params: Record<string, unknown> };

/**
 * The plan's link and influence entries as subqueries on `n`. The text comes only from the plan's
 * shape (how many entries, checked depths 1..5, directions); every value is a parameter. All link
 * entries share one expansion of `n`'s relationships, narrowed to the labels and types any of them
 * wants; each then takes its slice (`chooseLinks`).
 */
export function compilePlan(plan: Pick<ReadPlan, "links" | "influence">): PlanClauses {
  return derivedFrom(compiledClauses, plan, () => clausesOf(plan));
}

const compiledClauses = new WeakMap<Pick<ReadPlan, "links" | "influence">, PlanClauses>();
const compiledLookups = new WeakMap<ReadPlan, { text: string; params: Record<string, unknown> }>();

function clausesOf(plan: Pick<ReadPlan, "links" | "influence">): PlanClauses {
  const subqueries: string[] = [];
  const params: Record<string, unknown> = {};
  let links = "null";
  if (plan.links.length) {
    const { labels, types, companions } = expansionOf(plan.links);
    const anyWants = anySelected(plan.links.map((l) => l.selection));
    Object.assign(params, { linkLabels: labels, linkTypes: types, linkShapes: plan.links.map((l) => requestParam(l, anyWants, companions)) });
    subqueries.push(`CALL (n) {${expandLinks("$linkLabels", "$linkTypes", companions)}\n    }`);
    links = `[req IN $linkShapes | ${chooseLinks("req", anyWants, companions)}]`;
  }
  plan.influence.forEach(({ depth, outgoing, fields }, i) => {
    subqueries.push(`CALL (n) {${reachInfluence("n", depth, outgoing, `influence${i}`, fields)}\n    }`);
  });
  if (plan.influence.length) params.influenceLimit = MAX_INFLUENCE_RESULTS;
  const influence = `[${plan.influence.map((_, i) => `influence${i}`).join(", ")}]`;
  return { subqueries: subqueries.join("\n    "), returns: `${links} AS links, ${influence} AS influence`, params };
}

/** Entities by id (one row per id found), each with what `plan` reads: a lookup or many aliased ones. */
export function compileLookup(ids: string[], plan: ReadPlan) {
  const { text, params } = derivedFrom(compiledLookups, plan, () => {
    const clauses = readsOnlyEntities(plan) ? { subqueries: "", returns: "null AS links, [] AS influence", params: {} } : compilePlan(plan);
    const text = /* cypher */ `
    UNWIND $ids AS id
    MATCH (n:Entity {id: id})${clauses.subqueries ? `\n    ${clauses.subqueries}` : ""}
    RETURN ${entitySummaryMap("n", plan.fields, plan.sources)} AS entity, ${clauses.returns}`;
    return { text, params: clauses.params };
  });
  return cypher<PlannedRow>("entities by ids, prefetched", text, { ids, ...params });
}
