import type { AddressInfo } from "node:net";
import pino from "pino";
import { loadConfig, type Config } from "../../src/config";
import type { GraphGateway } from "../../src/graph/run";
import { buildAppSchema } from "../../src/schema/build-schema";
import { createServer, type ServerParts } from "../../src/server/create-server";

export type TestServer = ServerParts & { url: string; config: Config; close(): Promise<void> };

/** The real server on a free loopback port, over the given gateway. */
export async function startTestServer(graph: GraphGateway, env: Record<string, string> = {}): Promise<TestServer> {
  const config = loadConfig({ NEO4J_URI: process.env.NEO4J_URI, LOG_LEVEL: "silent", NODE_ENV: "test", ...env });
  const parts = await createServer({ config, schema: await buildAppSchema(), graph, logger: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }) });
  await new Promise<void>((resolve) => parts.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = parts.httpServer.address() as AddressInfo;
  return { ...parts, config, url: `http://127.0.0.1:${port}`, close: () => parts.apollo.stop() };
}

/** POSTs a GraphQL operation as a browser-less client would (JSON, so CSRF prevention lets it through). */
export async function postGraphQL(url: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[]; extensions?: any } };
}
