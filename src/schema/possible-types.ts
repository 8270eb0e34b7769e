import { isAbstractType, type GraphQLSchema } from "graphql";

/** Abstract type name -> the names of its object types, both sorted: Apollo's `possibleTypes`. */
export type PossibleTypes = Record<string, string[]>;

/**
 * The interfaces and unions of the schema with their implementations, computed from the schema
 * itself (never hand-kept), in the shape Apollo Client's InMemoryCache takes as `possibleTypes`
 * for fragment matching on `Node`, `Entity` and any union. Served at GET /possible-types.json and
 * committed as schema/possible-types.json by `npm run schema`.
 */
export function possibleTypesOf(schema: GraphQLSchema): PossibleTypes {
  const result: PossibleTypes = {};
  const abstract = Object.values(schema.getTypeMap())
    .filter(isAbstractType)
    .filter((type) => !type.name.startsWith("__"))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const type of abstract) {
    result[type.name] = schema
      .getPossibleTypes(type)
      .map((t) => t.name)
      .sort();
  }
  return result;
}
