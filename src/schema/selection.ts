import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import type { EntityFields, EntityLabel, LinkSelection } from "../domain";
import type { PrefetchPlan } from "../services/entity.service";
import { CREATED_BY } from "../services/link.service";

/** Entity fields and the stored property each reads (other fields read none or load on their own). */
const PROPERTY_OF_FIELD: Record<string, keyof EntityFields> = {
  aliases: "aliases",
  description: "description",
  note: "note",
  kind: "kind",
  date: "date",
  datePrecision: "date",
  endDate: "endDate",
  dateQualifier: "dateQualifier",
  quantities: "quantities",
};

/** The link fields of every entity type and the label each narrows to (see entity.resolver.ts). */
const LINK_FIELDS: Record<string, EntityLabel | null> = {
  relations: null,
  actors: "Actor",
  movements: "Movement",
  hashtags: "Hashtag",
  platforms: "Platform",
  events: "Event",
  topics: "Topic",
};

/**
 * graphql-js shares one `fieldNodes` array among the items of a list within one execution, so each
 * field's selection is parsed once per request, not once per item. Fragments and directives are
 * resolved by graphql-parse-resolve-info. graphql-jit shares `fieldNodes` across requests too, and
 * `@include(if: $d)` depends on the variables: the trees are kept per variables object as well.
 */
const trees = new WeakMap<object, WeakMap<object, ResolveTree | null>>();

function treeOf(info: GraphQLResolveInfo): ResolveTree | null {
  let byVariables = trees.get(info.fieldNodes);
  if (!byVariables) trees.set(info.fieldNodes, (byVariables = new WeakMap()));
  const variables: object = info.variableValues ?? NO_VARIABLES;
  if (!byVariables.has(variables)) byVariables.set(variables, parseResolveInfo(info) as ResolveTree | null);
  return byVariables.get(variables)!;
}

const NO_VARIABLES = {};

function fieldsOf(tree: ResolveTree): ResolveTree[] {
  return Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields));
}

/** The stored properties the given entity fields read (fields of any entity type, fragments merged). */
function propertiesOf(fields: ResolveTree[]): EntityFields {
  const wanted: EntityFields = { aliases: false, description: false, note: false, kind: false, date: false, endDate: false, dateQualifier: false, quantities: false };
  for (const f of fields) if (f.name in PROPERTY_OF_FIELD) wanted[PROPERTY_OF_FIELD[f.name]] = true;
  return wanted;
}

/** The fields reached from the root field's tree along `path` (["edges", "node"] for a connection). */
function fieldsAt(info: GraphQLResolveInfo, path: string[]): ResolveTree[] {
  let level = [treeOf(info)].filter((t): t is ResolveTree => t !== null);
  for (const name of path) level = level.flatMap(fieldsOf).filter((f) => f.name === name);
  return level.flatMap(fieldsOf);
}

/** The stored entity properties selected on the entities found along `path` from this field. */
export function entityFields(info: GraphQLResolveInfo, path: string[] = []): EntityFields {
  return propertiesOf(fieldsAt(info, path));
}

/** Whether `name` is selected on the objects found along `path` from this field. */
export function selects(info: GraphQLResolveInfo, path: string[], name: string): boolean {
  return fieldsAt(info, path).some((f) => f.name === name);
}

/**
 * What a link field's selection reads, so that the links statement ships only that: relationship
 * sources only when `sources` is selected, and of the other end only the properties selected.
 */
export function linkSelection(info: GraphQLResolveInfo): LinkSelection {
  const tree = treeOf(info);
  return tree ? selectionOf(tree) : { sources: false, node: propertiesOf([]) };
}

function selectionOf(linkField: ResolveTree): LinkSelection {
  const fields = fieldsOf(linkField);
  return {
    sources: fields.some((f) => f.name === "sources"),
    node: propertiesOf(fields.filter((f) => f.name === "node").flatMap(fieldsOf)),
  };
}

/**
 * The link and influence fields selected on the entities a root field returns (`path` leads from
 * the root field to them: ["edges", "node"] for a connection), with their arguments, so the root
 * statement can read them too. Arguments are checked later by the services, as the fields' own
 * resolvers would check them.
 */
export function prefetchPlan(info: GraphQLResolveInfo, path: string[] = []): PrefetchPlan {
  const fields = fieldsAt(info, path);
  const plan: PrefetchPlan = { fields: propertiesOf(fields), sources: fields.some((f) => f.name === "sources"), links: [], influence: [] };
  for (const f of fields) {
    const args = f.args as { types?: string[] | null; direction?: "OUTGOING" | "INCOMING" | "BOTH"; first?: number | null; ownOnly?: boolean | null; depth?: number };
    if (f.name in LINK_FIELDS) {
      plan.links.push({ label: LINK_FIELDS[f.name], types: args.types, direction: args.direction, first: args.first, ownOnly: args.ownOnly, selection: selectionOf(f) });
    } else if (f.name === "createdBy") {
      plan.links.push({ ...CREATED_BY, selection: selectionOf(f) });
    } else if (f.name === "inspired" || f.name === "inspiredBy") {
      plan.influence.push({ depth: args.depth ?? 1, outgoing: f.name === "inspired", fields: propertiesOf(fieldsOf(f)) });
    }
  }
  return plan;
}
