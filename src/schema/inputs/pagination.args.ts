import { ArgsType, Field, Int } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, range } from "../../bounds";

@ArgsType()
export class PaginationArgs {
  @Field((_type) => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, ${range(MAX_PAGE_SIZE)}.` })
  first!: number;

  @Field((_type) => String, { nullable: true, description: "Return the items after this cursor (an `endCursor` or edge `cursor` from a previous page)." })
  after?: string | null;
}

/**
 * Relay arguments of the root entity lists, both ways and keyset-based: `first`/`after` pages
 * forward, `last`/`before` pages backward, over the same ordering and with the same cursors.
 */
@ArgsType()
export class ConnectionArgs {
  @Field((_type) => Int, {
    nullable: true,
    description: `Page forward: at most this many items, ${DEFAULT_PAGE_SIZE} when neither first nor last is given; 1 to ${MAX_PAGE_SIZE}. Not with \`last\` or \`before\`.`,
  })
  first?: number | null;

  @Field((_type) => String, {
    nullable: true,
    description: "Page forward from this cursor (an `endCursor` or edge `cursor`), exclusive. Use with `first`, not with `last` or `before`.",
  })
  after?: string | null;

  @Field((_type) => Int, {
    nullable: true,
    description: `Page backward: at most this many items, the ones just before \`before\` (the list's end when omitted), still in list order; 1 to ${MAX_PAGE_SIZE}. Not with \`first\` or \`after\`.`,
  })
  last?: number | null;

  @Field((_type) => String, {
    nullable: true,
    description: `Page backward from this cursor (a \`startCursor\` or edge \`cursor\`), exclusive. Use with \`last\` (${DEFAULT_PAGE_SIZE} when omitted), not with \`first\` or \`after\`.`,
  })
  before?: string | null;
}
