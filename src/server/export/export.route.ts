import express, { type Router } from "express";
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
export function exportRouter(graph: GraphGateway, createContext: () => Promise<AppContext>, costLimit: number, log: (error: unknown) => void): Router {
  const router = express.Router();
  router.get("/:file", async (req, res) => {
    const match = /^([a-z]+)\.([a-z]+)$/.exec(req.params.file);
    const kind = match?.[1] as ExportKind | undefined;
    const format = match?.[2] as ExportFormat | undefined;
    if (!kind || !format || !KINDS.includes(kind) || !EXPORT_FORMATS.includes(format)) {
      res.status(404).json({
        errors: [{ message: `No such export. Use /export/<${KINDS.join("|")}>.<${EXPORT_FORMATS.join("|")}>.`, extensions: { code: "NOT_FOUND" } }],
      });
      return;
    }
    const query = Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, typeof v === "string" ? v : undefined]));
    try {
      const { services } = await createContext();
      const answer = await new ExportService(graph, services, costLimit).build(kind, query);
      res.setHeader("Content-Type", CONTENT_TYPES[format]);
      res.setHeader("Content-Disposition", `attachment; filename="${fileName(kind, format)}"`);
      res.setHeader("Cache-Control", "no-store");
      res.send(render(answer, format));
    } catch (error) {
      if (error instanceof AppError) {
        res.status(STATUS[error.code] ?? 400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
      } else {
        log(error);
        res.status(500).json({ errors: [{ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      }
    }
  });
  return router;
}
