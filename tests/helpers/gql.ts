import assert from "node:assert";
import type { ApolloServer } from "@apollo/server";
import type { AppContext } from "../../src/server/context";

export type GqlResult = { data?: any; errors?: { message: string; path?: unknown; extensions?: Record<string, any> }[] };

/** Runs a whole operation in-process through Apollo's pipeline (parse, validate, execute, formatError). */
export async function gql(
  apollo: ApolloServer<AppContext>,
  createContext: () => Promise<AppContext>,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GqlResult> {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: await createContext() });
  assert(response.body.kind === "single");
  return response.body.singleResult as GqlResult;
}
