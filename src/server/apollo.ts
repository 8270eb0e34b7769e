import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../config";
import type { Logger } from "../logger";
import type { AppContext } from "./context";
import type { Drain } from "./drain";
import { createFormatError } from "./format-error";
import type { CostAdmission } from "./limits/admission";
import { limitsPlugin } from "./limits/limits.plugin";
import { jitGateway } from "./jit-executor";
import { requestLoggingPlugin } from "./request-logging.plugin";

/** Version of Apollo's embeddable Sandbox, pinned so the landing page does not change under us. */
export const SANDBOX_VERSION = "v2";

const EXAMPLE_DOCUMENT = `# Welcome to Activism Graph. Press Run, then explore the Documentation panel.
query GraphStats {
  stats {
    entityCount
    relationshipCount
    labels { label count }
    relationshipTypes { type count }
  }
}
`;

type ApolloOptions = { config: Config; schema: GraphQLSchema; logger: Logger; drain: Drain; admission: CostAdmission };

/** Apollo Server, started: masked errors, limits and cost, request logs, the landing page, our drain. */
export async function startApollo({ config, schema, logger, drain, admission }: ApolloOptions): Promise<ApolloServer<AppContext>> {
  const common = {
    introspection: config.introspection,
    // Without introspection, "Did you mean ...?" suggestions would reveal the schema anyway.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: createFormatError(logger),
    plugins: [
      // Our drain (server/drain.ts) instead of Apollo's: it also marks responses `Connection: close`.
      { async serverWillStart() { return { drainServer: () => drain.start(config.http.shutdownTimeoutMs) }; } },
      // We send no cache hints; Apollo's cache-control plugin would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      // A logger that drops info lines would be handed one per request for nothing.
      ...(logger.isLevelEnabled("info") ? [requestLoggingPlugin(logger)] : []),
      limitsPlugin({ costLimit: config.limits.cost, admission, hideSuggestions: !config.introspection }),
      config.landingPage
        ? ApolloServerPluginLandingPageLocalDefault({
            version: SANDBOX_VERSION,
            embed: { runTelemetry: false, endpointIsEditable: false },
            footer: false,
            document: EXAMPLE_DOCUMENT,
          })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  };
  // graphql-jit runs behind Apollo's gateway hook, so everything before execution stays Apollo's.
  const apollo =
    config.executor === "jit"
      ? new ApolloServer<AppContext>({ ...common, gateway: jitGateway(schema, { onFallback: (reason, operationName) => logger.warn({ reason, operationName }, "graphql-jit could not compile a document; it runs on graphql-js") }) })
      : new ApolloServer<AppContext>({ ...common, schema });
  await apollo.start();
  return apollo;
}
