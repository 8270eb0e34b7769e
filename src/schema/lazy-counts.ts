import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";

/**
 * A connection's `totalCount` is a function until a client selects it, so the count statement
 * runs only then. graphql-js's default resolver calls a function-valued property; graphql-jit's
 * reads it as it is. An explicit resolver on every connection's `totalCount` works with both (and
 * with a count that is already a number).
 */
const totalCount: GraphQLFieldResolver<{ totalCount: number | (() => Promise<number>) }, unknown> = (source) =>
  typeof source.totalCount === "function" ? source.totalCount() : source.totalCount;

export function resolveLazyCounts(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith("Connection")) continue;
    const field = type.getFields().totalCount;
    if (field) field.resolve = totalCount as GraphQLFieldResolver<unknown, unknown>;
  }
  return schema;
}
