import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

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

/** Register with `{ prefix: "/explore" }`: the page at /explore, its files under /explore/. */
export async function exploreRoutes(app: FastifyInstance, { dir = explorerDir() }: { dir?: string } = {}): Promise<void> {
  app.addHook("onRequest", async (_request, reply) => {
    reply.header("content-security-policy", EXPLORE_CSP);
  });
  await app.register(fastifyStatic, { root: dir, index: false, maxAge: 0 });
  app.get("/", (_request, reply) => {
    if (!fs.existsSync(path.join(dir, "index.html"))) {
      return reply.code(503).type("text/plain; charset=utf-8").send("The explorer is not built: run `npm run build`.");
    }
    return reply.header("cache-control", "no-cache").sendFile("index.html", { cacheControl: false });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).type("text/plain; charset=utf-8").send("Not found."));
}
