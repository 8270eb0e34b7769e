import type { EntityFields, EntityLabel, LinkSelection } from "../../domain";

/**
 * What a root field reads of the entities it returns, built once from its selection
 * (schema/read-plan.ts) and compiled into one statement (graph/compile/). The same entries are
 * what a field resolver asks the DataLoaders for when the statement did not reach its field.
 */
export type ReadPlan = {
  /** The entities' own stored properties, and whether their sources are selected. */
  fields: EntityFields;
  sources: boolean;
  links: LinkEntry[];
  influence: InfluenceEntry[];
};

/** One link field (`hashtags`, `relations`, `createdBy`...) with its arguments, defaults filled in. */
export type LinkEntry = {
  /** The field's response key (its alias, else its name): its result is attached under it. */
  key: string;
  /** The entity type the field was selected on; null on an interface (any entity). */
  on: EntityLabel | null;
  /** The label the other end must have; null for any (`relations`). */
  label: EntityLabel | null;
  types: readonly string[] | null;
  direction: "OUTGOING" | "INCOMING" | "BOTH";
  first: number;
  /** Leave out the relationships listed through a movement's hashtags or a hashtag's movements. */
  ownOnly: boolean;
  /** What the field reads of each link. */
  selection: LinkSelection;
};

/** One `inspired` / `inspiredBy` field: movements within `depth` INSPIRED hops. */
export type InfluenceEntry = {
  key: string;
  on: EntityLabel | null;
  depth: number;
  outgoing: boolean;
  /** The stored properties read of each movement reached. */
  fields: EntityFields;
};

/** An entry as the statements read it: without its response key and type condition. */
export function shapeOf<T extends LinkEntry | InfluenceEntry>(entry: T): Omit<T, "key" | "on"> {
  const { key: _key, on: _on, ...shape } = entry;
  return shape;
}

/** What `derivedFrom` keeps values in: a Map, or a WeakMap when the keys are objects. */
type Memo<K, T> = { get(key: K): T | undefined; set(key: K, value: T): unknown };

/**
 * A value derived from a key (a plan, most often), worked out once per key. Plans built from
 * a selection are kept per document and variable values (schema/read-plan.ts) and are read-only
 * from then on, so their checked form, key and compiled clauses are worked out once per document,
 * not per request (what that saved is in bench/analysis.md, "After this run").
 */
export function derivedFrom<K, T>(memo: Memo<K, T>, key: K, derive: () => T): T {
  let value = memo.get(key);
  if (value === undefined) memo.set(key, (value = derive()));
  return value;
}

const planKeys = new WeakMap<ReadPlan, string>();

/** The plan as a string: equal plans (aliased lookups with one selection) share one statement. */
export const planKey = (plan: ReadPlan): string => derivedFrom(planKeys, plan, () => JSON.stringify(plan));

/** True when the plan reads nothing beyond the entities themselves. */
export const readsOnlyEntities = (plan: ReadPlan) => plan.links.length === 0 && plan.influence.length === 0;
