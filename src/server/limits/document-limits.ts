import {
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { LimitError } from "../../errors";

export type DocumentLimits = { maxBytes: number; maxTokens: number; maxDepth: number; maxAliases: number };

/**
 * Checks a query's text before Apollo parses and validates it, so that a huge, deeply nested or
 * alias-bombed document is refused cheaply (validation of hundreds of aliases is itself costly).
 * Syntax errors other than the token limit are left to Apollo, which reports them as usual.
 */
export function checkDocument(source: string, limits: DocumentLimits): void {
  const bytes = Buffer.byteLength(source, "utf8");
  if (bytes > limits.maxBytes) {
    throw new LimitError(`The query document is ${bytes} bytes, over the limit of ${limits.maxBytes}.`, "DOCUMENT_TOO_LARGE", {
      size: bytes,
      limit: limits.maxBytes,
    });
  }
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: limits.maxTokens });
  } catch (error) {
    // graphql 16 words it "contains more that N tokens"; accept the corrected spelling too.
    if (error instanceof Error && /contains more tha[nt] \d+ tokens/.test(error.message)) {
      throw new LimitError(`The query document has more than ${limits.maxTokens} tokens, the limit.`, "TOO_MANY_TOKENS", { limit: limits.maxTokens });
    }
    return;
  }
  const aliases = countAliases(document);
  if (aliases > limits.maxAliases) {
    throw new LimitError(`The query uses ${aliases} aliases, over the limit of ${limits.maxAliases}.`, "TOO_MANY_ALIASES", {
      aliases,
      limit: limits.maxAliases,
    });
  }
  const depth = maxDepth(document);
  if (depth > limits.maxDepth) {
    throw new LimitError(`The query is nested ${depth} levels deep, over the limit of ${limits.maxDepth}.`, "QUERY_TOO_DEEP", {
      depth,
      limit: limits.maxDepth,
    });
  }
}

function countAliases(document: DocumentNode): number {
  let count = 0;
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.alias) count++;
      if (selection.kind !== Kind.FRAGMENT_SPREAD) visit(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition.selectionSet);
  }
  return count;
}

/**
 * Deepest field nesting of any operation, fragments inlined. Introspection fields (`__schema`,
 * `__type`) do not count: tools such as Sandbox send a deep introspection query. Fragment cycles
 * (reported later by validation) are cut here so the walk always ends.
 */
function maxDepth(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, number>();

  const depthOf = (set: SelectionSetNode | undefined, active: Set<string>): number => {
    let deepest = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith("__")) continue;
        deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, active) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, active));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || active.has(name)) continue;
        if (!memo.has(name)) memo.set(name, depthOf(fragment.selectionSet, new Set(active).add(name)));
        deepest = Math.max(deepest, memo.get(name)!);
      }
    }
    return deepest;
  };

  let deepest = 0;
  for (const d of document.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION) deepest = Math.max(deepest, depthOf(d.selectionSet, new Set()));
  }
  return deepest;
}
