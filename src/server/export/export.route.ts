import type { FastifyInstance } from "fastify";
import { AppError } from "../../errors";
import { ExportService, type ExportKind } from "../../services/export.service";
import type { AppContext } from "../context";
import type { GraphGateway } from "../../graph/run";
import { CONTENT_TYPES, EXPORT_FORMATS, fileName, render, type ExportFormat } from "./formats";

const KINDS: readonly ExportKind[] = ["graph", "neighborhood", "path", "search", "timeline"];
const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, QUERY_TOO_COSTLY: 400, NOT_FOUND: 404, QUERY_TIMEOUT: 504, QUERY_TOO_LARGE: 400, SERVICE_UNAVAILABLE: 503 };

/**
 * GET /export/<kind>.<format>?... (see README.md here). Errors answer JSON in GraphQL's shape:
 * `{ "errors": [{ "message", "extensions": { "code", ... } }] }`.
 */
export function exportRoutes(app: FastifyInstance, graph: GraphGateway, createContext: () => Promise<AppContext>, costLimit: number, log: (error: unknown) => void): void {
  app.get<{ Params: { file: string }; Querystring: Record<string, unknown> }>("/export/:file", async (req, reply) => {
    const match = /^([a-z]+)\.([a-z]+)$/.exec(req.params.file);
    const kind = match?.[1] as ExportKind | undefined;
    const format = match?.[2] as ExportFormat | undefined;
    if (!kind || !format || !KINDS.includes(kind) || !EXPORT_FORMATS.includes(format)) {
      return reply.code(404).send({
        errors: [{ message: `No such export. Use /export/<${KINDS.join("|")}>.<${EXPORT_FORMATS.join("|")}>.`, extensions: { code: "NOT_FOUND" } }],
      });
    }
    const query = Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, typeof v === "string" ? v : undefined]));
    try {
      const { services } = await createContext();
      const answer = await new ExportService(graph, services, costLimit).build(kind, query);
      return reply
        .type(CONTENT_TYPES[format])
        .header("content-disposition", `attachment; filename="${fileName(kind, format)}"`)
        .header("cache-control", "no-store")
        .send(render(answer, format));
    } catch (error) {
      if (error instanceof AppError) {
        return reply.code(STATUS[error.code] ?? 400).send({ errors: [{ message: error.message, extensions: error.extensions }] });
      }
      log(error);
      return reply.code(500).send({ errors: [{ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    }
  });
}
