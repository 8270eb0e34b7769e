import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? tsFiles(full) : entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** Every relative module a file imports, as a path from the project root. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => path.relative(ROOT, path.resolve(path.dirname(file), m[1])));
}

// The API's code never reaches into seed/ (the data files and the seed CLI); the CLI uses src/.
describe("folder layering", () => {
  it("src/ imports nothing from seed/", () => {
    const offending = tsFiles(path.join(ROOT, "src")).flatMap((file) => importsOf(file).filter((target) => target.startsWith(`seed${path.sep}`)).map((target) => `${path.relative(ROOT, file)} -> ${target}`));
    expect(offending).toEqual([]);
  });

  it("seed/ holds only the CLI among its code", () => {
    expect(tsFiles(path.join(ROOT, "seed")).map((file) => path.relative(ROOT, file))).toEqual([path.join("seed", "cli.ts")]);
  });
});
