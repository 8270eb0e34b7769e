import { BadUserInputError } from "../errors";
import type { ListCursor } from "../graph/queries/list.queries";

/**
 * Opaque keyset cursors: the row's sort key and id, tied to the ordering that produced them, so a
 * cursor stays valid while data changes and cannot be replayed under another ordering.
 */
export function encodeCursor(ordering: string, cursor: ListCursor): string {
  return Buffer.from(JSON.stringify({ o: ordering, k: cursor.sortKey, i: cursor.id }), "utf8").toString("base64url");
}

/**
 * A page item whose cursor is encoded only when read: most clients select `node` and `pageInfo`,
 * not each edge's `cursor`, and encoding 20 of them cost more than building their nodes.
 */
export function pageItem<N>(ordering: string, cursor: ListCursor, node: N): { readonly cursor: string; node: N } {
  let encoded: string | undefined;
  return {
    get cursor() {
      return (encoded ??= encodeCursor(ordering, cursor));
    },
    node,
  };
}

export function decodeCursor(ordering: string, value: string, argumentName = "after"): ListCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  const fields = parsed as { o?: unknown; k?: unknown; i?: unknown } | undefined;
  if (!fields || typeof fields.k !== "string" || typeof fields.i !== "string" || typeof fields.o !== "string") {
    throw new BadUserInputError(`${argumentName} is not a cursor this API issued; pass an endCursor from a previous page.`, argumentName);
  }
  if (fields.o !== ordering) {
    throw new BadUserInputError(`${argumentName} belongs to another ordering or list; request the first page again.`, argumentName);
  }
  return { sortKey: fields.k, id: fields.i };
}
