import type { RequestHandler } from "express";
import { LRUCache } from "lru-cache";
import { LimitError } from "../../errors";
import { checkDocument, type DocumentLimits } from "./document-limits";

/**
 * Runs the document checks on the raw query text (GET or POST) before Apollo sees it, answering
 * a refused document in GraphQL's JSON shape with HTTP 400.
 */
export function documentLimitsMiddleware(limits: DocumentLimits, costLimit: number): RequestHandler {
  // The checks depend only on the text, and clients send the same few documents over and over:
  // parsing each one again took a tenth of a small query's CPU time. Only passed texts are kept,
  // within 5 MB.
  const passed = new LRUCache<string, true>({ maxSize: 5_000_000, sizeCalculation: (_value, key) => key.length || 1 });
  return (req, res, next) => {
    const body: unknown = req.body;
    const query =
      req.method === "GET" ? req.query.query : body && typeof body === "object" && !Array.isArray(body) ? (body as { query?: unknown }).query : undefined;
    if (typeof query !== "string") return next();
    if (passed.has(query)) return next();
    try {
      checkDocument(query, limits);
      passed.set(query, true);
      next();
    } catch (error) {
      if (!(error instanceof LimitError)) return next(error);
      const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
      res.status(400).json({ errors: [{ message: error.message, extensions }], extensions: { cost: { requested: null, limit: costLimit } } });
    }
  };
}
