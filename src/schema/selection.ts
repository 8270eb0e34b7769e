import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import type { EntityLabel, LinkSelection } from "../domain";
import type { PrefetchPlan } from "../services/entity.service";

/** Fields of a linked entity that every links statement returns (the type needs the label). */
const SUMMARY_FIELDS = new Set(["id", "name", "__typename"]);

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
 * resolved by graphql-parse-resolve-info.
 */
const trees = new WeakMap<object, ResolveTree | null>();

function treeOf(info: GraphQLResolveInfo): ResolveTree | null {
  if (!trees.has(info.fieldNodes)) trees.set(info.fieldNodes, parseResolveInfo(info) as ResolveTree | null);
  return trees.get(info.fieldNodes)!;
}

function fieldsOf(tree: ResolveTree): ResolveTree[] {
  return Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields));
}

/**
 * What a link field's selection reads, so that the links statement ships only that: relationship
 * sources only when `sources` is selected, the linked entity's details (aliases, description, kind,
 * dates) only when a field other than id and name is.
 */
export function linkSelection(info: GraphQLResolveInfo): LinkSelection {
  const tree = treeOf(info);
  return tree ? selectionOf(tree) : { sources: false, nodeDetail: false };
}

function selectionOf(linkField: ResolveTree): LinkSelection {
  const fields = fieldsOf(linkField);
  return {
    sources: fields.some((f) => f.name === "sources"),
    nodeDetail: fields.filter((f) => f.name === "node").some((node) => fieldsOf(node).some((f) => !SUMMARY_FIELDS.has(f.name))),
  };
}

/**
 * The link and influence fields selected on the entities a root field returns (`path` leads from
 * the root field to them: ["edges", "node"] for a connection), with their arguments, so the root
 * statement can read them too. Arguments are checked later by the services, as the fields' own
 * resolvers would check them.
 */
export function prefetchPlan(info: GraphQLResolveInfo, path: string[] = []): PrefetchPlan {
  let level = [treeOf(info)].filter((t): t is ResolveTree => t !== null);
  for (const name of path) level = level.flatMap(fieldsOf).filter((f) => f.name === name);
  const fields = level.flatMap(fieldsOf);
  const plan: PrefetchPlan = { links: [], influence: [] };
  for (const f of fields) {
    const args = f.args as { types?: string[] | null; direction?: "OUTGOING" | "INCOMING" | "BOTH"; first?: number | null; depth?: number };
    if (f.name in LINK_FIELDS) {
      plan.links.push({ label: LINK_FIELDS[f.name], types: args.types, direction: args.direction, first: args.first, selection: selectionOf(f) });
    } else if (f.name === "createdBy") {
      plan.links.push({ label: "Actor", types: ["CREATED"], direction: "INCOMING", selection: selectionOf(f) });
    } else if (f.name === "inspired" || f.name === "inspiredBy") {
      plan.influence.push({ depth: args.depth ?? 1, outgoing: f.name === "inspired" });
    }
  }
  return plan;
}
