import { Field, Int, ObjectType } from "type-graphql";
import type { ClassType } from "type-graphql";
import type { EntityView } from "../../domain";

@ObjectType({ simpleResolvers: true, description: "Relay page information." })
export class PageInfo {
  @Field((_type) => Boolean, { description: "True when items follow this page in list order (pass `endCursor` as `after` to get them), whichever way the page was requested." })
  hasNextPage!: boolean;

  @Field((_type) => Boolean, { description: "True when items come before this page in list order (pass `startCursor` as `before` to get them), whichever way the page was requested." })
  hasPreviousPage!: boolean;

  @Field((_type) => String, { nullable: true, description: "Cursor of the first item; null on an empty page." })
  startCursor!: string | null;

  @Field((_type) => String, { nullable: true, description: "Cursor of the last item; null on an empty page." })
  endCursor!: string | null;
}

/** A Relay connection type and its edge type for one kind of entity. */
export function connectionType(nodeName: string, node: () => ClassType) {
  @ObjectType(`${nodeName}Edge`, { simpleResolvers: true, description: `One ${nodeName} in a page, with its cursor.` })
  class Edge {
    @Field((_type) => String, { description: "Opaque keyset cursor of this item; pass it as `after` to continue after it, or as `before` to page back from it." })
    cursor!: string;

    @Field(node, { description: `The ${nodeName}.` })
    node!: EntityView;
  }

  @ObjectType(`${nodeName}Connection`, { simpleResolvers: true, description: `A page of ${nodeName} entities (Relay connection).` })
  class Connection {
    @Field((_type) => [Edge], { description: "The items of this page, in order." })
    edges!: Edge[];

    @Field((_type) => PageInfo, { description: "Where this page sits and how to get the next one." })
    pageInfo!: PageInfo;

    // A lazy counter, called only when selected (schema/lazy-counts.ts).
    @Field((_type) => Int, { simple: true, description: "Number of items in the whole filtered list (computed only when selected)." })
    totalCount!: number;
  }
  return Connection;
}
