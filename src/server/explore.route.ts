import fs from "node:fs";
import path from "node:path";
import express, { type RequestHandler, type Router } from "express";

/**
 * The explorer page at /explore: static files bundled at build time into dist/explorer/ by
 * explorer/build.js (no CDN, works offline). The API sends no CSP elsewhere (Sandbox loads
 * Apollo's script from its CDN); this page gets a strict same-origin one of its own.
 */
export const EXPLORE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** dist/explorer/ under the repository root, found from here whether run from src/ or dist/src/. */
export function explorerDir(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return path.join(dir, "dist", "explorer");
    if (path.dirname(dir) === dir) return path.join(process.cwd(), "dist", "explorer");
  }
}

export function exploreRouter(dir = explorerDir()): Router {
  const router = express.Router();
  const csp: RequestHandler = (_req, res, next) => {
    res.setHeader("Content-Security-Policy", EXPLORE_CSP);
    next();
  };
  const page: RequestHandler = (_req, res) => {
    const index = path.join(dir, "index.html");
    if (!fs.existsSync(index)) {
      res.status(503).type("text/plain").send("The explorer is not built: run `npm run build`.");
      return;
    }
    res.sendFile(index, { headers: { "cache-control": "no-cache" } });
  };
  router.use(csp);
  router.get("/", page);
  router.use(express.static(dir, { index: false, maxAge: 0 }));
  router.use((_req, res) => {
    res.status(404).type("text/plain").send("Not found.");
  });
  return router;
}
