import { BadUserInputError } from "../errors";
import { checkRange } from "./input-checks";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../bounds";

/** The Relay arguments of a root connection, as the client sent them. */
export type PageArgs = { first?: number | null; after?: string | null; last?: number | null; before?: string | null };

/** Which end a page is counted from: `first` items after `after`, or `last` items before `before`. */
export type PageWindow = { backward: false; size: number; cursor: string | null } | { backward: true; size: number; cursor: string | null };

/**
 * Checks a connection's arguments: forward (`first`, `after`) or backward (`last`, `before`),
 * never a mix, sizes 1 to MAX_PAGE_SIZE; DEFAULT_PAGE_SIZE forward when no size is given. Each
 * refusal is BAD_USER_INPUT naming the argument. Shared by the services and the cost check.
 */
export function pageWindow(args: PageArgs): PageWindow {
  if (args.first != null && args.last != null) {
    throw new BadUserInputError("Give first or last, not both: first pages forward (with after), last pages backward (with before).", "last");
  }
  if (args.after != null && args.before != null) {
    throw new BadUserInputError("Give after or before, not both: after pages forward (with first), before pages backward (with last).", "before");
  }
  if (args.last != null && args.after != null) {
    throw new BadUserInputError("after pages forward: use it with first, or use last with before.", "after");
  }
  if (args.first != null && args.before != null) {
    throw new BadUserInputError("before pages backward: use it with last, or use first with after.", "before");
  }
  if (args.last != null || args.before != null) {
    return { backward: true, size: checkRange("last", args.last ?? DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE), cursor: args.before ?? null };
  }
  return { backward: false, size: checkRange("first", args.first ?? DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE), cursor: args.after ?? null };
}
