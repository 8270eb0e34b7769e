import { GraphQLJSON } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import type { CypherValue } from "../../graph/sandbox-values";
import { MAX_CYPHER_ROWS } from "../../bounds";

@ObjectType({
  simpleResolvers: true,
  description:
    "The answer of a read-only Cypher statement: its columns and rows. In a row, a node is an entity reference " +
    '`{"element": "node", "id", "label", "name"}`; a relationship is `{"element": "relationship", "key", "type", "from", "to", "role", "date", "sources"}` ' +
    'with both ends as entity references and its quotes; a path is `{"element": "path", "nodes", "relationships"}`; other values are plain JSON.',
})
export class CypherResult {
  @Field((_type) => [String], { description: "Column names, in the statement's RETURN order." })
  columns!: string[];

  @Field((_type) => [[GraphQLJSON]], { nullable: "items", description: `The rows, each a list of values in column order; at most ${MAX_CYPHER_ROWS}.` })
  rows!: CypherValue[][];

  @Field((_type) => Int, { description: "Number of rows returned." })
  rowCount!: number;

  @Field((_type) => Boolean, { description: `True when the statement had more than ${MAX_CYPHER_ROWS} rows and the rest were cut.` })
  truncated!: boolean;
}
