import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { getComplexity } from "graphql-query-complexity";
import { LRUCache } from "lru-cache";
import { AppError, BadUserInputError, QueryTooCostlyError } from "../../errors";
import { nodeCountEstimator } from "./cost";

/**
 * Costs every operation with its variables' real values once Apollo has resolved it, and refuses
 * it before execution when it could return more nodes than `costLimit` or has an argument out of
 * range. Every response then carries `extensions.cost { requested, limit }` (requested is null
 * when the query was refused before it could be costed, e.g. a syntax error).
 */
export function limitsPlugin(costLimit: number): ApolloServerPlugin {
  // A cost depends only on the document and the variables: clients repeat both, so remember it.
  const costs = new LRUCache<string, number>({ max: 2000 });
  return {
    async requestDidStart() {
      let requested: number | null = null;
      return {
        async didResolveOperation({ request, document, schema, operationName, queryHash }) {
          const key = `${queryHash}|${operationName ?? ""}|${JSON.stringify(request.variables ?? {})}`;
          try {
            requested =
              costs.get(key) ??
              getComplexity({
                schema,
                query: document,
                variables: request.variables ?? {},
                operationName: operationName ?? undefined,
                estimators: [nodeCountEstimator],
              });
            costs.set(key, requested);
          } catch (error) {
            if (error instanceof AppError) throw asRequestError(error);
            // Variables that do not coerce to their declared types.
            if (error instanceof GraphQLError) throw asRequestError(new BadUserInputError(error.message));
            throw error;
          }
          if (requested > costLimit) throw new QueryTooCostlyError(requested, costLimit);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested, limit: costLimit } };
        },
      };
    },
  };
}

/** Refused before execution, the whole request failed: answer 400 as Apollo does for invalid queries. */
function asRequestError(error: AppError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
}
