import type { ApolloServerPlugin } from "@apollo/server";
import { getVariableValues, GraphQLError } from "graphql";
import { getComplexity } from "graphql-query-complexity";
import { LRUCache } from "lru-cache";
import { AppError, BadUserInputError, QueryTooCostlyError } from "../../errors";
import type { CostAdmission } from "./admission";
import { nodeCountEstimator } from "./cost";

export type LimitsOptions = { costLimit: number; admission?: CostAdmission; hideSuggestions?: boolean };

/** Bytes of cache keys kept, and the largest key worth keeping: huge variables are never cached. */
const COST_CACHE_BYTES = 4_000_000;
const COST_CACHE_MAX_KEY = 8_000;

/**
 * Costs every operation with its variables' real values once Apollo has resolved it, and refuses
 * it before execution when it could return more nodes than `costLimit` or has an argument out of
 * range. Every response then carries `extensions.cost { requested, limit }` (requested is null
 * when the query was refused before it could be costed, e.g. a syntax error). With `admission`,
 * the operation then waits for its cost to fit the cost-weighted concurrency cap.
 */
export function limitsPlugin(options: LimitsOptions | number): ApolloServerPlugin {
  const { costLimit, admission, hideSuggestions = false } = typeof options === "number" ? { costLimit: options } : options;
  // A cost depends only on the document and the variables: clients repeat both, so remember it,
  // bounded by bytes (the variables budget has already bounded each key).
  const costs = new LRUCache<string, number>({ maxSize: COST_CACHE_BYTES, maxEntrySize: COST_CACHE_MAX_KEY, sizeCalculation: (_v, key) => key.length || 1 });
  return {
    async requestDidStart() {
      let requested: number | null = null;
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ request, document, schema, operationName, queryHash, operation }) {
          if (operation && operation.operation !== "query") {
            throw asRequestError(
              new AppError(`The API is read-only: ${operation.operation} operations are not supported; send a query.`, "OPERATION_NOT_SUPPORTED", {
                operation: operation.operation,
              }),
            );
          }
          const variables = request.variables ?? {};
          const key = `${queryHash}|${operationName ?? ""}|${JSON.stringify(variables)}`;
          requested = costs.get(key) ?? null;
          if (requested === null) {
            // Coerce once with a cap on errors: each coercion error describes the input, so an
            // uncapped run over thousands of bad keys costs the square of the request's size.
            const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], variables, { maxErrors: 3, hideSuggestions });
            if (coerced.errors) throw asRequestError(new BadUserInputError(coerced.errors[0].message.slice(0, 500)));
            try {
              requested = getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators: [nodeCountEstimator] });
            } catch (error) {
              if (error instanceof AppError) throw asRequestError(error);
              if (error instanceof GraphQLError) throw asRequestError(new BadUserInputError(error.message.slice(0, 500)));
              throw error;
            }
            costs.set(key, requested);
          }
          if (requested > costLimit) throw new QueryTooCostlyError(requested, costLimit);
          if (admission) release = await admission.acquire(requested);
        },
        async willSendResponse({ response }) {
          release?.();
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
