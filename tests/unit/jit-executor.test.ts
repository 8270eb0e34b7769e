import { ApolloServer } from "@apollo/server";
import { buildSchema, GraphQLError, parse, type GraphQLSchema } from "graphql";
import { compileQuery } from "graphql-jit";
import pino from "pino";
import { AppError } from "../../src/errors";
import { createFormatError } from "../../src/server/format-error";
import { createJitExecutor, jitGateway, type JitExecutorOptions } from "../../src/server/jit-executor";

/** A small schema with the shapes that tripped graphql-jit: defaults on non-null variables, null in a non-null field. */
function tinySchema(): GraphQLSchema {
  const schema = buildSchema(`
    enum Order { NAME_ASC NAME_DESC }
    type Query {
      order(order: Order!): String!
      broken: String!
      refused: String
      greeting(name: String!): String!
    }
  `);
  const fields = schema.getQueryType()!.getFields();
  fields.order.resolve = (_root, args: { order: string }) => args.order;
  fields.broken.resolve = () => null;
  fields.refused.resolve = () => {
    throw new AppError("Not today.", "REFUSED");
  };
  fields.greeting.resolve = (_root, args: { name: string }) => `hello ${args.name}`;
  return schema;
}

async function serverWith(options: JitExecutorOptions = {}) {
  const schema = tinySchema();
  const errors: unknown[] = [];
  const logger = pino({ level: "error" }, { write: (line: string) => errors.push(JSON.parse(line)) });
  const server = new ApolloServer({ gateway: jitGateway(schema, options), formatError: createFormatError(logger) });
  await server.start();
  const run = async (query: string, variables?: Record<string, unknown>, operationName?: string) => {
    const response = await server.executeOperation({ query, variables, operationName });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return { status: response.http.status ?? 200, ...response.body.singleResult };
  };
  return { server, run, errors };
}

describe("graphql-jit executor", () => {
  it("uses a non-null variable's default when the variable is absent", async () => {
    const { server, run } = await serverWith();
    const query = "query Q($order: Order! = NAME_DESC) { order(order: $order) }";
    expect((await run(query)).data).toEqual({ order: "NAME_DESC" });
    expect((await run(query, { order: "NAME_ASC" })).data).toEqual({ order: "NAME_ASC" });
    await server.stop();
  });

  it("masks and logs an error without extensions instead of answering 'Internal server error'", async () => {
    const { server, run, errors } = await serverWith();
    const result = await run("{ broken }");
    expect(result.errors).toEqual([{ message: "Unexpected error.", locations: [{ line: 1, column: 3 }], path: ["broken"], extensions: { code: "INTERNAL_SERVER_ERROR" } }]);
    expect(errors).toHaveLength(1);
    await server.stop();
  });

  it("passes an error thrown on purpose with its code and path", async () => {
    const { server, run } = await serverWith();
    const result = await run("{ refused }");
    expect(result.data).toEqual({ refused: null });
    expect(result.errors).toMatchObject([{ message: "Not today.", path: ["refused"], extensions: { code: "REFUSED" } }]);
    await server.stop();
  });

  it("answers an unknown operationName with 400 OPERATION_RESOLUTION_FAILURE", async () => {
    const { server, run } = await serverWith();
    const unknown = await run("query A { greeting(name: \"a\") } query B { greeting(name: \"b\") }", undefined, "C");
    expect(unknown.status).toBe(400);
    expect(unknown.errors).toMatchObject([{ message: 'Unknown operation named "C".', extensions: { code: "OPERATION_RESOLUTION_FAILURE" } }]);
    const missing = await run("query A { greeting(name: \"a\") } query B { greeting(name: \"b\") }");
    expect(missing.status).toBe(400);
    expect(missing.errors?.[0].extensions?.code).toBe("OPERATION_RESOLUTION_FAILURE");
    await server.stop();
  });

  it("runs the operation named in a document of several", async () => {
    const { server, run } = await serverWith();
    expect((await run("query A { greeting(name: \"a\") } query B { greeting(name: \"b\") }", undefined, "B")).data).toEqual({ greeting: "hello b" });
    await server.stop();
  });

  it("falls back to graphql-js for a document the compiler throws on, and says so once", async () => {
    const fallbacks: string[] = [];
    const compile = (() => {
      throw new Error("cannot compile this");
    }) as unknown as typeof compileQuery;
    const { server, run } = await serverWith({ compile, onFallback: (reason) => fallbacks.push(reason) });
    for (let i = 0; i < 2; i++) expect((await run("query Q($order: Order! = NAME_DESC) { order(order: $order) }")).data).toEqual({ order: "NAME_DESC" });
    expect((await run("{ refused }")).errors).toMatchObject([{ extensions: { code: "REFUSED" }, path: ["refused"] }]);
    expect(fallbacks).toEqual(["cannot compile this", "cannot compile this"]);
    await server.stop();
  });

  it("falls back to graphql-js when the compiler answers with errors", async () => {
    const fallbacks: string[] = [];
    const compile = (() => ({ errors: [new GraphQLError("unsupported here")] })) as unknown as typeof compileQuery;
    const { server, run } = await serverWith({ compile, onFallback: (reason) => fallbacks.push(reason) });
    expect((await run('{ greeting(name: "x") }')).data).toEqual({ greeting: "hello x" });
    expect(fallbacks).toEqual(["unsupported here"]);
    await server.stop();
  });

  it("compiles each document and operation once, in a bounded cache", async () => {
    const schema = tinySchema();
    let compiled = 0;
    const compile: typeof compileQuery = (...args) => {
      compiled++;
      return compileQuery(...args);
    };
    const executor = createJitExecutor(schema, { compile, cacheSize: 2 });
    const request = (text: string, hash: string, operationName: string | null = null) => {
      const document = parse(text);
      const operation = document.definitions.find((d) => d.kind === "OperationDefinition" && (operationName === null || d.name?.value === operationName));
      return { document, operation, operationName, queryHash: hash, request: { variables: {} }, context: {} } as unknown as Parameters<typeof executor>[0];
    };
    const two = 'query A { greeting(name: "a") } query B { greeting(name: "b") }';
    expect(await executor(request(two, "h2", "A"))).toEqual({ data: { greeting: "hello a" } });
    expect(await executor(request(two, "h2", "A"))).toEqual({ data: { greeting: "hello a" } });
    expect(await executor(request(two, "h2", "B"))).toEqual({ data: { greeting: "hello b" } });
    expect(compiled).toBe(2);
    await executor(request("{ order(order: NAME_ASC) }", "h3"));
    expect(executor.cached()).toBe(2);
    expect(compiled).toBe(3);
  });
});
