import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "../logger";

/** One log line per GraphQL request: operation name, duration, HTTP status and error codes. */
export function requestLoggingPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, errors, operationName }) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          logger.info(
            {
              operationName: operationName ?? request.operationName ?? null,
              durationMs: Math.round(durationMs * 10) / 10,
              status: response.http.status ?? 200,
              errorCodes: errors?.length ? errors.map((e) => e.extensions?.code ?? "UNKNOWN") : undefined,
            },
            "graphql request",
          );
        },
      };
    },
  };
}
