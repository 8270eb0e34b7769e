import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import type { LinkSelection } from "../domain";

/** Fields of a linked entity that every links statement returns (the type needs the label). */
const SUMMARY_FIELDS = new Set(["id", "name", "__typename"]);

/**
 * graphql-js shares one `fieldNodes` array among the items of a list within one execution, so this
 * parses a field's selection once per request, not once per item.
 */
const cache = new WeakMap<object, LinkSelection>();

/**
 * What a link field's selection reads, so that the links statement ships only that: relationship
 * sources only when `sources` is selected, the linked entity's details (aliases, description, kind,
 * dates) only when a field other than id and name is. Fragments and directives are resolved by
 * graphql-parse-resolve-info.
 */
export function linkSelection(info: GraphQLResolveInfo): LinkSelection {
  const cached = cache.get(info.fieldNodes);
  if (cached) return cached;
  const tree = parseResolveInfo(info) as ResolveTree | null;
  const linkFields = tree ? fieldsOf(tree) : [];
  const selection: LinkSelection = {
    sources: linkFields.some((f) => f.name === "sources"),
    nodeDetail: linkFields.filter((f) => f.name === "node").some((node) => fieldsOf(node).some((f) => !SUMMARY_FIELDS.has(f.name))),
  };
  cache.set(info.fieldNodes, selection);
  return selection;
}

function fieldsOf(tree: ResolveTree): ResolveTree[] {
  return Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields));
}
