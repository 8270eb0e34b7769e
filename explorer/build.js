// Bundles the explorer page (explorer/src/*.ts + cytoscape from node_modules) into dist/explorer/,
// which the API serves at /explore. Runs as part of `npm run build` (so `npm start` and `npm test`
// build it); the browser test calls it too. Plain CommonJS so it needs no compile step of its own.
const fs = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");

const ROOT = path.join(__dirname, "..");
const OUT_DIR = path.join(ROOT, "dist", "explorer");

/** @returns {Promise<{ outDir: string, bytes: number }>} */
async function buildExplorer() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  await esbuild.build({
    entryPoints: { explorer: path.join(__dirname, "src", "main.ts") },
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020"],
    sourcemap: false,
    legalComments: "eof",
    outdir: OUT_DIR,
    logLevel: "warning",
  });
  fs.copyFileSync(path.join(__dirname, "src", "explorer.css"), path.join(OUT_DIR, "explorer.css"));
  fs.copyFileSync(path.join(__dirname, "index.html"), path.join(OUT_DIR, "index.html"));
  const bytes = fs.statSync(path.join(OUT_DIR, "explorer.js")).size;
  return { outDir: OUT_DIR, bytes };
}

module.exports = { buildExplorer, OUT_DIR };

if (require.main === module) {
  buildExplorer().then(
    ({ bytes }) => console.log(`explorer: dist/explorer/explorer.js (${(bytes / 1024).toFixed(0)} KiB)`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
