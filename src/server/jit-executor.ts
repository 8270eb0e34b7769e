import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import {
  execute,
  GraphQLError,
  printSchema,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { LRUCache } from "lru-cache";

type Gateway = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>;
type GatewayRequestContext = Parameters<GatewayExecutor>[0];
type Variables = Record<string, unknown>;
type Run = (context: unknown, variables: Variables) => Promise<ExecutionResult> | ExecutionResult;

export type JitExecutorOptions = {
  /** Compiled documents kept (least recently used dropped first). */
  cacheSize?: number;
  /** Called once per document that runs on graphql-js instead, with the reason. */
  onFallback?: (reason: string, operationName: string | null) => void;
  /** The compiler; tests replace it to force a fallback. */
  compile?: typeof compileQuery;
};

export const JIT_CACHE_SIZE = 1000;

/**
 * Runs operations with graphql-jit, which compiles each document into one function: Apollo keeps
 * parsing, validation, plugins (the limits and cost checks before execution, `extensions.cost`)
 * and error formatting, and hands the execution to us through its `gateway` hook. Compiled
 * documents are cached per document and operation name; a document graphql-jit cannot compile
 * runs on graphql-js, so every valid document is answered.
 */
export function createJitExecutor(schema: GraphQLSchema, options: JitExecutorOptions = {}) {
  const compile = options.compile ?? compileQuery;
  const runs = new LRUCache<string, Run>({ max: options.cacheSize ?? JIT_CACHE_SIZE });

  const runOf = (key: string, document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null): Run => {
    let run = runs.get(key);
    if (run) return run;
    const graphqlJs: Run = (context, variables) => execute({ schema, document, operationName, contextValue: context, variableValues: variables });
    try {
      const compiled = compile(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      if (isCompiledQuery(compiled)) {
        const withDefaults = defaultsOf(operation);
        run = (context, variables) => compiled.query(undefined, context, withDefaults(variables));
      } else {
        options.onFallback?.(compiled.errors?.map((e) => e.message).join("; ") || "not compiled", operationName);
        run = graphqlJs;
      }
    } catch (error) {
      options.onFallback?.(error instanceof Error ? error.message : String(error), operationName);
      run = graphqlJs;
    }
    runs.set(key, run);
    return run;
  };

  const executor = async (request: Pick<GatewayRequestContext, "document" | "operation" | "operationName" | "queryHash" | "request" | "context">): Promise<ExecutionResult> => {
    const { document, operation, operationName } = request;
    // Apollo found no operation to run (unknown or missing operationName): answer as graphql-js
    // does, so Apollo reports OPERATION_RESOLUTION_FAILURE with 400.
    if (!operation) return { errors: [operationError(request.request.operationName)] };
    const run = runOf(`${request.queryHash}|${operationName ?? ""}`, document, operation, operationName);
    const result = await run(request.context, request.request.variables ?? {});
    return result.errors ? { ...result, errors: result.errors.map(withExtensions) } : result;
  };
  return Object.assign(executor, { cached: () => runs.size });
}

/** The gateway Apollo Server calls: our one schema, never updated, executed by `createJitExecutor`. */
export function jitGateway(schema: GraphQLSchema, options: JitExecutorOptions = {}): Gateway {
  const executor = createJitExecutor(schema, options);
  return {
    async load() {
      return { executor: executor as GatewayExecutor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}

/**
 * graphql-jit reports a variable with a default value, when absent, as not provided if its type is
 * non-null (`$order: EntityOrder! = NAME_ASC`); graphql-js uses the default. Fill absent variables
 * from their defaults (in their JSON form, which graphql-jit then coerces) before running.
 */
function defaultsOf(operation: OperationDefinitionNode): (variables: Variables) => Variables {
  const defaults = (operation.variableDefinitions ?? [])
    .filter((d) => d.defaultValue !== undefined)
    .map((d) => [d.variable.name.value, valueFromASTUntyped(d.defaultValue!)] as const);
  if (defaults.length === 0) return (variables) => variables;
  return (variables) => {
    if (defaults.every(([name]) => variables[name] !== undefined)) return variables;
    const filled = { ...variables };
    for (const [name, value] of defaults) if (filled[name] === undefined) filled[name] = value;
    return filled;
  };
}

/**
 * graphql-jit's errors carry `extensions: undefined` when the error has none (a non-null field
 * resolved to null, say); Apollo's error normaliser reads `extensions.code` and would throw, so the
 * client got "Internal server error" and nothing was logged. Rebuild such errors as graphql-js does.
 */
function withExtensions(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  Object.defineProperty(rebuilt, "locations", { value: error.locations, enumerable: error.locations !== undefined });
  return rebuilt;
}

function operationError(operationName: string | undefined): GraphQLError {
  return new GraphQLError(operationName ? `Unknown operation named "${operationName}".` : "Must provide operation name if query contains multiple operations.");
}
