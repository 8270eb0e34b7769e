/** Selection plans compiled to Cypher: one statement per root field (see plan.ts). */
export { compileLookup, compilePlan, type PlanClauses, type PlannedRow, type PlannedValues } from "./compile-plan";
export { derivedFrom, planKey, readsOnlyEntities, shapeOf, type InfluenceEntry, type LinkEntry, type ReadPlan } from "./plan";
