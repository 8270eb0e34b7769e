import type { EntityView, PageView } from "../../domain";

/** A service page in Relay's shape; totalCount stays a lazy function until a client selects it. */
export function toConnection(page: PageView<EntityView>) {
  const first = page.items[0];
  const last = page.items[page.items.length - 1];
  return {
    edges: page.items,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: first?.cursor ?? null,
      endCursor: last?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}
