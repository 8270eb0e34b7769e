import path from "node:path";

/** Works from both the TypeScript sources and the compiled dist/ copy. */
const projectRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../.." : "..");

export const DATA_DIR = path.join(projectRoot, "seed", "data");
export const ARTICLE_FILE = path.join(projectRoot, "seed", "source", "internet-activism.txt");
export const PROJECT_ROOT = projectRoot;
